package org.nuanxin.gateway.supervision;

import com.fasterxml.jackson.databind.JsonNode;
import io.smallrye.common.annotation.Blocking;
import io.smallrye.reactive.messaging.kafka.KafkaRecordBatch;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.nuanxin.common.consumer.IdempotentConsumer;
import org.nuanxin.common.event.EventEnvelope;
import org.nuanxin.common.outage.RetryOnOutage;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletionStage;
import java.util.UUID;

import static org.nuanxin.gateway.supervision.EventData.time;
import static org.nuanxin.gateway.supervision.EventData.uuid;

/**
 * Applies insurance-service events to the insurance figures: insured persons (by family, so by district), claims
 * with their status, amounts and when they were decided, and the premium budget of each year. A claim's stage only
 * grows (submitted, pending review, awaiting second approval, decided, paid), so a late event never sets it back.
 */
@ApplicationScoped
public class InsuranceEventsProjection {

    static final String TOPIC = "insurance.events";
    static final String CONSUMER = "supervision-insurance";
    static final String ENROLLED = "org.nuanxin.insurance.enrolled.v1";
    static final String ENROLMENT_ENDED = "org.nuanxin.insurance.enrolment-ended.v1";
    static final String CLAIM_SUBMITTED = "org.nuanxin.insurance.claim-submitted.v1";
    static final String CLAIM_ADJUDICATED = "org.nuanxin.insurance.claim-adjudicated.v1";
    static final String CLAIM_REVIEWED = "org.nuanxin.insurance.claim-reviewed.v1";
    static final String CLAIM_PAID = "org.nuanxin.insurance.claim-paid.v1";
    static final String PREMIUM_BUDGET_SET = "org.nuanxin.insurance.premium-budget-set.v1";

    static int stage(String status) {
        return switch (status) {
            case "SUBMITTED" -> 0;
            case "PENDING_REVIEW" -> 1;
            case "AWAITING_SECOND_APPROVAL" -> 2;
            case "APPROVED", "PARTIALLY_APPROVED", "REJECTED" -> 3;
            case "PAID" -> 4;
            default -> throw new IllegalArgumentException("unknown claim status " + status);
        };
    }

    private final IdempotentConsumer idempotent;
    private final Event<ReadModelChanged> changed;
    private final EntityManager em;
    private final ProjectionBatches batches;

    InsuranceEventsProjection(IdempotentConsumer idempotent, Event<ReadModelChanged> changed, EntityManager em,
                              ProjectionBatches batches) {
        this.idempotent = idempotent;
        this.changed = changed;
        this.em = em;
        this.batches = batches;
    }

    /** Each poll of a partition's events, in order, in one transaction ({@link ProjectionBatches}). */
    @Incoming("insurance-events")
    @Blocking
    public CompletionStage<Void> consume(KafkaRecordBatch<String, String> batch) {
        return batches.applyLive(TOPIC, batch);
    }

    /** One event in a transaction of its own: what a batch that failed falls back to, event by event. */
    @RetryOnOutage
    @Transactional
    public void apply(String payload) {
        idempotent.firstDelivery(CONSUMER, payload, Set.of()).flatMap(this::applyRecorded).ifPresent(changed::fire);
    }

    /**
     * Applies an event a batch has recorded as processed, within the batch's transaction; answers the district whose
     * screens to tell (every screen when the event names no insured person of a known district).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<ReadModelChanged> applyRecorded(EventEnvelope event) {
        if (!event.type().startsWith("org.nuanxin.insurance.")) {
            return Optional.empty();
        }
        UUID person = project(event);
        return Optional.of(new ReadModelChanged(districtOf(person, event.data())));
    }

    /**
     * A rebuild's: applies an event the rebuild has recorded as processed, within the caller's transaction (one batch
     * of the replay, {@link SupervisionRebuild}), and tells no screen, so it looks up no district either; the rebuild
     * tells every screen once, at its end.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void replay(EventEnvelope event) {
        if (event.type().startsWith("org.nuanxin.insurance.")) {
            project(event);
        }
    }

    /** Changes the figures by one event; answers the insured person it concerns, when the event names one. */
    private UUID project(EventEnvelope event) {
        JsonNode data = event.data();
        OffsetDateTime at = event.time() == null ? OffsetDateTime.now() : event.time();
        return switch (event.type()) {
            case ENROLLED -> insured(data, false);
            case ENROLMENT_ENDED -> insured(data, true);
            case CLAIM_SUBMITTED -> {
                claim(data, "SUBMITTED", amount(data, "claimedAmount"), null, time(data, "submittedAt"), at);
                yield uuid(data, "insuredPersonId");
            }
            case CLAIM_ADJUDICATED -> {
                claim(data, data.path("outcome").asText(), amount(data, "claimedAmount"),
                        amount(data, "benefitAmount"), null, at);
                yield uuid(data, "insuredPersonId");
            }
            case CLAIM_REVIEWED -> {
                claim(data, data.path("toStatus").asText(), null, amount(data, "benefitAmount"), null, at);
                yield null;
            }
            case CLAIM_PAID -> {
                paid(data, at);
                yield null;
            }
            case PREMIUM_BUDGET_SET -> {
                budget(data, at);
                yield null;
            }
            default -> null;
        };
    }

