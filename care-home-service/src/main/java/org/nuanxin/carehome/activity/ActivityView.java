package org.nuanxin.carehome.activity;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** An activity with its counts, as the schedule shows it. */
@Schema(name = "Activity")
public record ActivityView(
        @Schema(example = "0e7a5f1c-3d2b-4a6e-8f9c-1b2d3e4f5a6b") UUID id,
        @Schema(example = "3b6f0d0e-9a7c-4f0f-8e11-7d4c2a1b0c9d") UUID siteId,
        @Schema(example = "350203") String districtCode,
        @Schema(example = "LECTURE") ActivityKind kind,
        @Schema(example = "暖心大学堂：冬季老年人心血管保健") String title,
        @Schema(example = "2026-12-05T09:30:00+08:00") OffsetDateTime startsAt,
        @Schema(example = "2026-12-05T11:00:00+08:00") OffsetDateTime endsAt,
        @Schema(example = "30") int capacity,
        @Schema(example = "SCHEDULED") ActivityStatus status,
        @Schema(description = "Experts of the health expert pool at a free clinic, as given when it was scheduled",
                example = "[]") List<UUID> expertIds,
        @Schema(description = "Expert volunteers assigned to a free clinic", example = "[]")
        List<UUID> expertVolunteerIds,
        @Schema(description = "Families holding a place", example = "30") long registered,
        @Schema(description = "Families waiting for a place", example = "4") long waitlisted,
        @Schema(description = "Families recorded at roll call, walk-ins included", example = "27") long attended,
        @Schema(example = "2") long walkIns,
        @Schema(description = "Volunteers signed up to help", example = "3") long volunteers,
        @Schema(description = "Canteen meals only; null for other kinds and before it was held", example = "86",
                nullable = true) Integer mealsServed,
        @Schema(description = "Mean satisfaction of the attendees who gave it, 1–5; null when none did",
                example = "4.6", nullable = true) Double satisfaction,
        @Schema(description = "When it was recorded as held; null before", example = "2026-12-05T11:05:00+08:00",
                nullable = true) OffsetDateTime heldAt) {
}
