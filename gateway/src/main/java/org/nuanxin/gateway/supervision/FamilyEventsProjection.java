package org.nuanxin.gateway.supervision;

import com.fasterxml.jackson.databind.JsonNode;
import io.smallrye.common.annotation.Blocking;
import io.smallrye.reactive.messaging.kafka.KafkaRecordBatch;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.nuanxin.common.consumer.IdempotentConsumer;
import org.nuanxin.common.event.EventEnvelope;
import org.nuanxin.common.outage.RetryOnOutage;

import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletionStage;

/**
 * Applies family-service events to the supervision read models, once per event id even when Kafka delivers
 * an event again (after a crash or a rebalance): registrations add an active family, closures end it, corrections
 * move it between categories or districts; coverage, contacts, risk and follow-ups feed the figures of
 * {@link FamilyCadenceModel}. Each poll is applied in one transaction ({@link ProjectionBatches}); an event that
 * cannot be applied, naming an unknown district say, goes to the dead-letter topic alone.
 */
@ApplicationScoped
public class FamilyEventsProjection {

    static final String TOPIC = "family.events";
    static final String CONSUMER = "supervision-families";
    static final String FAMILY_REGISTERED = "org.nuanxin.family.family-registered.v1";
    static final String FAMILY_UPDATED = "org.nuanxin.family.family-updated.v1";
    static final String FAMILY_CLOSED = "org.nuanxin.family.family-closed.v1";
    static final String COVERAGE_CHANGED = "org.nuanxin.family.coverage-changed.v1";
    static final String CONTACT_RECORDED = "org.nuanxin.family.contact-recorded.v1";
    static final String FOLLOW_UP_OVERDUE = "org.nuanxin.family.follow-up-overdue.v1";
    static final String FOLLOW_UP_COMPLETED = "org.nuanxin.family.follow-up-completed.v1";
    static final String NEEDS_ASSESSED = "org.nuanxin.family.needs-assessed.v1";

    private final IdempotentConsumer idempotent;
    private final Event<ReadModelChanged> changed;
    private final FamilyCadenceModel families;
    private final ProjectionBatches batches;

    FamilyEventsProjection(IdempotentConsumer idempotent, Event<ReadModelChanged> changed,
                           FamilyCadenceModel families, ProjectionBatches batches) {
        this.idempotent = idempotent;
        this.changed = changed;
        this.families = families;
        this.batches = batches;
    }

    /** Each poll of a partition's events (in order: a family's events share a partition), in one transaction. */
    @Incoming("family-events")
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
     * Applies an event a batch has recorded as processed, within the batch's transaction; answers the screens to
     * tell, if it changed the figures (every screen for a correction, which may have moved the family out of another
     * district).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<ReadModelChanged> applyRecorded(EventEnvelope event) {
        if (!project(event)) {
            return Optional.empty();
        }
        return Optional.of(new ReadModelChanged(FAMILY_UPDATED.equals(event.type()) ? null
                : event.data().path("districtCode").asText(null)));
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
            case FAMILY_REGISTERED -> families.registered(data, District.of(event));
            case FAMILY_UPDATED -> families.updated(data, District.of(event));
            case FAMILY_CLOSED -> families.closed(data);
            case COVERAGE_CHANGED -> families.coverageChanged(data);
            case CONTACT_RECORDED -> families.contactRecorded(data);
            case NEEDS_ASSESSED -> families.needsAssessed(data);
            case FOLLOW_UP_OVERDUE -> families.followUp(data, true, false);
            case FOLLOW_UP_COMPLETED -> families.followUp(data, false, true);
            // other family events do not change these figures
            default -> false;
        };
    }

}
