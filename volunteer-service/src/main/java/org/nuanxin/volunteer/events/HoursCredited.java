package org.nuanxin.volunteer.events;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * {@code org.nuanxin.volunteer.hours-credited.v1}; key = volunteer id. A ledger row was added: a verified
 * check-in/check-out pair ({@code source} CHECK_IN, with the task) or an approved correction (CORRECTION, minutes
 * may be negative). {@code totalMinutes} and {@code starLevel} are the volunteer's after it.
 */
public record HoursCredited(UUID entryId, UUID volunteerId, String districtCode, UUID taskId, String source,
                            int minutes, long totalMinutes, int starLevel, OffsetDateTime creditedAt) {

    public static final String TYPE = "org.nuanxin.volunteer.hours-credited.v1";
}
