package org.nuanxin.carehome.activity;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.OffsetDateTime;
import java.util.UUID;

/** A volunteer's sign-up, with the activity it is for. */
@Schema(name = "VolunteerSignUp")
public record SignUpView(
        @Schema(example = "0e7a5f1c-3d2b-4a6e-8f9c-1b2d3e4f5a6b") UUID activityId,
        @Schema(example = "3b6f0d0e-9a7c-4f0f-8e11-7d4c2a1b0c9d") UUID siteId,
        @Schema(example = "350203") String districtCode,
        @Schema(example = "LECTURE") ActivityKind kind,
        @Schema(example = "暖心大学堂：冬季老年人心血管保健") String title,
        @Schema(example = "2026-12-05T09:30:00+08:00") OffsetDateTime startsAt,
        @Schema(example = "2026-12-05T11:00:00+08:00") OffsetDateTime endsAt,
        @Schema(example = "SCHEDULED") ActivityStatus status,
        @Schema(example = "2026-12-01T20:15:00+08:00") OffsetDateTime signedUpAt) {

    static SignUpView of(Activity activity, VolunteerSignUp signUp) {
        return new SignUpView(activity.id, activity.siteId, activity.districtCode, activity.kind, activity.title,
                activity.startsAt, activity.endsAt, activity.status, signUp.signedUpAt);
    }
}
