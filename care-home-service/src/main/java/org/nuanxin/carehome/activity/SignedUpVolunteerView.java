package org.nuanxin.carehome.activity;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.OffsetDateTime;

/** A volunteer who signed up to help at an activity, by account; names stay in volunteer-service. */
@Schema(name = "SignedUpVolunteer")
public record SignedUpVolunteerView(
        @Schema(example = "volunteer") String username,
        @Schema(example = "2026-12-01T20:15:00+08:00") OffsetDateTime signedUpAt) {
}
