package org.nuanxin.insurance.rules;

import jakarta.enterprise.context.ApplicationScoped;
import org.nuanxin.insurance.money.Yuan;

import java.time.ZoneId;
import java.time.Year;

/** The rules in force and the policy year they apply to. */
@ApplicationScoped
public class BenefitRulesService {

    /** Policies run by the calendar year in Xiamen, whatever the server's time zone. */
    public static final ZoneId POLICY_ZONE = ZoneId.of("Asia/Shanghai");

    private final BenefitRules rules;

    BenefitRulesService(BenefitRules rules) {
        this.rules = rules;
    }

    public BenefitRulesView current() {
        return new BenefitRulesView(Year.now(POLICY_ZONE).getValue(),
                Yuan.format(rules.annualPremiumPerPerson()),
                Yuan.format(rules.medicalSubsidyCapPerYear()),
                Yuan.format(rules.nursingAllowancePerInpatientDay()),
                rules.maxNursingDaysPerYear());
    }
}
