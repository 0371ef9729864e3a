package org.nuanxin.insurance.payment;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.OffsetDateTime;
import java.util.UUID;

/** A payment batch as the list shows it: without its claims, which {@code GET /api/payment-batches/{id}} gives. */
@Schema(name = "PaymentBatchSummary")
public record PaymentBatchSummary(
        @Schema(example = "0e4b8c1a-2d3f-4a5b-9c6d-7e8f9a0b1c2d") UUID id,
        @Schema(example = "H-XIANYUE") String hospitalId,
        @Schema(example = "2025-07") String month,
        @Schema(example = "12") int claimCount,
        @Schema(example = "86400.50") String total,
        @Schema(example = "2025-08-05T09:30:00Z") OffsetDateTime createdAt,
        @Schema(example = "city") String createdBy) {
}
