package org.nuanxin.family.guardian;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.UUID;

/** A guardian with the phone masked; the full number is in the audited full record's guardians. */
public record GuardianView(
        UUID id,
        UUID familyId,
        String name,
        GuardianRelationship relationship,
        @Schema(example = "138****1234") String phoneMasked,
        @Schema(example = "true") boolean maySign,
        @Schema(example = "1") int priority) {
}
