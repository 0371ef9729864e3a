package org.nuanxin.common.outbox;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.nuanxin.common.event.EventEnvelope;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

/**
 * Records a domain event in the caller's transaction. If the transaction rolls back, the event is gone with
 * it; if it commits, {@link OutboxRelay} delivers it to Kafka.
 */
@ApplicationScoped
public class Outbox {

    private final ObjectMapper mapper;
    private final Event<OutboxWritten> written;
    private final String topic;
    private final String source;

    Outbox(ObjectMapper mapper, Event<OutboxWritten> written,
           @ConfigProperty(name = "mp.messaging.outgoing.domain-events.topic") String topic,
           @ConfigProperty(name = "quarkus.application.name") String applicationName) {
        this.mapper = mapper;
        this.written = written;
        this.topic = topic;
        this.source = "/nuanxin/" + applicationName;
    }

    /**
     * @param aggregateType e.g. {@code family}
     * @param aggregateId   the Kafka key, so every event of one aggregate stays in order
     * @param eventType     versioned CloudEvents type, e.g. {@code org.nuanxin.family.family-registered.v1}
     * @param data          the event body (a record of the service's events package)
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public EventEnvelope publish(String aggregateType, Object aggregateId, String eventType, Object data) {
        UUID id = UUID.randomUUID();
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        EventEnvelope envelope = new EventEnvelope(EventEnvelope.SPEC_VERSION, id.toString(), source, eventType,
                aggregateId.toString(), now, EventEnvelope.JSON, mapper.valueToTree(data));

        OutboxEvent row = new OutboxEvent();
        row.id = id;
        row.topic = topic;
        row.aggregateType = aggregateType;
        row.aggregateId = aggregateId.toString();
        row.eventType = eventType;
        row.occurredAt = now;
        try {
            row.payload = mapper.writeValueAsString(envelope);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("event " + eventType + " cannot be serialised", e);
        }
        row.persist();
        written.fire(new OutboxWritten());
        return envelope;
    }
}
