package org.nuanxin.volunteer.call;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.OffsetDateTime;
import java.util.UUID;

/** An entry of the queue as its caller sees it. */
@Schema(name = "CallEntry")
public record CallEntryView(
        @Schema(example = "0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d") UUID id,
        @Schema(example = "b7c8d9e0-1f2a-4b3c-8d4e-5f6a7b8c9d0e") UUID campaignId,
        @Schema(example = "6b1f3a52-9c0e-4f7b-8d21-3e5a7c9b1d02") UUID familyId,
        @Schema(nullable = true) UUID volunteerId,
        @Schema(example = "350203") String districtCode,
        @Schema(example = "CLAIMED") CallEntry.Status status,
        @Schema(description = "已拨打次数", example = "1") int attempts,
        @Schema(example = "NO_ANSWER", nullable = true) CallOutcome lastOutcome,
        @Schema(example = "2026-12-02T11:00:00+08:00", nullable = true) OffsetDateTime nextAttemptAt,
        @Schema(example = "false") boolean needsFollowUp) {
}
