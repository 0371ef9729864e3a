package org.nuanxin.gateway.supervision;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.nuanxin.common.consumer.IdempotentConsumer;
import org.nuanxin.common.event.EventEnvelope;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Rebuilds every supervision read model from the topics: empties the read models and the projections' record of
 * processed events, notes where each topic ends, then reads each topic from offset zero up to that end and applies
 * every event through the same projection the live consumers use. Events arriving meanwhile are applied once, by
 * whichever of the two meets them first. Events that cannot be applied are counted and skipped (the live consumer
 * has parked them on the dead-letter topic already). Alerts, targets and the daily trend are not read models of the
 * topics and stay.
 * <p>
 * The events of one poll (up to {@code nuanxin.supervision.rebuild-batch-size}, 1000) are applied in one transaction,
 * their processed-event records with them (one statement for the batch), and no screen is told until the end: a
 * commit per event would cap the rebuild at the database's commits per second. A batch that fails rolls back whole and is applied again one event
 * per transaction, as the live consumers do (waiting out a database outage), so an event that cannot be applied is
 * skipped alone and every other event of its batch is applied once.
 */
@ApplicationScoped
public class SupervisionRebuild {

    private static final Logger LOG = Logger.getLogger(SupervisionRebuild.class);
    static final List<String> READ_MODELS = List.of("supervised_family", "supervised_visit", "supervised_follow_up",
            "supervised_volunteer", "supervised_hours", "supervised_task", "supervised_call_entry", "supervised_insured",
            "supervised_claim", "supervised_premium_budget", "supervised_site", "supervised_site_family",
            "supervised_activity");

    /** What a rebuild did. */
    public record Result(long events, long skipped, long millis) {
    }

    /** What a batch of a replay did: events applied (or found applied already) and events skipped as unappliable. */
    record Counts(long applied, long skipped) {

        Counts plus(Counts other) {
            return new Counts(applied + other.applied, skipped + other.skipped);
        }
    }

    /**
     * How a topic's events are applied: {@code inBatch}, once recorded as processed for {@code consumer}, within the
     * caller's transaction and telling no screen; {@code alone} in a transaction of its own, as the live consumer does.
     */
    private record Projection(String consumer, Consumer<EventEnvelope> inBatch, Consumer<String> alone) {
    }

    private final EntityManager em;
    /** Reads each event as the live consumers do: one it would refuse fails the batch, applied then event by event. */
    private final IdempotentConsumer idempotent;
    private final Event<ReadModelChanged> changed;
    private final Map<String, Projection> projections = new LinkedHashMap<>();
    private final String bootstrapServers;
    private final int batchSize;

    SupervisionRebuild(EntityManager em, IdempotentConsumer idempotent, Event<ReadModelChanged> changed, FamilyEventsProjection families,
                       VolunteerEventsProjection volunteers, InsuranceEventsProjection insurance,
                       CareHomeEventsProjection sites, @ConfigProperty(name = "kafka.bootstrap.servers") String bootstrapServers,
                       @ConfigProperty(name = "nuanxin.supervision.rebuild-batch-size", defaultValue = "1000") int batchSize) {
        if (batchSize < 1) {
            throw new IllegalArgumentException("nuanxin.supervision.rebuild-batch-size must be at least 1, not " + batchSize);
        }
        this.em = em;
        this.idempotent = idempotent;
        this.changed = changed;
        this.bootstrapServers = bootstrapServers;
        this.batchSize = batchSize;
        projections.put("family.events", new Projection(FamilyEventsProjection.CONSUMER, families::replay, families::apply));
        projections.put("volunteer.events", new Projection(VolunteerEventsProjection.CONSUMER, volunteers::replay, volunteers::apply));
        projections.put("insurance.events", new Projection(InsuranceEventsProjection.CONSUMER, insurance::replay, insurance::apply));
        projections.put("carehome.events", new Projection(CareHomeEventsProjection.CONSUMER, sites::replay, sites::apply));
    }

