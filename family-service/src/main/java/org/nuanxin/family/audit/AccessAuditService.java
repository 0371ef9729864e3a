package org.nuanxin.family.audit;

import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.nuanxin.common.paging.PageResponse;
import org.nuanxin.common.security.Caller;
import org.nuanxin.common.security.Roles;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Writes and queries the access-audit log of full-record reads. */
@ApplicationScoped
public class AccessAuditService {

    private final Caller caller;

    AccessAuditService(Caller caller) {
        this.caller = caller;
    }

    /** Written in the reading transaction: no full record leaves without its entry. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void recordRead(UUID familyId, String districtCode, String purpose) {
        AccessAudit entry = new AccessAudit();
        entry.id = UUID.randomUUID();
        entry.readAt = OffsetDateTime.now(ZoneOffset.UTC);
        entry.actor = caller.username();
        entry.actorRoles = Stream.of(Roles.CITY_COORDINATOR, Roles.DISTRICT_COORDINATOR, Roles.AUDITOR, Roles.VOLUNTEER)
                .filter(caller::hasRole).collect(Collectors.joining(","));
        entry.familyId = familyId;
        entry.districtCode = districtCode;
        entry.purpose = purpose.trim();
        entry.persist();
    }

    /** The log of the caller's area, newest first; optionally of one family, one reader, a time window. */
    @Transactional
    public PageResponse<AccessAuditView> search(UUID familyId, String actor, OffsetDateTime from, OffsetDateTime to,
                                                int page, int size) {
        StringBuilder where = new StringBuilder("1 = 1");
        Parameters params = new Parameters();
        caller.district().ifPresent(district -> {
            where.append(" AND districtCode = :scope");
            params.and("scope", district);
        });
        if (familyId != null) {
            where.append(" AND familyId = :familyId");
            params.and("familyId", familyId);
        }
        if (actor != null && !actor.isBlank()) {
            where.append(" AND actor = :actor");
            params.and("actor", actor.trim());
        }
        if (from != null) {
            where.append(" AND readAt >= :from");
            params.and("from", from);
        }
        if (to != null) {
            where.append(" AND readAt < :to");
            params.and("to", to);
        }
        var query = AccessAudit.find(where.toString(), Sort.descending("readAt"), params).page(Page.of(page, size));
        return new PageResponse<>(query.<AccessAudit>list().stream().map(AccessAuditView::of).toList(), page, size,
                query.count());
    }
}