    private UUID insured(JsonNode data, boolean ended) {
        UUID person = uuid(data, "personId");
        em.createNativeQuery("""
                        INSERT INTO supervised_insured (person_id, family_id, ended) VALUES (:id, :family, :ended)
                        ON CONFLICT (person_id) DO UPDATE SET family_id = :family, ended = supervised_insured.ended OR :ended""")
                .setParameter("id", person).setParameter("family", uuid(data, "familyId")).setParameter("ended", ended)
                .executeUpdate();
        return person;
    }

    /**
     * One step of a claim. Amounts and the insured person are kept when the event does not carry them; the decision time is
     * the first event that reached a decision.
     */
    private void claim(JsonNode data, String status, BigDecimal claimed, BigDecimal benefit,
                       OffsetDateTime submittedAt, OffsetDateTime at) {
        int stage = stage(status);
        em.createNativeQuery("""
                        INSERT INTO supervised_claim (claim_id, person_id, stage, status, claimed_amount, benefit_amount,
                                                      submitted_at, decided_at)
                        VALUES (:id, CAST(NULLIF(:person, '') AS uuid), :stage, :status, CAST(NULLIF(:claimed, '') AS numeric),
                                CAST(NULLIF(:benefit, '') AS numeric), CAST(NULLIF(:submitted, '') AS timestamptz),
                                CASE WHEN :stage >= 3 THEN CAST(:at AS timestamptz) END)
                        ON CONFLICT (claim_id) DO UPDATE SET
                            person_id = COALESCE(supervised_claim.person_id, EXCLUDED.person_id),
                            status = CASE WHEN :stage >= supervised_claim.stage THEN :status ELSE supervised_claim.status END,
                            stage = GREATEST(supervised_claim.stage, :stage),
                            claimed_amount = COALESCE(EXCLUDED.claimed_amount, supervised_claim.claimed_amount),
                            benefit_amount = CASE WHEN :stage >= supervised_claim.stage
                                THEN COALESCE(EXCLUDED.benefit_amount, supervised_claim.benefit_amount)
                                ELSE supervised_claim.benefit_amount END,
                            submitted_at = COALESCE(supervised_claim.submitted_at, EXCLUDED.submitted_at),
                            decided_at = COALESCE(supervised_claim.decided_at, EXCLUDED.decided_at)""")
                .setParameter("id", uuid(data, "claimId"))
                .setParameter("person", data.hasNonNull("insuredPersonId") ? uuid(data, "insuredPersonId").toString() : "")
                .setParameter("stage", stage).setParameter("status", status)
                .setParameter("claimed", claimed == null ? "" : claimed.toPlainString())
                .setParameter("benefit", benefit == null ? "" : benefit.toPlainString())
                .setParameter("submitted", submittedAt == null ? "" : submittedAt.toString())
                .setParameter("at", at.toString())
                .executeUpdate();
    }

    private void paid(JsonNode data, OffsetDateTime at) {
        claim(data, "PAID", null, null, null, at);
        em.createNativeQuery("UPDATE supervised_claim SET paid_amount = :amount WHERE claim_id = :id")
                .setParameter("id", uuid(data, "claimId")).setParameter("amount", amount(data, "amount"))
                .executeUpdate();
    }

    private void budget(JsonNode data, OffsetDateTime at) {
        em.createNativeQuery("""
                        INSERT INTO supervised_premium_budget (year, amount, set_at) VALUES (:year, :amount, :at)
                        ON CONFLICT (year) DO UPDATE SET amount = :amount, set_at = :at
                        WHERE supervised_premium_budget.set_at <= :at""")
                .setParameter("year", data.path("year").asInt()).setParameter("amount", amount(data, "amount"))
                .setParameter("at", data.hasNonNull("setAt") ? time(data, "setAt") : at)
                .executeUpdate();
    }

    /** The district whose screens should look again: the insured person's family's, or every screen when unknown. */
    @SuppressWarnings("unchecked")
    private String districtOf(UUID person, JsonNode data) {
        UUID claimPerson = person;
        if (claimPerson == null && data.hasNonNull("claimId")) {
            List<Object> found = em.createNativeQuery("SELECT CAST(person_id AS text) FROM supervised_claim WHERE claim_id = :id")
                    .setParameter("id", uuid(data, "claimId")).getResultList();
            claimPerson = found.isEmpty() || found.get(0) == null ? null : UUID.fromString((String) found.get(0));
        }
        if (claimPerson == null) {
            return null;
        }
        List<Object> district = em.createNativeQuery("""
                        SELECT f.district_code FROM supervised_insured i JOIN supervised_family f ON f.family_id = i.family_id
                        WHERE i.person_id = :person""")
                .setParameter("person", claimPerson).getResultList();
        return district.isEmpty() ? null : (String) district.get(0);
    }

    private static BigDecimal amount(JsonNode data, String field) {
        if (!data.hasNonNull(field)) {
            return null;
        }
        BigDecimal amount = new BigDecimal(data.get(field).asText());
        if (amount.signum() < 0 || amount.scale() > 2) {
            throw new IllegalArgumentException(field + " is not an amount in yuan: " + amount);
        }
        return amount;
    }
}
