package org.nuanxin.gateway.alerts;

import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import org.nuanxin.common.paging.PageResponse;
import org.nuanxin.common.problem.ProblemException;
import org.nuanxin.common.security.Caller;
import org.nuanxin.gateway.supervision.SupervisionConfig;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Lists alerts within the caller's area; coordinators acknowledge and resolve them. */
@ApplicationScoped
public class AlertService {

    private final Caller caller;
    private final EntityManager em;
    private final Event<AlertsChanged> changed;
    private final SupervisionConfig config;

    AlertService(Caller caller, EntityManager em, Event<AlertsChanged> changed, SupervisionConfig config) {
        this.caller = caller;
        this.em = em;
        this.changed = changed;
        this.config = config;
    }

    /** Live alerts (open or acknowledged) unless a status is asked for; most severe and newest first. */
    @Transactional
    public PageResponse<AlertView> list(Optional<AlertStatus> status, Optional<AlertKind> kind, Optional<String> district,
                                        int page, int size) {
        List<String> where = new ArrayList<>();
        Parameters params = new Parameters();
        if (status.isPresent()) {
            where.add("status = :status");
            params.and("status", status.get());
        } else {
            where.add("status <> :resolved");
            params.and("resolved", AlertStatus.RESOLVED);
        }
        kind.ifPresent(k -> {
            where.add("kind = :kind");
            params.and("kind", k);
        });
        Optional<String> area = caller.district().or(() -> district);
        if (caller.district().isPresent() && district.isPresent() && !district.equals(caller.district())) {
            return new PageResponse<>(List.of(), page, size, 0);
        }
        area.ifPresent(d -> {
            where.add("districtCode = :district");
            params.and("district", d);
        });
        String condition = String.join(" and ", where);
        long total = Alert.count(condition, params);
        var query = Alert.find(condition + " order by case severity when 'CRITICAL' then 0 when 'HIGH' then 1 else 2 end,"
                + " raisedAt desc, id", params);
        List<AlertView> items = query.page(Page.of(page, size)).<Alert>list().stream().map(AlertView::of).toList();
        return new PageResponse<>(items, page, size, total);
    }

    /** Every alert in the caller's area that changed after {@code seq}, in order: what a reconnecting screen missed. */
    @Transactional
    public List<AlertView> changedAfter(long seq, Optional<String> district, int limit) {
        return (district.isPresent()
                ? Alert.find("feedSeq > ?1 and districtCode = ?2", Sort.ascending("feedSeq"), seq, district.get())
                : Alert.find("feedSeq > ?1", Sort.ascending("feedSeq"), seq))
                .page(Page.ofSize(limit)).<Alert>list().stream().map(AlertView::of).toList();
    }

    /** The number of the latest change of any alert. */
    @Transactional
    public long latestSeq() {
        Object max = em.createNativeQuery("SELECT coalesce(max(feed_seq), 0) FROM supervision_alert").getSingleResult();
        return ((Number) max).longValue();
    }

    @Transactional
    public AlertView acknowledge(UUID id) {
        Alert alert = live(id);
        if (alert.status == AlertStatus.OPEN) {
            alert.status = AlertStatus.ACKNOWLEDGED;
            alert.acknowledgedBy = caller.username();
            alert.acknowledgedAt = OffsetDateTime.now(ZoneOffset.UTC);
            touch(alert);
        }
        return AlertView.of(alert);
    }

    @Transactional
    public AlertView resolve(UUID id, ResolveAlertRequest request) {
        Alert alert = live(id);
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        alert.status = AlertStatus.RESOLVED;
        alert.resolvedBy = caller.username();
        alert.resolvedAt = now;
        alert.resolution = request.resolution().strip();
        alert.quietUntil = now.plus(config.alerts().quietAfterResolution());
        touch(alert);
        return AlertView.of(alert);
    }

    /** An alert the caller may act on and that is not resolved yet. */
    private Alert live(UUID id) {
        Alert alert = em.find(Alert.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (alert == null || (caller.district().isPresent() && !caller.district().get().equals(alert.districtCode))) {
            throw ProblemException.notFound("alert", id);
        }
        if (alert.status == AlertStatus.RESOLVED) {
            throw ProblemException.conflict("The alert was already resolved by " + alert.resolvedBy + ".");
        }
        return alert;
    }

    private void touch(Alert alert) {
        alert.feedSeq = ((Number) em.createNativeQuery("SELECT nextval('supervision_feed')").getSingleResult()).longValue();
        changed.fire(new AlertsChanged());
    }
}
