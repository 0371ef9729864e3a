package org.nuanxin.family.events;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/** {@code org.nuanxin.family.follow-up-completed.v1}, key = family id: a coordinator closed a follow-up. */
public record FollowUpCompleted(UUID familyId, UUID contactId, String districtCode, LocalDate followUpDue,
                                OffsetDateTime completedAt, boolean late) {

    public static final String TYPE = "org.nuanxin.family.follow-up-completed.v1";
}
