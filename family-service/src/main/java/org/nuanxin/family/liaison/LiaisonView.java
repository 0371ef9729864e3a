package org.nuanxin.family.liaison;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.OffsetDateTime;
import java.util.UUID;

/** A liaison with the phone masked. */
public record LiaisonView(
        UUID familyId,
        LiaisonRole role,
        String name,
        @Schema(example = "138****1234") String phoneMasked,
        OffsetDateTime assignedAt,
        @Schema(example = "siming") String assignedBy) {
}
