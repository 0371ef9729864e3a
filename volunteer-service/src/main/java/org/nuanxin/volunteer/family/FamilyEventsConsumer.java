package org.nuanxin.volunteer.family;

import com.fasterxml.jackson.databind.JsonNode;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.nuanxin.common.consumer.IdempotentConsumer;
import org.nuanxin.common.event.EventEnvelope;
import org.nuanxin.common.outage.RetryOnOutage;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Set;
import java.util.UUID;

/**
 * Keeps {@link FamilyDirectoryEntry} from family-service's events, once per event id (a redelivery is skipped).
 * A closed family's open tasks are cancelled in the same transaction ({@link FamilyClosed}). An event that cannot
 * be applied goes to the dead-letter topic with its reason and the partition flows on.
 */
@ApplicationScoped
public class FamilyEventsConsumer {

    static final String CONSUMER = "volunteer-family-directory";
    static final String FAMILY_REGISTERED = "org.nuanxin.family.family-registered.v1";
    static final String FAMILY_UPDATED = "org.nuanxin.family.family-updated.v1";
    static final String FAMILY_CLOSED = "org.nuanxin.family.family-closed.v1";
    private static final Set<String> RELEVANT = Set.of(FAMILY_REGISTERED, FAMILY_UPDATED, FAMILY_CLOSED);


    private final IdempotentConsumer idempotent;
    private final Event<FamilyClosed> closed;

    FamilyEventsConsumer(IdempotentConsumer idempotent, Event<FamilyClosed> closed) {
        this.idempotent = idempotent;
        this.closed = closed;
    }

    /** Fired in the consumer's transaction when a family leaves the active registry. */
    public record FamilyClosed(UUID familyId) {
    }

    @RetryOnOutage
    @Incoming("family-events")
    @Blocking
    @Transactional
    public void apply(String payload) {
        // contacts, needs, plans…: nothing to apply, so nothing to remember either
        EventEnvelope event = idempotent.firstDelivery(CONSUMER, payload, RELEVANT).orElse(null);
        if (event == null) {
            return;
        }
        OffsetDateTime at = event.time() == null ? OffsetDateTime.now(ZoneOffset.UTC) : event.time();
        switch (event.type()) {
            case FAMILY_REGISTERED -> upsert(event.data(), FamilyDirectoryEntry.ACTIVE, at);
            case FAMILY_UPDATED -> upsert(event.data(), null, at);
            default -> {
                FamilyDirectoryEntry entry = upsert(event.data(), required(event.data(), "status"), at);
                closed.fire(new FamilyClosed(entry.familyId));
            }
        }
    }

    /** @param status the new status; null keeps the known one (ACTIVE for a family not seen before) */
    private static FamilyDirectoryEntry upsert(JsonNode data, String status, OffsetDateTime at) {
        UUID familyId = UUID.fromString(required(data, "familyId"));
        FamilyDirectoryEntry entry = FamilyDirectoryEntry.findById(familyId);
        boolean known = entry != null;
        if (!known) {
            entry = new FamilyDirectoryEntry();
            entry.familyId = familyId;
            entry.status = FamilyDirectoryEntry.ACTIVE;
        }
        entry.districtCode = required(data, "districtCode");
        if (data.hasNonNull("category")) {
            entry.category = data.get("category").asText();
        }
        if (entry.category == null) {
            throw new IllegalArgumentException("family " + familyId + " has no category");
        }
        if (status != null) {
            entry.status = status;
        }
        entry.updatedAt = at.withOffsetSameInstant(ZoneOffset.UTC);
        if (!known) {
            entry.persist();
        }
        return entry;
    }

    private static String required(JsonNode data, String field) {
        if (data == null || !data.hasNonNull(field) || data.get(field).asText().isBlank()) {
            throw new IllegalArgumentException("family event without " + field);
        }
        return data.get(field).asText();
    }
}
