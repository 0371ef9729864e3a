package org.nuanxin.e2e;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * After every other journey of this JVM (the last class, see {@code junit-platform.properties}): no full identity
 * number or mobile number is in any process's log output, in any message on any Kafka topic, or in any HTTP
 * response the journeys received, except the responses {@link PiiAllowList} names, to the roles it names. Each
 * check also proves it looked at real material: the journeys registered people with identity numbers and phones
 * ({@link PersonalDataAtRestTest}, {@link VolunteerVisitJourneyTest}), and the detector finds them where they are
 * allowed to be.
 */
@Order(Integer.MAX_VALUE)
class PiiLeakScanTest {

    @BeforeAll
    static void startTheSystem() throws Exception {
        RunningSystem.start();
    }

    @Test
    void shouldShowFullIdentityNumbersAndPhonesOnlyInTheResponsesWhoseRoleNeedsThem() {
        List<ResponseRecorder.Exchange> exchanges = ResponseRecorder.INSTANCE.exchanges();
        List<String> leaks = new ArrayList<>();
        int allowedShown = 0;
        for (ResponseRecorder.Exchange exchange : exchanges) {
            List<PiiDetector.Finding> findings = PiiDetector.scan(exchange.body());
            if (PiiAllowList.allows(exchange)) {
                if (!exchange.roles().isEmpty()) {
                    allowedShown += findings.size();
                }
            } else {
                findings.forEach(finding -> leaks.add(exchange.operation() + " as " + exchange.roles()
                        + " (" + exchange.status() + "): " + finding));
            }
        }
        assertTrue(exchanges.size() >= 30 && ResponseRecorder.INSTANCE.recordedCharacters() > 10_000,
                "the journeys' responses were recorded: " + exchanges.size() + " responses, "
                        + ResponseRecorder.INSTANCE.recordedCharacters() + " characters");
        assertTrue(allowedShown >= 2, "the detector found the registered people's numbers where they are allowed "
                + "(the full record, the visit card), so it would find them elsewhere: " + allowedShown);
        assertEquals(List.of(), leaks, "full identity numbers or phones in responses outside the allow-list");
    }

    @Test
    void shouldWriteNoFullIdentityNumberOrPhoneToAnyLog() throws IOException {
        List<String> leaks = new ArrayList<>();
        long bytes = 0;
        List<Path> logs;
        try (Stream<Path> files = Files.list(RunningSystem.logDirectory())) {
            logs = files.filter(file -> file.getFileName().toString().endsWith(".log")).sorted().toList();
        }
        for (Path log : logs) {
            String text = Files.readString(log, StandardCharsets.UTF_8);
            bytes += text.length();
            PiiDetector.scan(text).forEach(finding -> leaks.add(log.getFileName() + ": " + finding));
        }
        List<String> names = logs.stream().map(log -> log.getFileName().toString()).toList();
        assertTrue(names.containsAll(List.of("family-service.log", "volunteer-service.log", "insurance-service.log",
                "care-home-service.log", "gateway.log")), "every service's and the gateway's output is captured: " + names);
        assertTrue(bytes > 10_000, "the logs hold the run's output: " + bytes + " characters");
        assertEquals(List.of(), leaks, "full identity numbers or phones in the logs");
    }

    @Test
    void shouldPublishNoFullIdentityNumberOrPhoneOnAnyTopic() {
        List<String> leaks = new ArrayList<>();
        int messages = 0;
        Properties config = new Properties();
        config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, RunningSystem.endpoints().kafkaBootstrapServers());
        config.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
        config.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(config)) {
            List<TopicPartition> partitions = new ArrayList<>();
            for (Map.Entry<String, List<PartitionInfo>> topic : consumer.listTopics(Duration.ofSeconds(30)).entrySet()) {
                if (!topic.getKey().startsWith("__")) {
                    topic.getValue().forEach(p -> partitions.add(new TopicPartition(p.topic(), p.partition())));
                }
            }
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> ends = consumer.endOffsets(partitions);
            // reads up to the end offsets taken now; the deadline only stops a broken broker from hanging the build
            Instant deadline = Instant.now().plus(Duration.ofMinutes(2));
            while (!partitions.stream().allMatch(p -> consumer.position(p) >= ends.get(p))
                    && Instant.now().isBefore(deadline)) {
                for (ConsumerRecord<byte[], byte[]> message : consumer.poll(Duration.ofSeconds(1))) {
                    messages++;
                    String text = (message.key() == null ? "" : new String(message.key(), StandardCharsets.UTF_8))
                            + " " + (message.value() == null ? "" : new String(message.value(), StandardCharsets.UTF_8));
                    for (var header : message.headers()) {
                        text += " " + header.key() + "="
                                + (header.value() == null ? "" : new String(header.value(), StandardCharsets.UTF_8));
                    }
                    String where = message.topic() + "@" + message.partition() + ":" + message.offset();
                    PiiDetector.scan(text).forEach(finding -> leaks.add(where + ": " + finding));
                }
            }
            assertTrue(partitions.stream().allMatch(p -> consumer.position(p) >= ends.get(p)),
                    "every message of every topic was read");
            assertTrue(ends.keySet().stream().map(TopicPartition::topic).toList()
                    .containsAll(List.of("family.events", "volunteer.events", "insurance.events")),
                    "the services' topics: " + ends.keySet());
        }
        assertTrue(messages >= 10, "the journeys' events were read: " + messages);
        assertEquals(List.of(), leaks, "full identity numbers or phones in Kafka messages");
    }
}
