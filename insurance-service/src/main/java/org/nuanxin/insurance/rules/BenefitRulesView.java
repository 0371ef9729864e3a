package org.nuanxin.insurance.rules;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The benefit rules of a policy year; amounts are yuan as decimal strings with two decimals. */
@Schema(name = "BenefitRules")
public record BenefitRulesView(
        @Schema(example = "2025") int policyYear,
        @Schema(example = "300.00") String annualPremiumPerPerson,
        @Schema(example = "90000.00") String medicalSubsidyCapPerYear,
        @Schema(example = "300.00") String nursingAllowancePerInpatientDay,
        @Schema(example = "365") int maxNursingDaysPerYear) {
}
