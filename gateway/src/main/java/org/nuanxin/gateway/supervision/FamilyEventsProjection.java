package org.nuanxin.gateway.supervision;

import com.fasterxml.jackson.databind.JsonNode;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.nuanxin.common.consumer.IdempotentConsumer;
import org.nuanxin.common.event.EventEnvelope;

import java.time.ZoneOffset;
import java.util.Set;

/**
 * Applies family-service events to the supervision read models, once per event id even when Kafka delivers
 * an event again (after a crash or a rebalance): registrations add an active family, closures remove it,
 * a corrected category moves it between the counts; coverage, contacts and follow-ups feed the per-family
 * model behind the coverage and cadence figures ({@link FamilyCadenceModel}).
 */
@ApplicationScoped
public class FamilyEventsProjection {

    static final String CONSUMER = "supervision-families";
    static final String FAMILY_REGISTERED = "org.nuanxin.family.family-registered.v1";
    static final String FAMILY_UPDATED = "org.nuanxin.family.family-updated.v1";
    static final String FAMILY_CLOSED = "org.nuanxin.family.family-closed.v1";
    static final String COVERAGE_CHANGED = "org.nuanxin.family.coverage-changed.v1";
    static final String CONTACT_RECORDED = "org.nuanxin.family.contact-recorded.v1";
    static final String FOLLOW_UP_OVERDUE = "org.nuanxin.family.follow-up-overdue.v1";
    static final String FOLLOW_UP_COMPLETED = "org.nuanxin.family.follow-up-completed.v1";


    private final IdempotentConsumer idempotent;
    private final Event<ReadModelChanged> changed;
    private final FamilyCadenceModel families;

    FamilyEventsProjection(IdempotentConsumer idempotent, Event<ReadModelChanged> changed,
                           FamilyCadenceModel families) {
        this.idempotent = idempotent;
        this.changed = changed;
        this.families = families;
    }

    @Incoming("family-events")
    @Blocking
    @Transactional
    public void apply(String payload) {
        EventEnvelope event = idempotent.firstDelivery(CONSUMER, payload, Set.of()).orElse(null);
        if (event == null) {
            return;
        }
        JsonNode data = event.data();
        boolean applied = switch (event.type()) {
            case FAMILY_REGISTERED -> {
                families.registered(data);
                yield count(event, data.path("category").asText(), +1);
            }
            case FAMILY_CLOSED -> {
                families.closed(data);
                yield count(event, data.path("category").asText(), -1);
            }
            case FAMILY_UPDATED -> {
                families.updated(data);
                yield recategorised(event);
            }
            case COVERAGE_CHANGED -> {
                families.coverageChanged(data);
                yield true;
            }
            case CONTACT_RECORDED -> {
                families.contactRecorded(data);
                yield true;
            }
            case FOLLOW_UP_OVERDUE -> {
                families.followUp(data, true, false);
                yield true;
            }
            case FOLLOW_UP_COMPLETED -> {
                families.followUp(data, false, true);
                yield true;
            }
            // other family events do not change these figures
            default -> false;
        };
        if (applied) {
            changed.fire(new ReadModelChanged());
        }
    }

    private boolean recategorised(EventEnvelope event) {
        String now = event.data().path("category").asText();
        String before = event.data().path("previousCategory").asText();
        if (now.equals(before)) {
            return false;
        }
        count(event, before, -1);
        return count(event, now, +1);
    }

    /** One atomic change of one counter, so gateway instances sharing the consumer group never lose an update. */
    private boolean count(EventEnvelope event, String category, int delta) {
        String districtCode = event.data().path("districtCode").asText();
        String column = switch (category) {
            case "BEREAVED" -> "bereaved";
            case "DISABLED_CHILD" -> "disabledChild";
            default -> throw new IllegalArgumentException("unknown category in event " + event.id());
        };
        int updated = DistrictFamilies.update(column + " = " + column + " + ?1, updatedAt = ?2 WHERE districtCode = ?3",
                delta, event.time() == null ? null : event.time().withOffsetSameInstant(ZoneOffset.UTC), districtCode);
        if (updated != 1) {
            throw new IllegalArgumentException("unknown district " + districtCode + " in event " + event.id());
        }
        return true;
    }
}
