package org.nuanxin.insurance.coverage;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.util.UUID;

/** What an insured person has used and has left of one policy year's benefits. Amounts in yuan. */
@Schema(name = "Coverage")
public record CoverageView(
        @Schema(example = "8d7e6f50-1a2b-4c3d-8e9f-0a1b2c3d4e5f") UUID personId,
        @Schema(example = "2025") int policyYear,
        @Schema(example = "2025-01-01") LocalDate coveredFrom,
        @Schema(nullable = true, description = "Last day of cover; null while the cover is open-ended") LocalDate coveredUntil,
        @Schema(example = "90000.00") String subsidyCap,
        @Schema(example = "12000.00") String subsidyUsed,
        @Schema(example = "78000.00") String subsidyLeft,
        @Schema(example = "365") int nursingDaysMax,
        @Schema(example = "10") int nursingDaysUsed,
        @Schema(example = "355") int nursingDaysLeft) {
}
