package org.nuanxin.volunteer.task;

import java.time.OffsetDateTime;
import java.util.UUID;

/** The filters of the task list; each may be null. */
public record TaskSearch(TaskStatus status, TaskKind kind, String districtCode, UUID volunteerId, UUID familyId,
                         OffsetDateTime from, OffsetDateTime to, int page, int size) {
}
