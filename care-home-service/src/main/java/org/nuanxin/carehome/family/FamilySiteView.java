package org.nuanxin.carehome.family;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** A site as the family page shows it, with the family's coming registrations and last attendances there. */
@Schema(name = "FamilySite")
public record FamilySiteView(
        @Schema(example = "1f2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d") UUID siteId,
        @Schema(example = "鼓浪屿暖心家园") String name,
        @Schema(example = "350203") String districtCode,
        @Schema(example = "思明区") String districtName,
        @Schema(example = "鼓浪屿街道") String street,
        @Schema(description = "Whether this site serves the family (one site at a time)") boolean servesFamily,
        @Schema(description = "Since when it serves the family; null if it does not",
                example = "2026-03-01T09:30:00+08:00", nullable = true) OffsetDateTime servedSince,
        @Schema(description = "Whether the site meets the standard as last measured; null if never measured",
                example = "true", nullable = true) Boolean meetsStandard,
        @Schema(description = "The last time it was measured meeting the standard; null if it never was",
                example = "2026-11-01T01:05:00Z", nullable = true)
        OffsetDateTime lastMetAt,
        @Schema(description = "Scheduled activities still to start that the family holds a place at or waits for, "
                + "soonest first") List<FamilyActivityView> upcoming,
        @Schema(description = "The activities the family attended most recently, latest first")
        List<FamilyActivityView> lastAttended) {
}
