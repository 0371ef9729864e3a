package org.nuanxin.carehome.events;

import java.time.OffsetDateTime;
import java.util.UUID;

/** {@code org.nuanxin.carehome.site-updated.v1} on topic {@code carehome.events}, key = site id: the site as it now is. */
public record SiteUpdated(UUID siteId, String name, String districtCode, String street, String featuredPractice,
                          String demonstrationLevel, Double latitude, Double longitude, OffsetDateTime updatedAt) {

    public static final String TYPE = "org.nuanxin.carehome.site-updated.v1";
}
