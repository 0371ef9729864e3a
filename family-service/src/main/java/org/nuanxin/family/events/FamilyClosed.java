package org.nuanxin.family.events;

import java.time.OffsetDateTime;
import java.util.UUID;

/** {@code org.nuanxin.family.family-closed.v1}: the family left the active registry; key = family id. No reason text. */
public record FamilyClosed(UUID familyId, String category, String districtCode, String status, OffsetDateTime closedAt) {

    public static final String TYPE = "org.nuanxin.family.family-closed.v1";
}
