package org.nuanxin.volunteer.testing;

import io.quarkus.narayana.jta.QuarkusTransaction;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.nuanxin.common.testing.RealInfrastructure;
import org.nuanxin.volunteer.family.FamilyDirectoryEntry;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;

/** Plays family-service: writes family events onto the real broker and waits until the directory applied them. */
public final class Families {

    private static KafkaProducer<String, String> producer;

    private Families() {
    }

    /** A new active family in {@code districtCode}, known to the directory when this returns. */
    public static String registered(String districtCode) {
        String familyId = UUID.randomUUID().toString();
        publish(familyId, familyRegistered(UUID.randomUUID().toString(), familyId, districtCode));
        awaitEntry(familyId, entry -> entry != null);
        return familyId;
    }

    /** Closes the family (MOVED_AWAY) and waits until the directory knows it. */
    public static void closed(String familyId, String districtCode) {
        publish(familyId, """
                {"specversion":"1.0","id":"%s","source":"/nuanxin/family-service",
                 "type":"org.nuanxin.family.family-closed.v1","subject":"%s","time":"2026-11-29T09:00:00Z",
                 "datacontenttype":"application/json",
                 "data":{"familyId":"%s","category":"BEREAVED","districtCode":"%s","status":"MOVED_AWAY",
                         "closedAt":"2026-11-29T09:00:00Z"}}
                """.formatted(UUID.randomUUID(), familyId, familyId, districtCode));
        awaitEntry(familyId, entry -> entry != null && "MOVED_AWAY".equals(entry.status));
    }

    public static String familyRegistered(String eventId, String familyId, String districtCode) {
        return """
                {"specversion":"1.0","id":"%s","source":"/nuanxin/family-service",
                 "type":"org.nuanxin.family.family-registered.v1","subject":"%s",
                 "time":"2026-11-29T08:00:00Z","datacontenttype":"application/json",
                 "data":{"familyId":"%s","category":"BEREAVED","districtCode":"%s","street":"莲前街道",
                         "community":"前埔社区","memberCount":2,"registeredAt":"2026-11-29T08:00:00Z"}}
                """.formatted(eventId, familyId, familyId, districtCode);
    }

    public static FamilyDirectoryEntry entry(String familyId) {
        return QuarkusTransaction.requiringNew().call(() -> FamilyDirectoryEntry.findById(UUID.fromString(familyId)));
    }

    public static FamilyDirectoryEntry awaitEntry(String familyId, Predicate<FamilyDirectoryEntry> until) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        FamilyDirectoryEntry entry = entry(familyId);
        while (!until.test(entry)) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("the family directory did not apply the event for " + familyId);
            }
            sleep(100);
            entry = entry(familyId);
        }
        return entry;
    }

    public static synchronized void publish(String key, String value) {
        if (producer == null) {
            producer = new KafkaProducer<>(Map.of(
                    ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, RealInfrastructure.shared().endpoints().kafkaBootstrapServers(),
                    ProducerConfig.ACKS_CONFIG, "all"), new StringSerializer(), new StringSerializer());
            Runtime.getRuntime().addShutdownHook(new Thread(producer::close));
        }
        // as family-service's outbox relay sends it: CloudEvents structured mode
        ProducerRecord<String, String> record = new ProducerRecord<>("family.events", key, value);
        record.headers().add("content-type", "application/cloudevents+json; charset=UTF-8".getBytes(StandardCharsets.UTF_8));
        try {
            producer.send(record).get();
        } catch (Exception e) {
            throw new IllegalStateException("could not publish to family.events", e);
        }
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
