package org.nuanxin.insurance.claim;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/** A claim in a list: its status and amounts, without the item lines. */
@Schema(name = "ClaimSummary")
public record ClaimSummary(
        @Schema(example = "3c1e9f0a-7b2d-4e5f-8a9b-0c1d2e3f4a5b") UUID id,
        @Schema(example = "H-XIANYUE") String hospitalId,
        @Schema(example = "8d7e6f50-1a2b-4c3d-8e9f-0a1b2c3d4e5f") UUID insuredPersonId,
        @Schema(example = "APPROVED") ClaimStatus status,
        @Schema(example = "2025-03-02") LocalDate admissionDate,
        @Schema(example = "2025-03-12") LocalDate dischargeDate,
        @Schema(example = "5280.50") String claimedAmount,
        @Schema(example = "8280.50") String benefitAmount,
        OffsetDateTime submittedAt) {
}
