package org.nuanxin.family.audit;

import java.time.OffsetDateTime;
import java.util.UUID;

public record AccessAuditView(UUID id, OffsetDateTime readAt, String actor, String actorRoles, UUID familyId,
                              String districtCode, String purpose) {

    static AccessAuditView of(AccessAudit entry) {
        return new AccessAuditView(entry.id, entry.readAt, entry.actor, entry.actorRoles, entry.familyId,
                entry.districtCode, entry.purpose);
    }
}
