package org.nuanxin.gateway.supervision;

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

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.function.Consumer;

/**
 * Rebuilds every supervision read model from the topics: empties the read models and the projections' record of
 * processed events, then reads each topic from offset zero up to its end as it was when the rebuild began and
 * applies every event through the same projection the live consumers use. Events arriving meanwhile are applied
 * once, by whichever of the two meets them first. Events that cannot be applied are counted and skipped (the live
 * consumer has parked them on the dead-letter topic already). Alerts, targets and the daily trend are not read
 * models of the topics and stay.
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

    private final EntityManager em;
    private final Event<ReadModelChanged> changed;
    private final Map<String, Consumer<String>> projections = new LinkedHashMap<>();
    private final String bootstrapServers;

    SupervisionRebuild(EntityManager em, Event<ReadModelChanged> changed, FamilyEventsProjection families,
                       VolunteerEventsProjection volunteers, InsuranceEventsProjection insurance,
                       CareHomeEventsProjection sites, @ConfigProperty(name = "kafka.bootstrap.servers") String bootstrapServers) {
        this.em = em;
        this.changed = changed;
        this.bootstrapServers = bootstrapServers;
        projections.put("family.events", families::apply);
        projections.put("volunteer.events", volunteers::apply);
        projections.put("insurance.events", insurance::apply);
        projections.put("carehome.events", sites::apply);
    }

    public synchronized Result rebuild() {
        long started = System.nanoTime();
        empty();
        long events = 0;
        long skipped = 0;
        for (Map.Entry<String, Consumer<String>> projection : projections.entrySet()) {
            long[] counts = replay(projection.getKey(), projection.getValue());
            events += counts[0];
            skipped += counts[1];
        }
        fireEverywhere();
        Result result = new Result(events, skipped, Duration.ofNanos(System.nanoTime() - started).toMillis());
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

    private long[] replay(String topic, Consumer<String> apply) {
        Properties config = new Properties();
        config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        config.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, "2000");
        long applied = 0;
        long skipped = 0;
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(config, new StringDeserializer(), new StringDeserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic, Duration.ofSeconds(10)).stream()
                    .map(p -> new TopicPartition(topic, p.partition())).toList();
            if (partitions.isEmpty()) {
                return new long[]{0, 0};
            }
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            while (partitions.stream().anyMatch(p -> consumer.position(p) < end.get(p))) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(500))) {
                    if (record.offset() >= end.get(new TopicPartition(record.topic(), record.partition()))) {
                        continue;
                    }
                    try {
                        apply.accept(record.value());
                        applied++;
                    } catch (RuntimeException e) {
                        skipped++;
                    }
                }
            }
        }
        return new long[]{applied, skipped};
    }
}
