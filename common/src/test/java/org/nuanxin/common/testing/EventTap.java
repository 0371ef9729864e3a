package org.nuanxin.common.testing;

import io.cloudevents.CloudEvent;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;

/**
 * Reads a topic of the real test broker from its beginning and parses every record with the CloudEvents SDK
 * ({@link CloudEvents#parse}), so a test sees exactly what any CloudEvents consumer would: a record the SDK
 * rejects fails the test.
 */
public final class EventTap implements AutoCloseable {

    private final KafkaConsumer<String, String> consumer;
    private final List<ConsumerRecord<String, String>> records = new ArrayList<>();
    private final List<CloudEvent> seen = new ArrayList<>();

    public EventTap(String topic) {
        consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, RealInfrastructure.shared().endpoints().kafkaBootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG, "test-tap-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false"),
                new StringDeserializer(), new StringDeserializer());
        consumer.subscribe(List.of(topic));
    }

    /** Events of this type about this subject (the aggregate id, also the Kafka key). */
    public static Predicate<CloudEvent> of(String type, Object subject) {
        return event -> event.getType().equals(type) && String.valueOf(subject).equals(event.getSubject());
    }

    /** Any event about this subject. */
    public static Predicate<CloudEvent> about(Object subject) {
        return event -> String.valueOf(subject).equals(event.getSubject());
    }

    /** Polls until a matching event arrived or the timeout passed; returns the matches seen so far. */
    public List<CloudEvent> await(Predicate<CloudEvent> match, Duration timeout) {
        return await(match, 1, timeout);
    }

    /** Polls until {@code count} matching events arrived or the timeout passed; returns the matches seen so far. */
    public List<CloudEvent> await(Predicate<CloudEvent> match, int count, Duration timeout) {
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline) && seen.stream().filter(match).count() < count) {
            poll();
        }
        return seen.stream().filter(match).toList();
    }

    /** Everything that arrives within {@code window} (use to show that something was NOT published). */
    public List<CloudEvent> collect(Predicate<CloudEvent> match, Duration window) {
        Instant deadline = Instant.now().plus(window);
        while (Instant.now().isBefore(deadline)) {
            poll();
        }
        return seen.stream().filter(match).toList();
    }

    /**
     * The raw records, for topics that may hold what is not a CloudEvent (a dead-letter topic). The
     * CloudEvent methods above parse each record and fail on one the SDK rejects.
     */
    public List<ConsumerRecord<String, String>> awaitRecords(Predicate<ConsumerRecord<String, String>> match,
                                                             Duration timeout) {
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline) && records.stream().noneMatch(match)) {
            consumer.poll(Duration.ofMillis(200)).forEach(records::add);
        }
        return records.stream().filter(match).toList();
    }

    private void poll() {
        consumer.poll(Duration.ofMillis(200)).forEach(record -> {
            records.add(record);
            seen.add(CloudEvents.parse(record));
        });
    }

    @Override
    public void close() {
        consumer.close();
    }
}
