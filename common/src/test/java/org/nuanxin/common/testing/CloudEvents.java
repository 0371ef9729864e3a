package org.nuanxin.common.testing;

import io.cloudevents.CloudEvent;
import io.cloudevents.core.format.EventFormat;
import io.cloudevents.core.provider.EventFormatProvider;
import io.cloudevents.jackson.JsonFormat;
import org.apache.kafka.clients.consumer.ConsumerRecord;

import java.nio.charset.StandardCharsets;

/** Reads an event off the broker with the CloudEvents SDK: if the SDK accepts it, any consumer will. */
public final class CloudEvents {

    private static final EventFormat JSON = EventFormatProvider.getInstance().resolveFormat(JsonFormat.CONTENT_TYPE);

    private CloudEvents() {
    }

    public static CloudEvent parse(ConsumerRecord<String, String> record) {
        return JSON.deserialize(record.value().getBytes(StandardCharsets.UTF_8));
    }

    /** The event's data as JSON text. */
    public static String data(CloudEvent event) {
        return event.getData() == null ? "" : new String(event.getData().toBytes(), StandardCharsets.UTF_8);
    }
}
