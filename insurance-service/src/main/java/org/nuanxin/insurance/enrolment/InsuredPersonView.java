package org.nuanxin.insurance.enrolment;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * An insured person as coordinators see them: the identity number only masked. A person enrolled from family events
 * has no name or identity number here (null): family-service keeps them, and sends only the member id.
 */
@Schema(name = "InsuredPerson")
public record InsuredPersonView(
        @Schema(example = "8d7e6f50-1a2b-4c3d-8e9f-0a1b2c3d4e5f") UUID id,
        @Schema(example = "5f0c2a8e-3b1d-4c2e-9a77-2b6d1e9f0a11") UUID familyId,
        @Schema(example = "王**", nullable = true) String name,
        @Schema(example = "3502**********0021", nullable = true) String identityNumber,
        @Schema(example = "2025-01-01") LocalDate coveredFrom,
        @Schema(nullable = true, description = "Last day of cover; null while the cover is open-ended") LocalDate coveredUntil,
        OffsetDateTime enrolledAt,
        @Schema(description = "COORDINATOR or FAMILY_EVENT", example = "COORDINATOR") String source,
        @Schema(description = "The family-service member id, when known; otherwise null", nullable = true) UUID memberId) {
}
