package org.nuanxin.insurance.familysummary;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

/**
 * One insured member of the family: the name masked as the insurance lists show it (null for a parent enrolled from
 * family-service's member list, whose name family-service keeps), never the identity number.
 */
@Schema(name = "InsuredMember")
public record InsuredMemberView(
        @Schema(example = "8d7e6f50-1a2b-4c3d-8e9f-0a1b2c3d4e5f") UUID personId,
        @Schema(description = "The family-service member, when known", example = "2b6d1e9f-0a11-4c2e-9a77-5f0c2a8e3b1d",
                nullable = true)
        UUID memberId,
        @Schema(description = "FATHER, MOTHER or OTHER as family-service names them; null when not known",
                example = "MOTHER", nullable = true) String relation,
        @Schema(description = "Masked; null for a person enrolled from family events", example = "王**",
                nullable = true) String name,
        @Schema(description = "COORDINATOR or FAMILY_EVENT", example = "FAMILY_EVENT") String source,
        @Schema(example = "2025-02-10") LocalDate coveredFrom,
        @Schema(description = "The last day of cover; null while it is open-ended", example = "2026-12-31",
                nullable = true) LocalDate coveredUntil,
        @Schema(description = "Whether the programme insures the person for the policy year (pays its premium)")
        boolean insuredThisYear,
        @Schema(example = "90000.00") String subsidyCap,
        @Schema(example = "12000.00") String subsidyUsed,
        @Schema(example = "78000.00") String subsidyLeft,
        @Schema(example = "365") int nursingDaysMax,
        @Schema(example = "10") int nursingDaysUsed,
        @Schema(example = "355") int nursingDaysLeft,
        ClaimsOfYear claims) {

    /** The person's claims charged to the policy year. */
    @Schema(name = "ClaimsOfYear")
    public record ClaimsOfYear(
            @Schema(example = "3") long count,
            @Schema(description = "Claims per status, only the statuses that occur",
                    example = "{\"APPROVED\": 1, \"PAID\": 1, \"PENDING_REVIEW\": 1}") Map<String, Long> byStatus,
            @Schema(description = "Benefit of the approved, partially approved and paid claims", example = "4680.50")
            String approved,
            @Schema(description = "Benefit of the paid claims", example = "1680.50") String paid) {
    }
}
