package org.nuanxin.volunteer.hours;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.OffsetDateTime;
import java.util.UUID;

@Schema(name = "Correction")
public record CorrectionView(
        @Schema(example = "3f2e1d0c-9b8a-4765-8432-10fedcba9876") UUID id,
        @Schema(example = "5c0e2f4a-7b1d-4e6f-9a3c-1d2e3f4a5b6c") UUID volunteerId,
        @Schema(example = "林美玲") String volunteerName,
        @Schema(nullable = true) UUID taskId,
        @Schema(example = "90") int minutes,
        @Schema(example = "忘记签退，实际服务至 11:30") String reason,
        @Schema(example = "PENDING") HourCorrection.Status status,
        @Schema(example = "volunteer") String requestedBy,
        OffsetDateTime requestedAt,
        @Schema(example = "siming", nullable = true) String decidedBy,
        @Schema(nullable = true) OffsetDateTime decidedAt,
        @Schema(example = "与家属电话核实，属实", nullable = true) String decisionReason,
        @Schema(example = "0") long version) {
}
