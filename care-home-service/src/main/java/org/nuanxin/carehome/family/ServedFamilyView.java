package org.nuanxin.carehome.family;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.OffsetDateTime;
import java.util.UUID;

/** A family a site serves, by id: names and addresses stay in family-service. */
@Schema(name = "ServedFamily")
public record ServedFamilyView(
        @Schema(example = "5c0d7a8e-1f2b-4c3d-9e4f-a5b6c7d8e9f0") UUID familyId,
        @Schema(example = "BEREAVED") String category,
        @Schema(description = "null when family-service did not report one", example = "鼓浪屿街道", nullable = true)
        String street,
        @Schema(example = "2026-03-01T09:30:00+08:00") OffsetDateTime joinedAt) {
}
