package org.nuanxin.insurance.claim;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.OffsetDateTime;

/** One state change of a claim. */
@Schema(name = "ClaimHistoryEntry")
public record ClaimHistoryView(
        OffsetDateTime at,
        @Schema(example = "H-XIANYUE") String actor,
        @Schema(nullable = true, description = "The status before; null for the claim's first entry") ClaimStatus fromStatus,
        @Schema(example = "APPROVED") ClaimStatus toStatus,
        @Schema(example = "提交后自动审核：ELIGIBLE, NURSING_ALLOWANCE") String reason) {
}