    public synchronized Result rebuild() {
        long started = System.nanoTime();
        empty();
        Counts counts = new Counts(0, 0);
        try (KafkaConsumer<String, String> consumer = consumer()) {
            // every topic's end as it is now, right after emptying: what comes later is the live consumers' alone
            Map<String, Map<TopicPartition, Long>> ends = new LinkedHashMap<>();
            for (String topic : projections.keySet()) {
                List<TopicPartition> partitions = consumer.partitionsFor(topic, Duration.ofSeconds(10)).stream()
                        .map(p -> new TopicPartition(topic, p.partition())).toList();
                ends.put(topic, partitions.isEmpty() ? Map.of() : consumer.endOffsets(partitions));
            }
            for (Map.Entry<String, Map<TopicPartition, Long>> topic : ends.entrySet()) {
                counts = counts.plus(replay(consumer, topic.getValue(), projections.get(topic.getKey())));
            }
        }
        fireEverywhere();
        Result result = new Result(counts.applied(), counts.skipped(), Duration.ofNanos(System.nanoTime() - started).toMillis());
        LOG.infof("supervision read models rebuilt: %d events applied, %d skipped, %d ms", result.events(),
                result.skipped(), result.millis());
        return result;
    }

    @Transactional
    void empty() {
        em.createNativeQuery("TRUNCATE " + String.join(", ", READ_MODELS)).executeUpdate();
        em.createNativeQuery("DELETE FROM processed_event WHERE consumer LIKE 'supervision-%'").executeUpdate();
    }

    @Transactional
    void fireEverywhere() {
        changed.fire(new ReadModelChanged(null));
    }

    private KafkaConsumer<String, String> consumer() {
        Properties config = new Properties();
        config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        config.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, String.valueOf(batchSize));
        return new KafkaConsumer<>(config, new StringDeserializer(), new StringDeserializer());
    }

    private Counts replay(KafkaConsumer<String, String> consumer, Map<TopicPartition, Long> end, Projection projection) {
        Counts counts = new Counts(0, 0);
        if (end.isEmpty()) {
            return counts;
        }
        consumer.assign(end.keySet());
        consumer.seekToBeginning(end.keySet());
        while (end.keySet().stream().anyMatch(p -> consumer.position(p) < end.get(p))) {
            List<String> batch = new ArrayList<>(batchSize);
            for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(500))) {
                if (record.offset() < end.get(new TopicPartition(record.topic(), record.partition()))) {
                    batch.add(record.value());
                }
            }
            if (!batch.isEmpty()) {
                counts = counts.plus(apply(batch, projection));
            }
        }
        return counts;
    }

    /**
     * Applies one batch of a topic's events in one transaction; if that fails, rolls it back and applies them again
     * one per transaction, skipping (and counting) those that fail alone.
     */
    Counts apply(String topic, List<String> payloads) {
        Projection projection = projections.get(topic);
        if (projection == null) {
            throw new IllegalArgumentException("no projection reads " + topic);
        }
        return apply(payloads, projection);
    }

    private Counts apply(List<String> payloads, Projection projection) {
        try {
            QuarkusTransaction.requiringNew().run(() -> applyTogether(payloads, projection));
            return new Counts(payloads.size(), 0);
        } catch (RuntimeException batchFailed) {
            LOG.debugf("a batch of %d events failed (%s); applying them one by one", payloads.size(), batchFailed.toString());
        }
        long applied = 0;
        long skipped = 0;
        for (String payload : payloads) {
            try {
                projection.alone().accept(payload);
                applied++;
            } catch (RuntimeException e) {
                skipped++;
            }
        }
        return new Counts(applied, skipped);
    }

    /**
     * Records the batch's events as processed, in one statement, and applies those recorded now (not those the live
     * consumer applied first, nor an event's second copy), within the caller's transaction.
     */
    private void applyTogether(List<String> payloads, Projection projection) {
        List<EventEnvelope> events = payloads.stream().map(idempotent::read).toList();
        Set<String> first = firstDeliveries(projection.consumer(), events);
        for (EventEnvelope event : events) {
            if (first.remove(event.id())) {
                projection.inBatch().accept(event);
            }
        }
    }

    /** The ids among these events that {@code consumer} had not processed yet, now recorded as processed. */
    @SuppressWarnings("unchecked")
    private Set<String> firstDeliveries(String consumer, List<EventEnvelope> events) {
        String[] ids = events.stream().map(EventEnvelope::id).distinct().toArray(String[]::new);
        List<Object> recorded = em.createNativeQuery("""
                        INSERT INTO processed_event (consumer, event_id)
                        SELECT :consumer, id FROM unnest(CAST(:ids AS text[])) AS id
                        ON CONFLICT DO NOTHING RETURNING event_id""")
                .setParameter("consumer", consumer).setParameter("ids", ids)
                .getResultList();
        Set<String> first = new HashSet<>();
        recorded.forEach(id -> first.add((String) id));
        return first;
    }
}
