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

import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletionStage;

import static org.nuanxin.gateway.supervision.EventData.time;
import static org.nuanxin.gateway.supervision.EventData.uuid;

/**
 * Applies volunteer-service events to the volunteer figures: who is active (the latest status change wins), hours
 * credited (one row per ledger entry), tasks open or done (a task's stage only grows, so a late "assigned" never
 * reopens a completed task) and the latest outcome of each call-campaign entry (the highest attempt wins).
 */
@ApplicationScoped
public class VolunteerEventsProjection {

    static final String TOPIC = "volunteer.events";
    static final String CONSUMER = "supervision-volunteers";
    static final String PREFIX = "org.nuanxin.volunteer.";
    static final Set<String> STATUS_CHANGES = Set.of("volunteer-registered", "volunteer-joined", "volunteer-suspended",
            "volunteer-reinstated", "volunteer-left");

    /** How far a task has come; completed and cancelled are final. */
    static int stage(String task) {
        return switch (task) {
            case "task-created" -> 0;
            case "task-assigned", "task-declined" -> 1;
            case "task-accepted" -> 2;
            case "task-checked-in" -> 3;
            case "task-completed", "task-cancelled" -> 9;
            default -> throw new IllegalArgumentException("not a task event: " + task);
        };
    }

    private final IdempotentConsumer idempotent;
    private final Event<ReadModelChanged> changed;
    private final EntityManager em;
    private final ProjectionBatches batches;

    VolunteerEventsProjection(IdempotentConsumer idempotent, Event<ReadModelChanged> changed, EntityManager em,
                              ProjectionBatches batches) {
        this.idempotent = idempotent;
        this.changed = changed;
        this.em = em;
        this.batches = batches;
    }

    /** Each poll of a partition's events, in order, in one transaction ({@link ProjectionBatches}). */
    @Incoming("volunteer-events")
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
     * screens to tell, if it changed the figures.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<ReadModelChanged> applyRecorded(EventEnvelope event) {
        return project(event) ? Optional.of(new ReadModelChanged(event.data().path("districtCode").asText()))
                : Optional.empty();
    }

    /**
     * A rebuild's: applies an event the rebuild has recorded as processed, within the caller's transaction (one batch
     * of the replay, {@link SupervisionRebuild}), and tells no screen; the rebuild tells them all once, at its end.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void replay(EventEnvelope event) {
        project(event);
    }

    /** Changes the figures by one event; false for an event that does not change them. */
    private boolean project(EventEnvelope event) {
        if (!event.type().startsWith(PREFIX)) {
            return false;
        }
        String name = event.type().substring(PREFIX.length()).replaceFirst("\\.v\\d+$", "");
        JsonNode data = event.data();
        boolean applied;
        if (STATUS_CHANGES.contains(name)) {
            applied = status(data, District.of(event));
        } else if (name.startsWith("task-")) {
            applied = task(data, stage(name), District.of(event));
        } else if (name.equals("hours-credited")) {
            applied = hours(data, District.of(event));
        } else if (name.equals("call-outcome-recorded")) {
            applied = callOutcome(data, District.of(event));
        } else {
            applied = false; // visit reports reach the figures as family-service's contacts
        }
        return applied;
    }

    private boolean status(JsonNode data, String districtCode) {
        OffsetDateTime at = time(data, data.hasNonNull("changedAt") ? "changedAt" : "registeredAt");
        em.createNativeQuery("""
                        INSERT INTO supervised_volunteer (volunteer_id, district_code, status, changed_at)
                        VALUES (:id, :district, :status, :at)
                        ON CONFLICT (volunteer_id) DO UPDATE SET district_code = :district, status = :status, changed_at = :at
                        WHERE supervised_volunteer.changed_at <= :at""")
                .setParameter("id", uuid(data, "volunteerId")).setParameter("district", districtCode)
                .setParameter("status", data.path("status").asText()).setParameter("at", at)
                .executeUpdate();
        return true;
    }

    private boolean task(JsonNode data, int stage, String districtCode) {
        em.createNativeQuery("""
                        INSERT INTO supervised_task (task_id, district_code, stage, window_end)
                        VALUES (:id, :district, :stage, CAST(NULLIF(:windowEnd, '') AS timestamptz))
                        ON CONFLICT (task_id) DO UPDATE SET
                            stage = GREATEST(supervised_task.stage, :stage),
                            window_end = COALESCE(CAST(NULLIF(:windowEnd, '') AS timestamptz), supervised_task.window_end)""")
                .setParameter("id", uuid(data, "taskId")).setParameter("district", districtCode)
                .setParameter("stage", stage)
                // checked as a time here, handed over as text so that "none" needs no typed null
                .setParameter("windowEnd", data.hasNonNull("windowEnd") ? time(data, "windowEnd").toString() : "")
                .executeUpdate();
        return true;
    }

    private boolean hours(JsonNode data, String districtCode) {
        em.createNativeQuery("""
                        INSERT INTO supervised_hours (entry_id, volunteer_id, district_code, minutes, credited_at)
                        VALUES (:id, :volunteer, :district, :minutes, :at) ON CONFLICT DO NOTHING""")
                .setParameter("id", uuid(data, "entryId")).setParameter("volunteer", uuid(data, "volunteerId"))
                .setParameter("district", districtCode).setParameter("minutes", data.path("minutes").asInt())
                .setParameter("at", time(data, "creditedAt"))
                .executeUpdate();
        return true;
    }

    private boolean callOutcome(JsonNode data, String districtCode) {
        em.createNativeQuery("""
                        INSERT INTO supervised_call_entry (entry_id, campaign_id, district_code, status, attempt)
                        VALUES (:id, :campaign, :district, :status, :attempt)
                        ON CONFLICT (entry_id) DO UPDATE SET status = :status, attempt = :attempt
                        WHERE supervised_call_entry.attempt <= :attempt""")
                .setParameter("id", uuid(data, "entryId")).setParameter("campaign", uuid(data, "campaignId"))
                .setParameter("district", districtCode).setParameter("status", data.path("entryStatus").asText())
                .setParameter("attempt", data.path("attempt").asInt())
                .executeUpdate();
        return true;
    }
}
