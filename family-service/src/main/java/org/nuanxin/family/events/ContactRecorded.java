package org.nuanxin.family.events;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * {@code org.nuanxin.family.contact-recorded.v1}, key = family id: a call or home visit took place. Carries the
 * wellbeing score and whether a follow-up is due, never the notes.
 */
public record ContactRecorded(UUID familyId, UUID contactId, String districtCode, String kind,
                              OffsetDateTime contactedAt, int durationMinutes, Integer wellbeing,
                              LocalDate followUpDue) {

    public static final String TYPE = "org.nuanxin.family.contact-recorded.v1";
}
