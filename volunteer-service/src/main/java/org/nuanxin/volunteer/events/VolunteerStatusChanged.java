package org.nuanxin.volunteer.events;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A member's status changed; key = volunteer id. One record, four types, so a consumer can subscribe to the
 * ones it cares about: {@link #JOINED} (applicant → active), {@link #SUSPENDED}, {@link #REINSTATED}
 * (suspended → active) and {@link #LEFT}. No name, no phone, no reason text.
 */
public record VolunteerStatusChanged(UUID volunteerId, String districtCode, String kind, String previousStatus,
                                     String status, OffsetDateTime changedAt) {

    public static final String JOINED = "org.nuanxin.volunteer.volunteer-joined.v1";
    public static final String SUSPENDED = "org.nuanxin.volunteer.volunteer-suspended.v1";
    public static final String REINSTATED = "org.nuanxin.volunteer.volunteer-reinstated.v1";
    public static final String LEFT = "org.nuanxin.volunteer.volunteer-left.v1";
}
