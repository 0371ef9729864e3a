package org.nuanxin.carehome.activity;

import java.time.OffsetDateTime;
import java.util.UUID;

/** The filters of the schedule; each may be null. */
public record ActivitySearch(UUID siteId, String districtCode, ActivityKind kind, OffsetDateTime from,
                             OffsetDateTime to, int page, int size) {
}
