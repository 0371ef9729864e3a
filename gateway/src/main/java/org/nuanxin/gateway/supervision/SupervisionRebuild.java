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
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * Rebuilds every supervision read model from the topics: empties the read models and the projections' record of
 * processed events, notes where each topic ends, then reads each topic from offset zero up to that end and applies
 * every event through the same projection the live consumers use. Events arriving meanwhile are applied once, by
 * whichever of the two meets them first. Events that cannot be applied are counted and skipped (the live consumer
 * has parked them on the dead-letter topic already). Alerts, targets and the daily trend are not read models of the
 * topics and stay.
 * <p>
 * The events of one poll (up to {@code nuanxin.supervision.rebuild-batch-size}, 1000) are applied in one transaction
 * by {@link ProjectionBatches}, as the live consumers apply theirs, and no screen is told until the end; an event that
 * cannot be applied is skipped alone and every other event of its batch is applied once.
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
    private final ProjectionBatches batches;
    private final Event<ReadModelChanged> changed;
    private final String bootstrapServers;
    private final int batchSize;

    SupervisionRebuild(EntityManager em, ProjectionBatches batches, Event<ReadModelChanged> changed,
                       @ConfigProperty(name = "kafka.bootstrap.servers") String bootstrapServers,
                       @ConfigProperty(name = "nuanxin.supervision.rebuild-batch-size", defaultValue = "1000") int batchSize) {
        if (batchSize < 1) {
            throw new IllegalArgumentException("nuanxin.supervision.rebuild-batch-size must be at least 1, not " + batchSize);
        }
        this.em = em;
        this.batches = batches;
        this.changed = changed;
        this.bootstrapServers = bootstrapServers;
        this.batchSize = batchSize;
    }

    public synchronized Result rebuild() {
        long started = System.nanoTime();
        empty();
        ProjectionBatches.Counts counts = new ProjectionBatches.Counts(0, 0);
        try (KafkaConsumer<String, String> consumer = consumer()) {
            // every topic's end as it is now, right after emptying: what comes later is the live consumers' alone
            Map<String, Map<TopicPartition, Long>> ends = new LinkedHashMap<>();
            for (String topic : ProjectionBatches.topics()) {
                List<TopicPartition> partitions = consumer.partitionsFor(topic, Duration.ofSeconds(10)).stream()
                        .map(p -> new TopicPartition(topic, p.partition())).toList();
                ends.put(topic, partitions.isEmpty() ? Map.of() : consumer.endOffsets(partitions));
            }
            for (Map.Entry<String, Map<TopicPartition, Long>> topic : ends.entrySet()) {
                counts = counts.plus(replay(consumer, topic.getKey(), topic.getValue()));
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

    private ProjectionBatches.Counts replay(KafkaConsumer<String, String> consumer, String topic,
                                            Map<TopicPartition, Long> end) {
        ProjectionBatches.Counts counts = new ProjectionBatches.Counts(0, 0);
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
                counts = counts.plus(batches.replay(topic, batch));
            }
        }
        return counts;
    }
}
