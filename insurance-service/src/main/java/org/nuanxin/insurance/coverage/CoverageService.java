package org.nuanxin.insurance.coverage;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.nuanxin.common.problem.ProblemException;
import org.nuanxin.insurance.family.FamilyScope;
import org.nuanxin.insurance.enrolment.InsuredPerson;
import org.nuanxin.insurance.money.Yuan;
import org.nuanxin.insurance.rules.BenefitRules;
import org.nuanxin.insurance.rules.BenefitRulesService;

import java.math.BigDecimal;
import java.time.Year;
import java.util.UUID;

/** Remaining entitlement per person and policy year. */
@ApplicationScoped
public class CoverageService {

    private final Entitlements entitlements;
    private final BenefitRules rules;
    private final FamilyScope scope;

    CoverageService(Entitlements entitlements, BenefitRules rules, FamilyScope scope) {
        this.entitlements = entitlements;
        this.rules = rules;
        this.scope = scope;
    }

    @Transactional
    public CoverageView of(UUID personId, Integer year) {
        InsuredPerson person = InsuredPerson.findById(personId);
        // partner hospitals check any patient's cover at admission; a district coordinator their district's only
        if (person == null || !scope.mayReach(person.familyId)) {
            throw ProblemException.notFound("参保人", personId);
        }
        int policyYear = year != null ? year : Year.now(BenefitRulesService.POLICY_ZONE).getValue();
        Entitlements.Used used = entitlements.read(personId, policyYear);
        BigDecimal cap = rules.medicalSubsidyCapPerYear();
        return new CoverageView(personId, policyYear, person.coveredFrom, person.coveredUntil, Yuan.format(cap),
                Yuan.format(used.subsidy()), Yuan.format(cap.subtract(used.subsidy()).max(BigDecimal.ZERO)),
                rules.maxNursingDaysPerYear(), used.nursingDays(),
                Math.max(0, rules.maxNursingDaysPerYear() - used.nursingDays()));
    }
}
