package org.nuanxin.gateway.supervision;

import com.fasterxml.jackson.databind.JsonNode;
import io.smallrye.common.annotation.Blocking;
import io.smallrye.reactive.messaging.kafka.KafkaRecordBatch;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.nuanxin.common.consumer.IdempotentConsumer;
import org.nuanxin.common.event.EventEnvelope;
import org.nuanxin.common.outage.RetryOnOutage;

import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletionStage;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;

import static org.nuanxin.gateway.supervision.EventData.time;
import static org.nuanxin.gateway.supervision.EventData.uuid;

/**
 * Applies care-home-service events to the site figures: each site and whether it meets the standard (the latest
 * change wins), the families each site serves (the latest join or leave wins), and activities with their attendance.
 */
@ApplicationScoped
public class CareHomeEventsProjection {

    static final String TOPIC = "carehome.events";
    static final String CONSUMER = "supervision-care-home";
    static final String SITE_OPENED = "org.nuanxin.carehome.site-opened.v1";
    static final String SITE_UPDATED = "org.nuanxin.carehome.site-updated.v1";
    static final String STANDARD_MET = "org.nuanxin.carehome.standard-met.v1";
    static final String STANDARD_BREACHED = "org.nuanxin.carehome.standard-breached.v1";
    static final String FAMILY_JOINED = "org.nuanxin.carehome.family-joined-site.v1";
    static final String FAMILY_LEFT = "org.nuanxin.carehome.family-left-site.v1";
    static final String ACTIVITY_SCHEDULED = "org.nuanxin.carehome.activity-scheduled.v1";
    static final String ACTIVITY_HELD = "org.nuanxin.carehome.activity-held.v1";

    private final IdempotentConsumer idempotent;
    private final Event<ReadModelChanged> changed;
    private final EntityManager em;
    private final ProjectionBatches batches;

    CareHomeEventsProjection(IdempotentConsumer idempotent, Event<ReadModelChanged> changed, EntityManager em,
                             ProjectionBatches batches) {
        this.idempotent = idempotent;
        this.changed = changed;
        this.em = em;
        this.batches = batches;
    }

    /** Each poll of a partition's events, in order, in one transaction ({@link ProjectionBatches}). */
    @Incoming("care-home-events")
    @Blocking
    public CompletionStage<Void> consume(KafkaRecordBatch<String, String> batch) {
        return batches.applyLive(TOPIC, batch);
    }

    /** One event in a transaction of its own: what a batch that failed falls back to, event by event. */
    @RetryOnOutage
    @Transactional
    public void apply(String payload) {
        idempotent.firstDelivery(CONSUMER, payload, Set.of()).flatMap(this::applyRecorded).ifPresent(changed::fire);
    }

    /**
     * Applies an event a batch has recorded as processed, within the batch's transaction; answers the district whose
     * screens to tell, if it changed the figures.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<ReadModelChanged> applyRecorded(EventEnvelope event) {
        return project(event) ? Optional.of(new ReadModelChanged(event.data().path("districtCode").asText()))
                : Optional.empty();
    }

    /**
     * A rebuild's: applies an event the rebuild has recorded as processed, within the caller's transaction (one batch
     * of the replay, {@link SupervisionRebuild}), and tells no screen; the rebuild tells them all once, at its end.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void replay(EventEnvelope event) {
        project(event);
    }

    /** Changes the figures by one event; false for an event that does not change them. */
    private boolean project(EventEnvelope event) {
        JsonNode data = event.data();
        return switch (event.type()) {
            case SITE_OPENED, SITE_UPDATED -> site(data, District.of(event),
                    time(data, data.hasNonNull("openedAt") ? "openedAt" : "updatedAt"));
            case STANDARD_MET -> standard(data, District.of(event), true);
            case STANDARD_BREACHED -> standard(data, District.of(event), false);
            case FAMILY_JOINED -> siteFamily(data, District.of(event), true);
            case FAMILY_LEFT -> siteFamily(data, District.of(event), false);
            case ACTIVITY_SCHEDULED -> activity(data, District.of(event), false);
            case ACTIVITY_HELD -> activity(data, District.of(event), true);
            default -> false;
        };
    }

