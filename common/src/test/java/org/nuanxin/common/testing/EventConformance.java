package org.nuanxin.common.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import io.cloudevents.CloudEvent;
import io.quarkus.arc.Arc;
import io.quarkus.arc.InstanceHandle;
import io.quarkus.test.junit.callback.QuarkusTestAfterAllCallback;
import io.quarkus.test.junit.callback.QuarkusTestContext;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.eclipse.microprofile.config.ConfigProvider;
import org.nuanxin.common.outbox.OutboxRelay;

import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * After each {@code @QuarkusTest} class, reads every event the service has put on its own topic
 * ({@code mp.messaging.outgoing.domain-events.topic}) since the last class, and fails the class unless each one
 * parses with the CloudEvents SDK ({@link CloudEvents#parse}: also the Kafka key is the subject), its type names a
 * version ({@code ….v1}), and its {@code data} is valid against the JSON Schema documented for that type and version,
 * {@code events/<type>.json} in the service's resources. An event type without a schema fails.
 * <p>
 * The outbox is relayed first, so the events of the class's last requests are on the topic when it is read. Registered
 * for every {@code @QuarkusTest} through {@code META-INF/services/io.quarkus.test.junit.callback.QuarkusTestAfterAllCallback}
 * in common's test-jar, on in every service unless it opted out ({@link Contracts}).
 */
public class EventConformance implements QuarkusTestAfterAllCallback {

    private static final Pattern VERSIONED = Pattern.compile("org\\.nuanxin\\.[a-z-]+\\.[a-z-]+\\.v[0-9]+");
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final JsonSchemaFactory SCHEMAS = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
    private static final SchemaValidatorsConfig CONFIG = SchemaValidatorsConfig.builder()
            .formatAssertionsEnabled(true).build();

    /** Where the previous class stopped reading, per partition. */
    private static final Map<TopicPartition, Long> READ = new ConcurrentHashMap<>();
    private static final Map<String, Optional<JsonSchema>> LOADED = new ConcurrentHashMap<>();
    private static int checked;

    @Override
    public void afterAll(QuarkusTestContext context) {
        Optional<String> topic = ConfigProvider.getConfig()
                .getOptionalValue("mp.messaging.outgoing.domain-events.topic", String.class);
        if (topic.isEmpty() || !Contracts.enabled()) {
            return;
        }
        relayOutbox();
        List<String> faults = check(topic.get());
        if (!faults.isEmpty()) {
            // one line per distinct fault, with how often and the first event that has it
            Map<String, List<String>> byFault = new java.util.LinkedHashMap<>();
            for (String fault : faults) {
                String[] parts = fault.split("\u0000", 2);
                byFault.computeIfAbsent(parts[0], k -> new ArrayList<>()).add(parts.length > 1 ? parts[1] : "");
            }
            StringBuilder message = new StringBuilder(faults.size() + " event(s) on " + topic.get()
                    + " do not match their documented schema:");
            byFault.forEach((fault, examples) -> message.append("\n  ").append(examples.size()).append(" x ")
                    .append(fault).append(examples.get(0)));
            if (Contracts.collecting()) {
                try {
                    java.nio.file.Files.writeString(java.nio.file.Path.of("target", "event-conformance-violations.txt"),
                            message + "\n", java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.APPEND);
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
                return;
            }
            throw new AssertionError(message.toString());
        }
    }

    /** How many events all classes of this JVM have checked so far. */
    public static synchronized int checked() {
        return checked;
    }

    private static void relayOutbox() {
        try (InstanceHandle<OutboxRelay> relay = Arc.container().instance(OutboxRelay.class)) {
            if (relay.isAvailable()) {
                relay.get().drain();
            }
        }
    }

    /** One line per event that fails, from where the previous class stopped to the end of the topic. */
    static synchronized List<String> check(String topic) {
        List<String> faults = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, RealInfrastructure.shared().endpoints().kafkaBootstrapServers(),
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false"),
                new StringDeserializer(), new StringDeserializer())) {
            List<PartitionInfo> infos = consumer.partitionsFor(topic, Duration.ofSeconds(30));
            if (infos == null || infos.isEmpty()) {
                return faults;
            }
            List<TopicPartition> partitions = infos.stream()
                    .map(info -> new TopicPartition(info.topic(), info.partition())).toList();
            consumer.assign(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            Map<TopicPartition, Long> start = new HashMap<>();
            for (TopicPartition partition : partitions) {
                long from = READ.getOrDefault(partition, 0L);
                start.put(partition, from);
                consumer.seek(partition, from);
            }
            Instant deadline = Instant.now().plus(Duration.ofMinutes(2));
            while (partitions.stream().anyMatch(p -> consumer.position(p) < end.get(p))) {
                if (Instant.now().isAfter(deadline)) {
                    throw new AssertionError("could not read " + topic + " to its end " + end);
                }
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(500))) {
                    TopicPartition partition = new TopicPartition(record.topic(), record.partition());
                    if (record.offset() < end.get(partition)) {
                        fault(record).ifPresent(faults::add);
                        checked++;
                    }
                }
            }
            READ.putAll(end);
        }
        return faults;
    }

    /** What is wrong with this record, if anything. */
    static Optional<String> fault(ConsumerRecord<String, String> record) {
        String at = "";
        CloudEvent event;
        try {
            event = CloudEvents.parse(record);
        } catch (RuntimeException | AssertionError e) {
            return Optional.of(record.topic() + ": not a CloudEvent: " + e.getMessage() + "\u0000 (offset "
                    + record.offset() + ": " + record.value() + ")");
        }
        String type = event.getType();
        at = type;
        if (!VERSIONED.matcher(type).matches()) {
            return Optional.of(at + ": the type names no schema version (org.nuanxin.<service>.<event>.v<n>)");
        }
        if (!"application/json".equals(event.getDataContentType())) {
            return Optional.of(at + ": datacontenttype is " + event.getDataContentType() + ", not application/json");
        }
        Optional<JsonSchema> schema = schema(type);
        if (schema.isEmpty()) {
            return Optional.of(at + ": no schema documented (events/" + type + ".json)");
        }
        JsonNode data = CloudEvents.json(event);
        Set<ValidationMessage> messages = schema.get().validate(data);
        if (messages.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(at + ": " + messages.stream().map(ValidationMessage::getMessage).sorted().toList()
                + "\u0000, e.g. " + data);
    }

    /** The schema documented for a type, from the service's {@code events/} resources. */
    public static Optional<JsonSchema> schema(String type) {
        return LOADED.computeIfAbsent(type, t -> {
            ClassLoader loader = Thread.currentThread().getContextClassLoader();
            try (InputStream in = loader.getResourceAsStream("events/" + t + ".json")) {
                if (in == null) {
                    return Optional.empty();
                }
                return Optional.of(SCHEMAS.getSchema(MAPPER.readTree(in), CONFIG));
            } catch (IOException e) {
                throw new IllegalStateException("unreadable schema events/" + t + ".json", e);
            }
        });
    }
}
