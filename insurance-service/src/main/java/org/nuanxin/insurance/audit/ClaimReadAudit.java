package org.nuanxin.insurance.audit;

import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.nuanxin.common.paging.PageResponse;
import org.nuanxin.common.security.Caller;
import org.nuanxin.common.security.Roles;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Writes and searches the log of full claim reads. */
@ApplicationScoped
public class ClaimReadAudit {

    /** How a claim left the service. */
    public enum Representation { JSON, FHIR }

    private final Caller caller;
    private final JsonWebToken token;

    ClaimReadAudit(Caller caller, JsonWebToken token) {
        this.caller = caller;
        this.token = token;
    }

    /**
     * Called once the claim is known to be the caller's to see and before its body is sent: a read whose entry
     * cannot be written fails, so no claim leaves without one.
     */
    @Transactional
    public void recordRead(UUID claimId, Representation representation) {
        ClaimRead entry = new ClaimRead();
        entry.id = UUID.randomUUID();
        entry.readAt = OffsetDateTime.now(ZoneOffset.UTC);
        entry.actor = caller.username();
        entry.actorRoles = Stream.of(Roles.HOSPITAL, Roles.CITY_COORDINATOR, Roles.DISTRICT_COORDINATOR, Roles.AUDITOR)
                .filter(caller::hasRole).collect(Collectors.joining(","));
        Object azp = token.getClaim("azp");
        entry.clientId = azp == null ? null : azp.toString();
        entry.claimId = claimId;
        entry.representation = representation.name();
        entry.persist();
    }

    /** Newest first; optionally of one claim, one reader, a time window ({@code from} inclusive, {@code to} not). */
    @Transactional
    public PageResponse<ClaimReadView> search(UUID claimId, String actor, OffsetDateTime from, OffsetDateTime to,
                                              int page, int size) {
        StringBuilder where = new StringBuilder("1 = 1");
        Parameters params = new Parameters();
        if (claimId != null) {
            where.append(" AND claimId = :claimId");
            params.and("claimId", claimId);
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
        var query = ClaimRead.find(where.toString(), Sort.descending("readAt").and("id"), params).page(Page.of(page, size));
        return new PageResponse<>(query.<ClaimRead>list().stream().map(ClaimReadView::of).toList(), page, size,
                query.count());
    }
}
