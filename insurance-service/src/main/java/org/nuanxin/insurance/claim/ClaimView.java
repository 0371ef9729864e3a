package org.nuanxin.insurance.claim;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * A claim and its adjudication. {@code benefitAmount} = {@code medicalBenefit} + {@code nursingAllowance};
 * every item and every claim-level rule says why. Amounts are yuan as decimal strings.
 */
@Schema(name = "Claim")
public record ClaimView(
        @Schema(example = "3c1e9f0a-7b2d-4e5f-8a9b-0c1d2e3f4a5b") UUID id,
        @Schema(example = "H-XIANYUE") String hospitalId,
        @Schema(example = "8d7e6f50-1a2b-4c3d-8e9f-0a1b2c3d4e5f") UUID insuredPersonId,
        @Schema(example = "INPATIENT") CareSetting setting,
        @Schema(example = "2025-03-02") LocalDate admissionDate,
        @Schema(example = "2025-03-12") LocalDate dischargeDate,
        @Schema(example = "10") int inpatientDays,
        @Schema(example = "[\"I63.9\"]") List<String> diagnosisCodes,
        @Schema(example = "2025") int policyYear,
        @Schema(example = "APPROVED") ClaimStatus status,
        @Schema(example = "5280.50") String claimedAmount,
        @Schema(example = "8280.50") String eligibleAmount,
        @Schema(example = "5280.50") String medicalBenefit,
        @Schema(example = "10") int nursingDaysPaid,
        @Schema(example = "3000.00") String nursingAllowance,
        @Schema(example = "8280.50") String benefitAmount,
        @Schema(nullable = true, description = "The earlier claim this one repeats; null when it repeats none") UUID duplicateOf,
        List<ItemView> items,
        List<NursingView> nursing,
        List<ExplanationView> explanations,
        OffsetDateTime submittedAt) {

    @Schema(name = "ClaimItemAdjudication")
    public record ItemView(
            @Schema(example = "1") int lineNo,
            @Schema(example = "XB01AC04") String code,
            @Schema(example = "阿司匹林肠溶片") String description,
            @Schema(example = "MEDICINE") ItemCategory category,
            @Schema(example = "1280.50") String submitted,
            @Schema(example = "1280.50") String eligible,
            @Schema(example = "1280.50") String benefit,
            @Schema(example = "ELIGIBLE") Rule rule,
            @Schema(example = "符合保障范围，全额给付") String explanation) {
    }

    @Schema(name = "ClaimNursingAdjudication")
    public record NursingView(
            @Schema(example = "2025") int policyYear,
            @Schema(example = "10") int daysClaimed,
            @Schema(example = "10") int daysPaid,
            @Schema(example = "3000.00") String allowance) {
    }

    @Schema(name = "ClaimRuleExplanation")
    public record ExplanationView(
            @Schema(example = "NURSING_ALLOWANCE") Rule rule,
            @Schema(example = "2025 年度住院 10 天，每天 300.00 元") String message) {
    }
}
