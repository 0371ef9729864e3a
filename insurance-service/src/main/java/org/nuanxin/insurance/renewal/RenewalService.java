package org.nuanxin.insurance.renewal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.nuanxin.common.outbox.Outbox;
import org.nuanxin.insurance.enrolment.InsuredPerson;
import org.nuanxin.insurance.enrolment.PolicyYears;
import org.nuanxin.insurance.events.EnrolmentRenewed;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

/**
 * The yearly renewal: every person insured for the previous year whose cover goes on past its last day is insured for
 * the new year, in one transaction with one enrolment-renewed event per person. A person already insured for the
 * year (renewed before, or enrolled during it) is left alone, so running it again renews nobody, and two runs at
 * once cannot renew anyone twice (the insert skips rows that exist).
 */
@ApplicationScoped
public class RenewalService {

    private final Outbox outbox;
    private final PolicyYears policyYears;

    RenewalService(Outbox outbox, PolicyYears policyYears) {
        this.outbox = outbox;
        this.policyYears = policyYears;
    }

    @Transactional
    public RenewalView renew(int year, String actor) {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        List<InsuredPerson> due = InsuredPerson.list("id in (select e.personId from PolicyEnrolment e "
                + "where e.policyYear = ?1) and id not in (select e.personId from PolicyEnrolment e where e.policyYear = ?2) "
                + "and (coveredUntil is null or coveredUntil > ?3)", year - 1, year, LocalDate.of(year - 1, 12, 31));
        long renewed = 0;
        for (InsuredPerson person : due) {
            // a run going on at the same time may have inserted the row meanwhile: then it is that run's renewal
            if (policyYears.add(person.id, year, PolicyYears.RENEWAL, now)) {
                renewed++;
                outbox.publish("insured-person", person.id, EnrolmentRenewed.TYPE,
                        new EnrolmentRenewed(person.id, person.familyId, year, now));
            }
        }
        long insured = policyYears.persons(year);
        String message = renewed == 0
                ? year + " 年度无人需要续保：上一年度年底仍在保的人均已续保（共 " + insured + " 人在保）"
                : year + " 年度续保 " + renewed + " 人";
        return new RenewalView(year, renewed, insured, message, now, actor);
    }
}
