package org.nuanxin.common.consumer;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.nuanxin.common.event.EventEnvelope;

import java.util.Optional;
import java.util.Set;

/**
 * Makes a consumer's effect happen once per event: the event id is recorded in the consumer's own
 * transaction, together with the effect. A redelivered event finds its id and is skipped; a failed
 * transaction forgets both.
 */
@ApplicationScoped
public class IdempotentConsumer {

    private final EntityManager entityManager;
    private final ObjectMapper mapper;

    IdempotentConsumer(EntityManager entityManager, ObjectMapper mapper) {
        this.entityManager = entityManager;
        this.mapper = mapper;
    }

    /**
     * Reads a record's text as a structured-mode CloudEvent and hands it back the first time {@code consumer}
     * sees it in a committed transaction; empty for a redelivery, and for an event of a type outside
     * {@code types} (then nothing is recorded: there is nothing to apply). Something that is not a CloudEvent
     * is an {@link IllegalArgumentException}, for the channel's dead-letter strategy.
     *
     * @param types the types the consumer applies; empty for all
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<EventEnvelope> firstDelivery(String consumer, String payload, Set<String> types) {
        EventEnvelope event = read(payload);
        if (!types.isEmpty() && !types.contains(event.type())) {
            return Optional.empty();
        }
        return firstDelivery(consumer, event.id()) ? Optional.of(event) : Optional.empty();
    }

    /**
     * A record's text as a structured-mode CloudEvent, nothing recorded; something that is not one (unreadable, or
     * without id or type) is an {@link IllegalArgumentException}, for the channel's dead-letter strategy.
     */
    public EventEnvelope read(String payload) {
        EventEnvelope event;
        try {
            event = mapper.readValue(payload, EventEnvelope.class);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not a CloudEvent: " + e.getOriginalMessage());
        }
        if (event == null || event.id() == null || event.type() == null) {
            throw new IllegalArgumentException("not a CloudEvent: id and type are required");
        }
        return event;
    }

    /**
     * @return true the first time {@code consumer} sees {@code eventId} in a committed transaction; the caller
     * applies the event only then
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean firstDelivery(String consumer, String eventId) {
        int inserted = entityManager.createNativeQuery(
                        "INSERT INTO processed_event (consumer, event_id) VALUES (:consumer, :eventId) "
                                + "ON CONFLICT DO NOTHING")
                .setParameter("consumer", consumer)
                .setParameter("eventId", eventId)
                .executeUpdate();
        return inserted == 1;
    }
}
