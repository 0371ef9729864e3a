package org.nuanxin.carehome.family;

import com.fasterxml.jackson.databind.JsonNode;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
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
 * Keeps the family directory from family-service's events, once per event id: registration, corrections of category
 * or address, and closing. A closed family, or one moved to another district, leaves its site in the same
 * transaction. The many visit and contact events are skipped without being recorded. An event that cannot be
 * applied goes to the dead-letter topic.
 */
@ApplicationScoped
public class FamilyEventsConsumer {

    static final String CONSUMER = "carehome-family-events";
    static final String REGISTERED = "org.nuanxin.family.family-registered.v1";
    static final String UPDATED = "org.nuanxin.family.family-updated.v1";
    static final String CLOSED = "org.nuanxin.family.family-closed.v1";
    private static final Set<String> APPLIED = Set.of(REGISTERED, UPDATED, CLOSED);

    private final IdempotentConsumer idempotent;
    private final SiteFamilies sites;

    FamilyEventsConsumer(IdempotentConsumer idempotent, SiteFamilies sites) {
        this.idempotent = idempotent;
        this.sites = sites;
    }

    @RetryOnOutage
    @Incoming("family-events")
    @Blocking
    @Transactional
    public void apply(String payload) {
        EventEnvelope event = idempotent.firstDelivery(CONSUMER, payload, APPLIED).orElse(null);
        if (event == null) {
            return;
        }
        JsonNode data = event.data();
        UUID id = UUID.fromString(required(data, "familyId"));
        DirectoryFamily family = DirectoryFamily.findById(id);
        if (family == null) {
            family = new DirectoryFamily();
            family.id = id;
            family.status = DirectoryFamily.ACTIVE;
        }
        family.category = required(data, "category");
        family.districtCode = required(data, "districtCode");
        if (data.hasNonNull("street")) {
            family.street = data.get("street").asText();
        }
        if (CLOSED.equals(event.type())) {
            family.status = required(data, "status");
        } else if (REGISTERED.equals(event.type())) {
            family.status = DirectoryFamily.ACTIVE;
        }
        family.updatedAt = OffsetDateTime.now(ZoneOffset.UTC);
        family.persistAndFlush();
        sites.familyChanged(family);
    }

    private static String required(JsonNode data, String field) {
        String value = data == null ? "" : data.path(field).asText();
        if (value.isBlank()) {
            throw new IllegalArgumentException("family event lacks " + field);
        }
        return value;
    }
}
