package org.nuanxin.carehome.family;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.OffsetDateTime;
import java.util.UUID;

/** An activity and the family's place at it. */
@Schema(name = "FamilyActivity")
public record FamilyActivityView(
        @Schema(example = "7a8b9c0d-1e2f-4a3b-8c4d-5e6f7a8b9c0d") UUID activityId,
        @Schema(example = "LECTURE") String kind,
        @Schema(example = "暖心大学堂：冬季养生") String title,
        @Schema(example = "2026-12-05T09:30:00+08:00") OffsetDateTime startsAt,
        @Schema(example = "2026-12-05T11:30:00+08:00") OffsetDateTime endsAt,
        @Schema(description = "REGISTERED, WAITLISTED or WALK_IN", example = "REGISTERED") String registration,
        @Schema(description = "Place on the waitlist, from 1; null unless waitlisted", example = "2", nullable = true)
        Integer waitlistPosition,
        @Schema(description = "When the family was recorded at the door; null before", nullable = true)
        OffsetDateTime attendedAt) {
}