    private boolean site(JsonNode data, String districtCode, OffsetDateTime at) {
        em.createNativeQuery("""
                        INSERT INTO supervised_site (site_id, name, district_code, updated_at) VALUES (:id, :name, :district, :at)
                        ON CONFLICT (site_id) DO UPDATE SET name = :name, district_code = :district, updated_at = :at
                        WHERE supervised_site.updated_at <= :at""")
                .setParameter("id", uuid(data, "siteId")).setParameter("name", data.path("name").asText())
                .setParameter("district", districtCode).setParameter("at", at)
                .executeUpdate();
        return true;
    }

    /** Met or breached: the latest wins; a site not yet opened here gets a placeholder row its opening fills in. */
    private boolean standard(JsonNode data, String districtCode, boolean met) {
        OffsetDateTime at = time(data, "changedAt");
        String shortfalls = StreamSupport.stream(data.path("shortfalls").spliterator(), false)
                .map(JsonNode::asText).sorted().collect(Collectors.joining(","));
        em.createNativeQuery("""
                        INSERT INTO supervised_site (site_id, name, district_code, meets_standard, shortfalls, standard_at, updated_at)
                        VALUES (:id, '', :district, :met, :shortfalls, :at, '-infinity')
                        ON CONFLICT (site_id) DO UPDATE SET meets_standard = :met, shortfalls = :shortfalls, standard_at = :at
                        WHERE supervised_site.standard_at IS NULL OR supervised_site.standard_at <= :at""")
                .setParameter("id", uuid(data, "siteId")).setParameter("district", districtCode)
                .setParameter("met", met).setParameter("shortfalls", shortfalls).setParameter("at", at)
                .executeUpdate();
        return true;
    }

    private boolean siteFamily(JsonNode data, String districtCode, boolean joined) {
        em.createNativeQuery("""
                        INSERT INTO supervised_site_family (site_id, family_id, district_code, category, joined, changed_at)
                        VALUES (:site, :family, :district, :category, :joined, :at)
                        ON CONFLICT (site_id, family_id) DO UPDATE SET joined = :joined, changed_at = :at,
                            district_code = :district, category = :category
                        WHERE supervised_site_family.changed_at <= :at""")
                .setParameter("site", uuid(data, "siteId")).setParameter("family", uuid(data, "familyId"))
                .setParameter("district", districtCode).setParameter("category", data.path("category").asText())
                .setParameter("joined", joined).setParameter("at", time(data, "changedAt"))
                .executeUpdate();
        return true;
    }

    private boolean activity(JsonNode data, String districtCode, boolean held) {
        em.createNativeQuery("""
                        INSERT INTO supervised_activity (activity_id, site_id, district_code, kind, starts_at, held, registered, attended)
                        VALUES (:id, :site, :district, :kind, :startsAt, :held, :registered, :attended)
                        ON CONFLICT (activity_id) DO UPDATE SET
                            starts_at = :startsAt, kind = :kind,
                            held = supervised_activity.held OR :held,
                            registered = CASE WHEN :held THEN :registered ELSE supervised_activity.registered END,
                            attended = CASE WHEN :held THEN :attended ELSE supervised_activity.attended END""")
                .setParameter("id", uuid(data, "activityId")).setParameter("site", uuid(data, "siteId"))
                .setParameter("district", districtCode).setParameter("kind", data.path("kind").asText())
                .setParameter("startsAt", time(data, "startsAt")).setParameter("held", held)
                .setParameter("registered", data.path("registered").asInt())
                .setParameter("attended", data.path("attended").asInt())
                .executeUpdate();
        return true;
    }
}
