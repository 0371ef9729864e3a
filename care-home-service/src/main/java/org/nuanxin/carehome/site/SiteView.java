package org.nuanxin.carehome.site;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.OffsetDateTime;
import java.util.UUID;

/** A warm-home site as every role sees it. */
public record SiteView(UUID id, String name, String districtCode, String districtName, String street,
                       String address, String openingHours,
                       @Schema(description = "What the site is known for; null when not recorded", nullable = true)
                       String featuredPractice,
                       DemonstrationLevel demonstrationLevel,
                       @Schema(description = "null when the site is not yet on the map", nullable = true)
                       Double latitude,
                       @Schema(description = "null when the site is not yet on the map", nullable = true)
                       Double longitude,
                       OffsetDateTime openedAt) {

    static SiteView of(Site site, String districtName) {
        return new SiteView(site.id, site.name, site.districtCode, districtName, site.street, site.address,
                site.openingHours, site.featuredPractice, site.demonstrationLevel, site.latitude, site.longitude,
                site.openedAt);
    }
}
