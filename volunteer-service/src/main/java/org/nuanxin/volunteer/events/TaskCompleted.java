package org.nuanxin.volunteer.events;

import java.time.OffsetDateTime;
import java.util.UUID;

/** {@code org.nuanxin.volunteer.task-completed.v1}; key = task id. */
public record TaskCompleted(UUID taskId, UUID familyId, UUID volunteerId, String volunteerUsername, String districtCode,
                            String kind, OffsetDateTime completedAt) {

    public static final String TYPE = "org.nuanxin.volunteer.task-completed.v1";
}
