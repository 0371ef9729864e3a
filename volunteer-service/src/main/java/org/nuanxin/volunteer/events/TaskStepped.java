package org.nuanxin.volunteer.events;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A volunteer's step on their task; key = task id. One record for three types: {@link #ACCEPTED},
 * {@link #DECLINED} (the task is open again) and {@link #CHECKED_IN} ({@code method} CODE or POSITION).
 */
public record TaskStepped(UUID taskId, UUID familyId, String districtCode, String kind, UUID volunteerId,
                          OffsetDateTime at, String method) {

    public static final String ACCEPTED = "org.nuanxin.volunteer.task-accepted.v1";
    public static final String DECLINED = "org.nuanxin.volunteer.task-declined.v1";
    public static final String CHECKED_IN = "org.nuanxin.volunteer.task-checked-in.v1";
}
