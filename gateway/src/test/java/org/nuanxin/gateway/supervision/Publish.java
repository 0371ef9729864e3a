package org.nuanxin.gateway.supervision;

import org.nuanxin.common.testing.EventWriter;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.UUID;

/** Plays the services: writes their events straight onto the real broker, as their outbox relays would. */
public final class Publish {

    public static final String FAMILY = "org.nuanxin.family.";
    public static final String VOLUNTEER = "org.nuanxin.volunteer.";
    public static final String INSURANCE = "org.nuanxin.insurance.";
    public static final String CARE_HOME = "org.nuanxin.carehome.";

    private Publish() {
    }

    /** Publishes an event of {@code org.nuanxin.<service>.<name>.v1} under a fresh event id; answers the id. */
    public static String event(String prefix, String name, Object subject, Map<String, ?> data) {
        return event(UUID.randomUUID().toString(), prefix, name, subject, data);
    }

    /** The same, under a given event id (to deliver one event twice). */
    public static String event(String eventId, String prefix, String name, Object subject, Map<String, ?> data) {
        String service = switch (prefix) {
            case FAMILY -> "family-service";
            case VOLUNTEER -> "volunteer-service";
            case INSURANCE -> "insurance-service";
            default -> "care-home-service";
        };
        String topic = switch (prefix) {
            case FAMILY -> "family.events";
            case VOLUNTEER -> "volunteer.events";
            case INSURANCE -> "insurance.events";
            default -> "carehome.events";
        };
        EventWriter.send(topic, subject.toString(),
                EventWriter.cloudEvent(eventId, service, prefix + name + ".v1", subject, data));
        return eventId;
    }

    public static String now() {
        return OffsetDateTime.now(ZoneOffset.UTC).toString();
    }

    public static String ago(Duration duration) {
        return OffsetDateTime.now(ZoneOffset.UTC).minus(duration).toString();
    }

    public static String in(Duration duration) {
        return OffsetDateTime.now(ZoneOffset.UTC).plus(duration).toString();
    }

    /** Registers an active family and answers its id. */
    public static UUID family(String district, String category, int members) {
        return family(district, "殿前街道", category, members);
    }

    public static UUID family(String district, String street, String category, int members) {
        UUID id = UUID.randomUUID();
        event(FAMILY, "family-registered", id, Map.of("familyId", id.toString(), "category", category,
                "districtCode", district, "street", street, "community", "高殿社区", "memberCount", members,
                "registeredAt", now()));
        return id;
    }
}
