package org.nuanxin.carehome.events;

import java.time.OffsetDateTime;
import java.util.UUID;

/** {@code org.nuanxin.carehome.site-opened.v1} on topic {@code carehome.events}, key = site id. */
public record SiteOpened(UUID siteId, String name, String districtCode, String street, String featuredPractice,
                         String demonstrationLevel, Double latitude, Double longitude, OffsetDateTime openedAt) {

    public static final String TYPE = "org.nuanxin.carehome.site-opened.v1";
}
