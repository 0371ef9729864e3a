package org.nuanxin.common.consumer;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/**
 * Makes a consumer's effect happen once per event: the event id is recorded in the consumer's own
 * transaction, together with the effect. A redelivered event finds its id and is skipped; a failed
 * transaction forgets both.
 */
@ApplicationScoped
public class IdempotentConsumer {

    private final EntityManager entityManager;

    IdempotentConsumer(EntityManager entityManager) {
        this.entityManager = entityManager;
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
