package org.nuanxin.carehome.site;

import java.time.OffsetDateTime;
import java.util.UUID;

/** A warm-home site as every role sees it. */
public record SiteView(UUID id, String name, String districtCode, String districtName, String street,
                       String address, String openingHours, String featuredPractice,
                       DemonstrationLevel demonstrationLevel, Double latitude, Double longitude,
                       OffsetDateTime openedAt) {

    static SiteView of(Site site, String districtName) {
        return new SiteView(site.id, site.name, site.districtCode, districtName, site.street, site.address,
                site.openingHours, site.featuredPractice, site.demonstrationLevel, site.latitude, site.longitude,
                site.openedAt);
    }
}
