package org.nuanxin.gateway.alerts;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import org.nuanxin.gateway.supervision.SupervisionConfig;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;

/**
 * The alert rules. Each is one query over the read models naming the subjects (families, sites, claims) that break
 * it now, with their district. A scan raises an alert for each subject without a live one (unless a coordinator's
 * resolution keeps it quiet) and resolves, as {@code system}, every live alert whose subject no longer breaks the
 * rule; a live alert follows its subject's district when that becomes known or changes. One gateway instance scans
 * at a time (an advisory lock); the unique index on live alerts keeps even two
 * concurrent scans from raising one twice.
 */
@ApplicationScoped
public class AlertRules {

    private static final long SCAN_LOCK = 0x6e7578696e01L;

    private final EntityManager em;
    private final SupervisionConfig config;
    private final Event<AlertsChanged> changed;

    AlertRules(EntityManager em, SupervisionConfig config, Event<AlertsChanged> changed) {
        this.em = em;
        this.config = config;
        this.changed = changed;
    }

    /** The subjects breaking each rule now: {@code (subject_id, district_code)}. */
    private Map<AlertKind, String> violations() {
        return Map.of(
                AlertKind.CONTACT_OVERDUE, """
                        SELECT family_id, district_code FROM supervised_family
                        WHERE active AND (last_contact_at IS NULL OR last_contact_at <= CAST(:now AS timestamptz) - make_interval(days => :contactDays))""",
                AlertKind.HIGH_RISK_NOT_VISITED, """
                        SELECT family_id, district_code FROM supervised_family
                        WHERE active AND risk_level = 'HIGH'
                          AND (last_visit_at IS NULL OR last_visit_at <= CAST(:now AS timestamptz) - make_interval(days => :highRiskDays))""",
                AlertKind.SITE_BELOW_STANDARD, """
                        SELECT site_id, district_code FROM supervised_site WHERE meets_standard = false""",
                AlertKind.CLAIM_REVIEW_OVERDUE, """
                        SELECT c.claim_id, f.district_code FROM supervised_claim c
                        LEFT JOIN supervised_insured i ON i.person_id = c.person_id
                        LEFT JOIN supervised_family f ON f.family_id = i.family_id
                        WHERE c.stage IN (1, 2) AND c.submitted_at <= CAST(:now AS timestamptz) - make_interval(secs => :claimSeconds)""");
    }

    @Scheduled(every = "${nuanxin.supervision.alerts.scan-every:60s}", delayed = "10s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduledScan() {
        scan(OffsetDateTime.now(ZoneOffset.UTC));
    }

    /** Raises and clears alerts as of {@code now}; answers how many alerts changed. */
    @Transactional
    public int scan(OffsetDateTime now) {
        Boolean locked = (Boolean) em.createNativeQuery("SELECT pg_try_advisory_xact_lock(:key)")
                .setParameter("key", SCAN_LOCK).getSingleResult();
        if (!Boolean.TRUE.equals(locked)) {
            return 0;
        }
        int changes = 0;
        for (Map.Entry<AlertKind, String> rule : violations().entrySet()) {
            String breaking = rule.getValue();
            String raise = """
                    INSERT INTO supervision_alert (id, kind, severity, district_code, subject_id, status, raised_at, feed_seq)
                    SELECT gen_random_uuid(), :kind, :severity, v.district_code, v.subject_id, 'OPEN', :now, nextval('supervision_feed')
                    FROM (%s) AS v (subject_id, district_code)
                    WHERE NOT EXISTS (SELECT 1 FROM supervision_alert a WHERE a.kind = :kind AND a.subject_id = v.subject_id
                                      AND (a.status <> 'RESOLVED' OR a.quiet_until > :now))
                    ON CONFLICT (kind, subject_id) WHERE status <> 'RESOLVED' DO NOTHING""".formatted(breaking);
            changes += bind(raise, rule.getKey(), now).executeUpdate();
            // a subject's district may become known later (a claim's family arrives on another topic) or change
            // (a family moves): its live alert follows, so the right coordinators see it
            String relocate = """
                    UPDATE supervision_alert a SET district_code = v.district_code, feed_seq = nextval('supervision_feed')
                    FROM (%s) AS v (subject_id, district_code)
                    WHERE a.kind = :kind AND a.status <> 'RESOLVED' AND a.subject_id = v.subject_id
                      AND a.district_code IS DISTINCT FROM v.district_code""".formatted(breaking);
            changes += bind(relocate, rule.getKey(), now).executeUpdate();
            String clear = """
                    UPDATE supervision_alert SET status = 'RESOLVED', resolved_by = 'system', resolved_at = :now,
                        resolution = 'cleared', feed_seq = nextval('supervision_feed')
                    WHERE kind = :kind AND status <> 'RESOLVED'
                      AND subject_id NOT IN (SELECT v.subject_id FROM (%s) AS v (subject_id, district_code))""".formatted(breaking);
            changes += bind(clear, rule.getKey(), now).executeUpdate();
        }
        if (changes > 0) {
            changed.fire(new AlertsChanged());
        }
        return changes;
    }

    /** The statement with the parameters it names. */
    private Query bind(String sql, AlertKind kind, OffsetDateTime now) {
        Query query = em.createNativeQuery(sql).setParameter("kind", kind.name());
        if (sql.contains(":now")) {
            query.setParameter("now", now);
        }
        if (sql.contains(":severity")) {
            query.setParameter("severity", kind.severity().name());
        }
        if (sql.contains(":contactDays")) {
            query.setParameter("contactDays", config.cadence().contactWithinDays());
        }
        if (sql.contains(":highRiskDays")) {
            query.setParameter("highRiskDays", config.cadence().highRiskVisitWithinDays());
        }
        if (sql.contains(":claimSeconds")) {
            query.setParameter("claimSeconds", (double) config.alerts().claimReviewWithin().toSeconds());
        }
        return query;
    }
}
