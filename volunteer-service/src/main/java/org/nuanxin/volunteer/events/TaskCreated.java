package org.nuanxin.volunteer.events;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** {@code org.nuanxin.volunteer.task-created.v1}; key = task id. No place, no instructions. */
public record TaskCreated(UUID taskId, UUID familyId, String districtCode, String kind, String priority,
                          OffsetDateTime windowStart, OffsetDateTime windowEnd, List<String> requiredSkills) {

    public static final String TYPE = "org.nuanxin.volunteer.task-created.v1";
}
