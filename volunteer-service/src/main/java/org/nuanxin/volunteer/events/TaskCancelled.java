package org.nuanxin.volunteer.events;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * {@code org.nuanxin.volunteer.task-cancelled.v1}; key = task id. The volunteer is null if none was assigned; the
 * reason stays in this service. {@code byFamilyClosure} is true when the family's record was closed.
 */
public record TaskCancelled(UUID taskId, UUID familyId, UUID volunteerId, String volunteerUsername, String districtCode,
                            String kind, OffsetDateTime cancelledAt, boolean byFamilyClosure) {

    public static final String TYPE = "org.nuanxin.volunteer.task-cancelled.v1";
}
