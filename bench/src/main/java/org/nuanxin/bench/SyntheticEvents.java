package org.nuanxin.bench;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * family-service's events as its outbox relay writes them (CloudEvents 1.0, structured mode, key = family id, on
 * {@code family.events}), made up by the bench and valid against their documented schemas
 * ({@code family-service/src/main/resources/events/}): for the loads family-service itself cannot make on this machine
 * (more than about 35 registrations/s) and for the million events of the projection replay.
 */
final class SyntheticEvents {

    static final String TOPIC = "family.events";
    static final String SOURCE = "/nuanxin/family-service";
    /** Xiamen's six districts and one street of each. */
    static final List<String[]> DISTRICTS = List.of(
            new String[] {"350203", "鹭江街道"}, new String[] {"350205", "海沧街道"}, new String[] {"350206", "殿前街道"},
            new String[] {"350211", "集美街道"}, new String[] {"350212", "大同街道"}, new String[] {"350213", "新店街道"});

    private SyntheticEvents() {
    }

    /** A producer with the services' settings ({@code acks=all}, idempotent), batching as a busy relay would. */
    static KafkaProducer<String, String> producer(String bootstrap, int lingerMillis) {
        return new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true,
                ProducerConfig.LINGER_MS_CONFIG, lingerMillis,
                ProducerConfig.BATCH_SIZE_CONFIG, 256 * 1024,
                ProducerConfig.COMPRESSION_TYPE_CONFIG, "none",
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName(),
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName()));
    }

    /** The record as the relay sends it: the family id as key, the CloudEvents content type as header. */
    static ProducerRecord<String, String> record(UUID familyId, String event) {
        ProducerRecord<String, String> record = new ProducerRecord<>(TOPIC, familyId.toString(), event);
        record.headers().add("content-type", "application/cloudevents+json; charset=UTF-8".getBytes(StandardCharsets.UTF_8));
        return record;
    }

    static String familyRegistered(UUID familyId, String districtCode, String street, OffsetDateTime at) {
        ObjectNode data = Bench.JSON.createObjectNode()
                .put("familyId", familyId.toString())
                .put("category", familyId.getLeastSignificantBits() % 5 == 0 ? "DISABLED_CHILD" : "BEREAVED")
                .put("districtCode", districtCode)
                .put("street", street)
                .put("community", "示范社区")
                .put("memberCount", 2)
                .put("registeredAt", at.toString());
        return envelope("org.nuanxin.family.family-registered.v1", familyId, at, data);
    }

    static String contactRecorded(UUID familyId, String districtCode, boolean homeVisit, OffsetDateTime at) {
        ObjectNode data = Bench.JSON.createObjectNode()
                .put("familyId", familyId.toString())
                .put("contactId", UUID.randomUUID().toString())
                .put("districtCode", districtCode)
                .put("kind", homeVisit ? "HOME_VISIT" : "PHONE_CALL")
                .put("contactedAt", at.toString())
                .put("durationMinutes", homeVisit ? 45 : 10)
                .put("wellbeing", 4)
                .putNull("followUpDue")
                .put("source", "LIAISON");
        data.putArray("needsObserved");
        return envelope("org.nuanxin.family.contact-recorded.v1", familyId, at, data);
    }

    private static String envelope(String type, UUID familyId, OffsetDateTime at, ObjectNode data) {
        ObjectNode event = Bench.JSON.createObjectNode()
                .put("specversion", "1.0")
                .put("id", UUID.randomUUID().toString())
                .put("source", SOURCE)
                .put("type", type)
                .put("subject", familyId.toString())
                .put("time", at.withOffsetSameInstant(ZoneOffset.UTC).toString())
                .put("datacontenttype", "application/json");
        event.set("data", data);
        return event.toString();
    }
}
