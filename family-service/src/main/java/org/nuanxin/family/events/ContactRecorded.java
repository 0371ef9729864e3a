package org.nuanxin.family.events;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * {@code org.nuanxin.family.contact-recorded.v1}, key = family id: a call or home visit took place. Carries the
 * wellbeing score, the needs observed and whether a follow-up is due, never the notes. {@code source} is
 * {@code LIAISON} or {@code VOLUNTEER} (a volunteer's visit report). {@code needsObserved} and {@code source}
 * were added later; consumers of v1 ignore fields they do not know.
 */
public record ContactRecorded(UUID familyId, UUID contactId, String districtCode, String kind,
                              OffsetDateTime contactedAt, int durationMinutes, Integer wellbeing,
                              LocalDate followUpDue, List<String> needsObserved, String source) {

    public static final String TYPE = "org.nuanxin.family.contact-recorded.v1";
}
