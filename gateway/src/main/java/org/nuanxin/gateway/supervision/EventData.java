package org.nuanxin.gateway.supervision;

import com.fasterxml.jackson.databind.JsonNode;

import java.time.OffsetDateTime;
import java.util.UUID;

/** Reads the typed fields the projections take from an event's data; a malformed one fails the event (dead letter). */
final class EventData {

    private EventData() {
    }

    static UUID uuid(JsonNode data, String field) {
        return UUID.fromString(data.path(field).asText());
    }

    static OffsetDateTime time(JsonNode data, String field) {
        return OffsetDateTime.parse(data.path(field).asText());
    }
}
