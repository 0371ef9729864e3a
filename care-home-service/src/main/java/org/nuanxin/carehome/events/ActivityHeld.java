package org.nuanxin.carehome.events;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * {@code org.nuanxin.carehome.activity-held.v1} on topic {@code carehome.events}, key = activity id. Attendance
 * counts only, no family ids: {@code attended} includes {@code walkIns}; {@code mealsServed} only for canteen meals.
 */
public record ActivityHeld(UUID activityId, UUID siteId, String districtCode, String kind, OffsetDateTime startsAt,
                           OffsetDateTime heldAt, int registered, int attended, int walkIns, Integer mealsServed) {

    public static final String TYPE = "org.nuanxin.carehome.activity-held.v1";
}
