package org.nuanxin.carehome.events;

import java.time.OffsetDateTime;
import java.util.UUID;

/** {@code org.nuanxin.carehome.activity-scheduled.v1} on topic {@code carehome.events}, key = activity id. */
public record ActivityScheduled(UUID activityId, UUID siteId, String districtCode, String kind, String title,
                                OffsetDateTime startsAt, OffsetDateTime endsAt, int capacity) {

    public static final String TYPE = "org.nuanxin.carehome.activity-scheduled.v1";
}
