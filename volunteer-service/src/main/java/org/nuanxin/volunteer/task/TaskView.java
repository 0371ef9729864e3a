package org.nuanxin.volunteer.task;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.nuanxin.volunteer.checkin.CheckInMethod;
import org.nuanxin.volunteer.checkin.Verification;
import org.nuanxin.volunteer.volunteer.Skill;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * A task as coordinators and its volunteer see it. For the volunteer, place, instructions and coordinates are
 * given only around the task window (nuanxin.tasks.family-data-visible-*), otherwise null.
 */
@Schema(name = "Task")
public record TaskView(
        @Schema(example = "9e8d7c6b-5a4f-4e3d-8c2b-1a0f9e8d7c6b") UUID id,
        @Schema(example = "6b1f3a52-9c0e-4f7b-8d21-3e5a7c9b1d02") UUID familyId,
        @Schema(example = "350203") String districtCode,
        @Schema(example = "HOME_VISIT") TaskKind kind,
        @Schema(example = "NORMAL") TaskPriority priority,
        @Schema(example = "[\"PSYCHOLOGICAL_SUPPORT\"]") List<Skill> requiredSkills,
        @Schema(example = "2026-12-02T09:00:00+08:00") OffsetDateTime windowStart,
        @Schema(example = "2026-12-02T11:00:00+08:00") OffsetDateTime windowEnd,
        @Schema(example = "ACCEPTED") TaskStatus status,
        @Schema(example = "5c0e2f4a-7b1d-4e6f-9a3c-1d2e3f4a5b6c", nullable = true) UUID volunteerId,
        @Schema(example = "林美玲", nullable = true) String volunteerName,
        @Schema(example = "莲前街道前埔社区", nullable = true) String place,
        @Schema(example = "老人独居，耳背，请大声说话", nullable = true) String instructions,
        @Schema(example = "24.4486", nullable = true) Double latitude,
        @Schema(example = "118.1327", nullable = true) Double longitude,
        @Schema(example = "闽南话", nullable = true) String preferredDialect,
        @Schema(example = "CODE_OR_POSITION") Verification verification,
        @Schema(nullable = true) OffsetDateTime assignedAt,
        @Schema(nullable = true) OffsetDateTime acceptedAt,
        @Schema(nullable = true) OffsetDateTime checkedInAt,
        @Schema(example = "CODE", nullable = true) CheckInMethod checkInMethod,
        @Schema(nullable = true) OffsetDateTime checkedOutAt,
        @Schema(nullable = true) OffsetDateTime completedAt,
        @Schema(nullable = true) OffsetDateTime cancelledAt,
        @Schema(example = "2026-11-28T10:00:00+08:00") OffsetDateTime createdAt,
        @Schema(description = "乐观锁版本，改动时可带回", example = "2") long version) {
}
