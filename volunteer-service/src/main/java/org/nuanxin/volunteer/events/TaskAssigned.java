package org.nuanxin.volunteer.events;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * {@code org.nuanxin.volunteer.task-assigned.v1}; key = task id. Also on reassignment: the new volunteer, with
 * {@code previousVolunteerId} set.
 */
public record TaskAssigned(UUID taskId, UUID familyId, UUID volunteerId, String volunteerUsername, String districtCode,
                           String kind, OffsetDateTime windowStart, OffsetDateTime windowEnd, UUID previousVolunteerId) {

    public static final String TYPE = "org.nuanxin.volunteer.task-assigned.v1";
}
