package org.nuanxin.common.event;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;

import java.time.OffsetDateTime;

/**
 * A domain event as a CloudEvents 1.0 JSON document (structured mode). The same envelope is written to the
 * outbox, sent to Kafka and read by every consumer.
 *
 * @param id      unique per event; consumers deduplicate on it
 * @param source  the producing service, e.g. {@code /nuanxin/family-service}
 * @param type    versioned, e.g. {@code org.nuanxin.family.family-registered.v1}
 * @param subject the aggregate id (also the Kafka key)
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record EventEnvelope(
        String specversion,
        String id,
        String source,
        String type,
        String subject,
        OffsetDateTime time,
        String datacontenttype,
        JsonNode data) {

    public static final String SPEC_VERSION = "1.0";
    public static final String JSON = "application/json";
}
