package org.nuanxin.insurance.greenchannel;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.nuanxin.insurance.enrolment.EnrolmentService;
import org.nuanxin.insurance.family.InsuredFamily;
import org.nuanxin.insurance.rules.BenefitRulesService;

import java.time.LocalDate;

/**
 * Entitled to the green channel (绿色就医通道): an insured person whose cover is open today, of an active family
 * whose support plan includes the green channel (coverage-changed from family-service).
 */
@ApplicationScoped
public class GreenChannelService {

    private final EnrolmentService enrolments;

    GreenChannelService(EnrolmentService enrolments) {
        this.enrolments = enrolments;
    }

    @Transactional
    public GreenChannelAnswer check(GreenChannelCheck check) {
        LocalDate today = LocalDate.now(BenefitRulesService.POLICY_ZONE);
        boolean entitled = enrolments.byIdentityNumber(check.identityNumber())
                .filter(person -> person.covers(today, today))
                .map(person -> InsuredFamily.<InsuredFamily>findById(person.familyId))
                .map(family -> family.active && family.greenChannel)
                .orElse(false);
        return new GreenChannelAnswer(entitled);
    }
}
