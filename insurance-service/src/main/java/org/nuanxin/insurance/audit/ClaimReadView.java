package org.nuanxin.insurance.audit;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.OffsetDateTime;
import java.util.UUID;

@Schema(name = "ClaimRead")
public record ClaimReadView(
        @Schema(example = "0d6f1c2a-4b3e-4f5a-9b8c-7d6e5f4a3b2c") UUID id,
        @Schema(example = "2025-07-01T09:30:00Z") OffsetDateTime readAt,
        @Schema(example = "service-account-hospital-xianyue") String actor,
        @Schema(example = "hospital") String actorRoles,
        @Schema(example = "hospital-xianyue") String clientId,
        @Schema(example = "3c1e9f0a-7b2d-4e5f-8a9b-0c1d2e3f4a5b") UUID claimId,
        @Schema(example = "FHIR") String representation) {

    static ClaimReadView of(ClaimRead entry) {
        return new ClaimReadView(entry.id, entry.readAt, entry.actor, entry.actorRoles, entry.clientId, entry.claimId,
                entry.representation);
    }
}
