package org.nuanxin.insurance.family;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.nuanxin.common.consumer.IdempotentConsumer;
import org.nuanxin.common.event.EventEnvelope;
import org.nuanxin.common.outbox.Outbox;
import org.nuanxin.insurance.enrolment.InsuredPerson;
import org.nuanxin.insurance.events.EnrolmentEnded;
import org.nuanxin.insurance.rules.BenefitRulesService;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

/**
 * Applies family-service's events, once per event id: a registered family becomes a family whose members can be
 * enrolled, a closed family ends its members' cover on the day it closed (enrolment-ended), and coverage-changed
 * carries the green channel hospitals ask about. The events carry no member data, so members are enrolled by
 * coordinators. An event that cannot be applied goes to the dead-letter topic.
 */
@ApplicationScoped
public class FamilyEventsConsumer {

    static final String CONSUMER = "insurance-family-events";
    static final String REGISTERED = "org.nuanxin.family.family-registered.v1";
    static final String UPDATED = "org.nuanxin.family.family-updated.v1";
    static final String CLOSED = "org.nuanxin.family.family-closed.v1";
    static final String COVERAGE_CHANGED = "org.nuanxin.family.coverage-changed.v1";

    private final ObjectMapper mapper;
    private final IdempotentConsumer idempotent;
    private final Outbox outbox;

    FamilyEventsConsumer(ObjectMapper mapper, IdempotentConsumer idempotent, Outbox outbox) {
        this.mapper = mapper;
        this.idempotent = idempotent;
        this.outbox = outbox;
    }

    @Incoming("family-events")
    @Blocking
    @Transactional
    public void apply(String payload) throws JsonProcessingException {
        EventEnvelope event = mapper.readValue(payload, EventEnvelope.class);
        if (event.id() == null || event.type() == null) {
            throw new IllegalArgumentException("not a CloudEvent: id and type are required");
        }
        if (!List.of(REGISTERED, UPDATED, CLOSED, COVERAGE_CHANGED).contains(event.type())
                || !idempotent.firstDelivery(CONSUMER, event.id())) {
            return;
        }
        JsonNode data = event.data();
        InsuredFamily family = family(UUID.fromString(data.path("familyId").asText()));
        if (data.hasNonNull("category")) {
            family.category = data.get("category").asText();
        }
        if (data.hasNonNull("districtCode")) {
            family.districtCode = data.get("districtCode").asText();
        }
        switch (event.type()) {
            case REGISTERED -> family.active = true;
            case COVERAGE_CHANGED -> family.greenChannel = data.path("greenChannel").asBoolean(false);
            case CLOSED -> close(family, data.hasNonNull("closedAt")
                    ? OffsetDateTime.parse(data.get("closedAt").asText()).atZoneSameInstant(BenefitRulesService.POLICY_ZONE).toLocalDate()
                    : LocalDate.now(BenefitRulesService.POLICY_ZONE));
            default -> {
                // family-updated: category and district above
            }
        }
        family.updatedAt = OffsetDateTime.now(ZoneOffset.UTC);
        family.persist();
    }

    private static InsuredFamily family(UUID familyId) {
        InsuredFamily family = InsuredFamily.findById(familyId);
        if (family == null) {
            family = new InsuredFamily();
            family.familyId = familyId;
            family.category = "UNKNOWN";
            family.active = true;
        }
        return family;
    }

    private void close(InsuredFamily family, LocalDate closedOn) {
        family.active = false;
        family.greenChannel = false;
        List<InsuredPerson> open = InsuredPerson.list("familyId = ?1 and coveredUntil is null", family.familyId);
        for (InsuredPerson person : open) {
            person.coveredUntil = closedOn.isBefore(person.coveredFrom) ? person.coveredFrom : closedOn;
            outbox.publish("insured-person", person.id, EnrolmentEnded.TYPE,
                    new EnrolmentEnded(person.id, family.familyId, person.coveredUntil, "family-closed"));
        }
    }
}
