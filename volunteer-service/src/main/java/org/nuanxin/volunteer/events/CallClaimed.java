package org.nuanxin.volunteer.events;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * {@code org.nuanxin.volunteer.call-claimed.v1}; key = campaign id (so it precedes the entry's outcome). A caller took
 * the next call of a campaign to a family, to be made before {@code holdUntil}: family-service lets this volunteer
 * read the family's phone numbers until the outcome is recorded or the hold runs out. No phone numbers in it.
 */
public record CallClaimed(UUID campaignId, UUID entryId, UUID familyId, String districtCode, String volunteerUsername,
                          OffsetDateTime claimedAt, OffsetDateTime holdUntil) {

    public static final String TYPE = "org.nuanxin.volunteer.call-claimed.v1";
}
