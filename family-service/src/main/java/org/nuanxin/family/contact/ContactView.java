package org.nuanxin.family.contact;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.nuanxin.family.needs.NeedArea;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** A contact as the family's timeline shows it; notes and follow-up text only for coordinators. */
@Schema(name = "Contact")
public record ContactView(
        @Schema(example = "0f8a4c2e-5d1b-4c3e-9a77-2b6d1e9f0a11") UUID id,
        @Schema(example = "6b1f3a52-9c0e-4f7b-8d21-3e5a7c9b1d02") UUID familyId,
        @Schema(example = "HOME_VISIT") ContactKind kind,
        @Schema(example = "2026-11-28T15:30:00+08:00") OffsetDateTime contactedAt,
        @Schema(example = "郑丽娟") String contactedBy,
        @Schema(example = "家中", nullable = true) String location,
        @Schema(example = "40") int durationMinutes,
        @Schema(example = "4", nullable = true) Integer wellbeing,
        @Schema(example = "[\"MEDICAL\"]") List<NeedArea> needsObserved,
        @Schema(example = "老人情绪平稳，提到膝盖疼", nullable = true) String notes,
        @Schema(example = "联系社区医生上门看膝盖", nullable = true) String followUp,
        @Schema(example = "2026-12-05", nullable = true) LocalDate followUpDue,
        @Schema(description = "跟进事项完成时间；未完成为空", nullable = true) OffsetDateTime followUpDoneAt,
        @Schema(example = "LIAISON") ContactSource source) {
}
