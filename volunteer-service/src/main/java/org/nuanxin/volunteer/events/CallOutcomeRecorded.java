package org.nuanxin.volunteer.events;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * {@code org.nuanxin.volunteer.call-outcome-recorded.v1}; key = campaign id. One call made: the family (or member)
 * called, the outcome, the attempt number and where the entry stands now ({@code entryStatus}, and when it comes
 * back if unanswered). No notes, no phone numbers.
 */
public record CallOutcomeRecorded(UUID campaignId, UUID entryId, UUID familyId, UUID volunteerId, String districtCode,
                                  String purpose, String outcome, int attempt, String entryStatus,
                                  OffsetDateTime nextAttemptAt, OffsetDateTime recordedAt) {

    public static final String TYPE = "org.nuanxin.volunteer.call-outcome-recorded.v1";
}
