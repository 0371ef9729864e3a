package org.nuanxin.family.audit;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.OffsetDateTime;
import java.util.UUID;

public record AccessAuditView(
        UUID id,
        OffsetDateTime readAt,
        @Schema(example = "city") String actor,
        @Schema(example = "city-coordinator") String actorRoles,
        UUID familyId,
        @Schema(example = "350203") String districtCode,
        @Schema(example = "核对保险理赔信息") String purpose) {

    static AccessAuditView of(AccessAudit entry) {
        return new AccessAuditView(entry.id, entry.readAt, entry.actor, entry.actorRoles, entry.familyId,
                entry.districtCode, entry.purpose);
    }
}
