package org.nuanxin.carehome.volunteer;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.OffsetDateTime;
import java.util.UUID;

/** A regular volunteer of a site, with the status volunteer-service last published. */
@Schema(name = "RegularVolunteer")
public record RegularVolunteerView(
        @Schema(example = "9d2e4c1a-7b3f-4e8a-a1c2-5f6e7d8c9b0a") UUID volunteerId,
        @Schema(description = "null when volunteer-service did not report one", example = "350203", nullable = true)
        String districtCode,
        @Schema(example = "ACTIVE") String status,
        @Schema(description = "Whether the volunteer counts towards the site standard (only while active)",
                example = "true") boolean counts,
        @Schema(example = "2026-03-01T09:30:00+08:00") OffsetDateTime attachedAt) {
}
