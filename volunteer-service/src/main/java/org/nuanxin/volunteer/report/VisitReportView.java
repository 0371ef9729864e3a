package org.nuanxin.volunteer.report;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

@Schema(name = "VisitReport")
public record VisitReportView(
        @Schema(example = "7d6c5b4a-3e2f-4a1b-9c8d-7e6f5a4b3c2d") UUID id,
        @Schema(example = "9e8d7c6b-5a4f-4e3d-8c2b-1a0f9e8d7c6b") UUID taskId,
        @Schema(example = "6b1f3a52-9c0e-4f7b-8d21-3e5a7c9b1d02") UUID familyId,
        @Schema(example = "5c0e2f4a-7b1d-4e6f-9a3c-1d2e3f4a5b6c") UUID volunteerId,
        @Schema(example = "HOME_VISIT") String kind,
        @Schema(example = "2026-12-02T09:02:00+08:00") OffsetDateTime contactedAt,
        @Schema(example = "75") int durationMinutes,
        @Schema(example = "家中", nullable = true) String location,
        @Schema(example = "4") int wellbeing,
        @Schema(example = "[\"MEDICAL\"]") List<NeedArea> needsObserved,
        @Schema(example = "老人情绪平稳，提到膝盖疼", nullable = true) String notes,
        @Schema(example = "联系社区医生上门看膝盖", nullable = true) String followUp,
        @Schema(example = "2026-12-05", nullable = true) LocalDate followUpDue,
        OffsetDateTime reportedAt) {
}
