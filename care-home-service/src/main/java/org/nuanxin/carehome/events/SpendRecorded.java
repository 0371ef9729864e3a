package org.nuanxin.carehome.events;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * {@code org.nuanxin.carehome.spend-recorded.v1} on topic {@code carehome.events}, key = activity id. Amounts are
 * decimal strings in yuan with two decimals.
 */
public record SpendRecorded(UUID spendId, UUID activityId, UUID siteId, String districtCode, int year, String amount,
                            String purpose, OffsetDateTime recordedAt) {

    public static final String TYPE = "org.nuanxin.carehome.spend-recorded.v1";
}
