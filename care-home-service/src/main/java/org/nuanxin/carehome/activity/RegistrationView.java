package org.nuanxin.carehome.activity;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.OffsetDateTime;
import java.util.UUID;

/** A family's place at an activity. */
@Schema(name = "Registration")
public record RegistrationView(
        @Schema(example = "5c0d7a8e-1f2b-4c3d-9e4f-a5b6c7d8e9f0") UUID familyId,
        @Schema(example = "REGISTERED") RegistrationStatus status,
        @Schema(description = "Place on the waitlist, from 1; null unless waitlisted", example = "2", nullable = true)
        Integer waitlistPosition,
        @Schema(example = "2026-12-01T10:00:00+08:00") OffsetDateTime registeredAt,
        @Schema(description = "null until the family is recorded at the door", example = "2026-12-05T09:25:00+08:00",
                nullable = true) OffsetDateTime attendedAt,
        @Schema(description = "1–5; null unless the family gave it", example = "5", nullable = true)
        Integer satisfaction,
        @Schema(description = "null unless the family gave it", example = "讲得很实在", nullable = true)
        String feedback) {

    static RegistrationView of(Registration registration, Integer waitlistPosition) {
        return new RegistrationView(registration.familyId, registration.status, waitlistPosition,
                registration.registeredAt, registration.attendedAt, registration.satisfaction, registration.feedback);
    }
}
