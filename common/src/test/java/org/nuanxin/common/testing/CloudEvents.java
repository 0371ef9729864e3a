package org.nuanxin.common.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.cloudevents.CloudEvent;
import io.cloudevents.core.format.EventFormat;
import io.cloudevents.core.provider.EventFormatProvider;
import io.cloudevents.jackson.JsonFormat;
import org.apache.kafka.clients.consumer.ConsumerRecord;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Reads an event off the broker with the CloudEvents SDK: if the SDK accepts it, any consumer will. */
public final class CloudEvents {

    private static final EventFormat JSON = EventFormatProvider.getInstance().resolveFormat(JsonFormat.CONTENT_TYPE);
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private CloudEvents() {
    }

    public static CloudEvent parse(ConsumerRecord<String, String> record) {
        CloudEvent event = JSON.deserialize(record.value().getBytes(StandardCharsets.UTF_8));
        if (record.key() != null && !record.key().equals(event.getSubject())) {
            throw new AssertionError("Kafka key " + record.key() + " is not the event's subject " + event.getSubject());
        }
        return event;
    }

    /** The event's data as JSON text. */
    public static String data(CloudEvent event) {
        return event.getData() == null ? "" : new String(event.getData().toBytes(), StandardCharsets.UTF_8);
    }

    /** The event's data as a JSON tree, to assert on single fields. */
    public static JsonNode json(CloudEvent event) {
        try {
            return MAPPER.readTree(data(event));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
