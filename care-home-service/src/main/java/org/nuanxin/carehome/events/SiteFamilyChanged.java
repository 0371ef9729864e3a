package org.nuanxin.carehome.events;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A family joined ({@link #JOINED}) or left ({@link #LEFT}) a site, on topic {@code carehome.events}, key = site id.
 * {@code reason} on leaving: {@code REMOVED} by a coordinator or {@code FAMILY_CLOSED} in family-service. No
 * personal information.
 */
public record SiteFamilyChanged(UUID siteId, UUID familyId, String districtCode, String category, String reason,
                                OffsetDateTime changedAt) {

    public static final String JOINED = "org.nuanxin.carehome.family-joined-site.v1";
    public static final String LEFT = "org.nuanxin.carehome.family-left-site.v1";
}
