package org.nuanxin.insurance.family;

import com.fasterxml.jackson.databind.JsonNode;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.nuanxin.common.consumer.IdempotentConsumer;
import org.nuanxin.common.event.EventEnvelope;
import org.nuanxin.common.outage.RetryOnOutage;
import org.nuanxin.insurance.enrolment.EnrolmentService;
import org.nuanxin.insurance.enrolment.InsuredPerson;
import org.nuanxin.insurance.rules.BenefitRulesService;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Applies family-service's events, once per event id. Full cover (全覆盖): every parent (FATHER, MOTHER) of an active
 * BEREAVED family is enrolled from the member list of members-changed, and their cover ends when the member becomes
 * inactive, the family stops being BEREAVED, or it closes (family-closed ends every open cover of the family, also
 * those coordinators enrolled). coverage-changed carries the green channel hospitals ask about. An event that cannot
 * be applied goes to the dead-letter topic.
 */
@ApplicationScoped
public class FamilyEventsConsumer {

    static final String CONSUMER = "insurance-family-events";
    static final String REGISTERED = "org.nuanxin.family.family-registered.v1";
    static final String UPDATED = "org.nuanxin.family.family-updated.v1";
    static final String CLOSED = "org.nuanxin.family.family-closed.v1";
    static final String COVERAGE_CHANGED = "org.nuanxin.family.coverage-changed.v1";
    static final String MEMBERS_CHANGED = "org.nuanxin.family.members-changed.v1";

    /** Who the insurance is for: the parents of a bereaved family (DOMAIN: "every bereaved-family member", the parents). */
    static final Set<String> INSURED_RELATIONS = Set.of("FATHER", "MOTHER");

    private final IdempotentConsumer idempotent;
    private final EnrolmentService enrolments;

    FamilyEventsConsumer(IdempotentConsumer idempotent, EnrolmentService enrolments) {
        this.idempotent = idempotent;
        this.enrolments = enrolments;
    }

    @RetryOnOutage
    @Incoming("family-events")
    @Blocking
    @Transactional
    public void apply(String payload) {
        EventEnvelope event = idempotent.firstDelivery(CONSUMER, payload,
                Set.of(REGISTERED, UPDATED, CLOSED, COVERAGE_CHANGED, MEMBERS_CHANGED)).orElse(null);
        if (event == null) {
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
        LocalDate on = day(data.hasNonNull("closedAt") ? data.get("closedAt").asText()
                : data.hasNonNull("changedAt") ? data.get("changedAt").asText()
                : data.hasNonNull("registeredAt") ? data.get("registeredAt").asText() : null, event.time());
        switch (event.type()) {
            case REGISTERED -> family.active = true;
            case COVERAGE_CHANGED -> family.greenChannel = data.path("greenChannel").asBoolean(false);
            case CLOSED -> close(family, on);
            case MEMBERS_CHANGED -> members(family, data.path("members"));
            default -> {
                // family-updated: category and district above
            }
        }
        family.updatedAt = OffsetDateTime.now(ZoneOffset.UTC);
        family.persist();
        if (!CLOSED.equals(event.type()) && !COVERAGE_CHANGED.equals(event.type())) {
            reconcile(family, on);
        }
    }

    private static LocalDate day(String timestamp, OffsetDateTime eventTime) {
        OffsetDateTime at = timestamp != null ? OffsetDateTime.parse(timestamp)
                : eventTime != null ? eventTime : OffsetDateTime.now(ZoneOffset.UTC);
        return at.atZoneSameInstant(BenefitRulesService.POLICY_ZONE).toLocalDate();
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

    private static void members(InsuredFamily family, JsonNode members) {
        for (JsonNode m : members) {
            UUID memberId = UUID.fromString(required(m, "memberId"));
            FamilyMemberRef ref = FamilyMemberRef.findById(memberId);
            if (ref == null) {
                ref = new FamilyMemberRef();
                ref.memberId = memberId;
            }
            ref.familyId = family.familyId;
            ref.relation = required(m, "relation");
            ref.active = m.path("active").asBoolean(false);
            ref.idNumberIndex = required(m, "idNumberIndex");
            ref.updatedAt = OffsetDateTime.now(ZoneOffset.UTC);
            ref.persist();
        }
    }

    private static String required(JsonNode node, String field) {
        if (!node.hasNonNull(field) || node.get(field).asText().isBlank()) {
            throw new IllegalArgumentException("members-changed member without " + field);
        }
        return node.get(field).asText();
    }

    /** Enrols each insurable member not yet covered, ends the cover of each member no longer insurable. */
    private void reconcile(InsuredFamily family, LocalDate on) {
        boolean bereaved = family.active && EnrolmentService.BEREAVED.equals(family.category);
        for (FamilyMemberRef member : FamilyMemberRef.<FamilyMemberRef>list("familyId", family.familyId)) {
            boolean insurable = bereaved && member.active && INSURED_RELATIONS.contains(member.relation);
            if (insurable) {
                enrolments.enrolMember(family.familyId, member.memberId, member.idNumberIndex, on);
            } else {
                InsuredPerson.<InsuredPerson>find("memberId = ?1 and coveredUntil is null", member.memberId)
                        .firstResultOptional()
                        .ifPresent(person -> enrolments.end(person, on, !member.active ? "member-inactive"
                                : !bereaved ? "family-not-bereaved" : "not-a-parent"));
            }
        }
    }

    private void close(InsuredFamily family, LocalDate closedOn) {
        family.active = false;
        family.greenChannel = false;
        List<InsuredPerson> open = InsuredPerson.list("familyId = ?1 and coveredUntil is null", family.familyId);
        open.forEach(person -> enrolments.end(person, closedOn, "family-closed"));
    }
}
