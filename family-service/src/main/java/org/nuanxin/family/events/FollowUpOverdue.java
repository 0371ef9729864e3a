package org.nuanxin.family.events;

import java.time.LocalDate;
import java.util.UUID;

/**
 * {@code org.nuanxin.family.follow-up-overdue.v1}, key = family id: a follow-up promised at a contact passed its
 * due date without being done. Announced once per follow-up. Never the follow-up's text.
 */
public record FollowUpOverdue(UUID familyId, UUID contactId, String districtCode, LocalDate followUpDue,
                              long daysOverdue) {

    public static final String TYPE = "org.nuanxin.family.follow-up-overdue.v1";
}
