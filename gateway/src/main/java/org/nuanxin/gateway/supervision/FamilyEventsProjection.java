package org.nuanxin.gateway.supervision;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;
import org.nuanxin.common.consumer.IdempotentConsumer;
import org.nuanxin.common.event.EventEnvelope;

import java.time.ZoneOffset;

/**
 * Applies family-service events to the supervision read models, once per event id even when Kafka delivers
 * an event again (after a crash or a rebalance).
 */
@ApplicationScoped
public class FamilyEventsProjection {

    static final String CONSUMER = "supervision-families";
    static final String FAMILY_REGISTERED = "org.nuanxin.family.family-registered.v1";

    private static final Logger LOG = Logger.getLogger(FamilyEventsProjection.class);

    private final ObjectMapper mapper;
    private final IdempotentConsumer idempotent;
    private final Event<ReadModelChanged> changed;

    FamilyEventsProjection(ObjectMapper mapper, IdempotentConsumer idempotent, Event<ReadModelChanged> changed) {
        this.mapper = mapper;
        this.idempotent = idempotent;
        this.changed = changed;
    }

    @Incoming("family-events")
    @Blocking
    @Transactional
    public void apply(String payload) throws JsonProcessingException {
        EventEnvelope event = mapper.readValue(payload, EventEnvelope.class);
        if (event.id() == null || event.type() == null) {
            throw new IllegalArgumentException("not a CloudEvent: id and type are required");
        }
        if (!idempotent.firstDelivery(CONSUMER, event.id())) {
            LOG.debugf("event %s already applied", event.id());
            return;
        }
        if (FAMILY_REGISTERED.equals(event.type())) {
            familyRegistered(event);
            changed.fire(new ReadModelChanged());
        }
    }

    /** One atomic increment, so gateway instances sharing the consumer group never lose an update. */
    private void familyRegistered(EventEnvelope event) {
        String districtCode = event.data().path("districtCode").asText();
        String column = switch (event.data().path("category").asText()) {
            case "BEREAVED" -> "bereaved";
            case "DISABLED_CHILD" -> "disabledChild";
            default -> throw new IllegalArgumentException("unknown category in event " + event.id());
        };
        int updated = DistrictFamilies.update(column + " = " + column + " + 1, updatedAt = ?1 WHERE districtCode = ?2",
                event.time() == null ? null : event.time().withOffsetSameInstant(ZoneOffset.UTC), districtCode);
        if (updated != 1) {
            throw new IllegalArgumentException("unknown district " + districtCode + " in event " + event.id());
        }
    }
}
