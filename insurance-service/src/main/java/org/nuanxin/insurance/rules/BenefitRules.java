package org.nuanxin.insurance.rules;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import java.math.BigDecimal;

/**
 * The terms of the comprehensive medical insurance every bereaved-family member receives free of charge.
 * Amounts in yuan; the defaults are the programme's current terms.
 */
@ConfigMapping(prefix = "nuanxin.benefits")
public interface BenefitRules {

    /** Premium the programme pays per insured person and year. */
    @WithDefault("300.00")
    @DecimalMin(value = "0", inclusive = false)
    @Digits(integer = 12, fraction = 2)
    BigDecimal annualPremiumPerPerson();

    /** Most the insurance pays towards one person's medical costs in a year. */
    @WithDefault("90000.00")
    @DecimalMin("0")
    @Digits(integer = 12, fraction = 2)
    BigDecimal medicalSubsidyCapPerYear();

    /** Nursing allowance per day in hospital. */
    @WithDefault("300.00")
    @DecimalMin("0")
    @Digits(integer = 12, fraction = 2)
    BigDecimal nursingAllowancePerInpatientDay();

    /** Hospital days per year the nursing allowance is paid for. */
    @WithDefault("365")
    @Min(0)
    @Max(366)
    int maxNursingDaysPerYear();
}
