package org.nuanxin.insurance.familysummary;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;
import java.util.UUID;

/**
 * A family's insurance at a glance, for the coordinators' family page: whether the family is insured at all (and why
 * not), each insured member's cover, caps and use of the policy year, and the year's claims. Amounts in yuan.
 */
@Schema(name = "FamilyInsurance")
public record FamilyInsuranceView(
        @Schema(example = "5f0c2a8e-3b1d-4c2e-9a77-2b6d1e9f0a11") UUID familyId,
        @Schema(example = "2026") int policyYear,
        @Schema(description = "Whether a member of the family is covered today") boolean enrolled,
        @Schema(description = "Why the family is not insured; null while it is", nullable = true)
        FamilyInsuranceReason reason,
        @Schema(description = "The category family-service reported; null before it reported the family",
                example = "BEREAVED", nullable = true) String category,
        @Schema(description = "Whether the family has the hospitals' green channel") boolean greenChannel,
        @Schema(description = "Benefits approved this policy year across the family (paid claims included)",
                example = "4680.50") String approvedTotal,
        @Schema(description = "Benefits paid to hospitals this policy year across the family", example = "1680.50")
        String paidTotal,
        List<InsuredMemberView> members) {
}
