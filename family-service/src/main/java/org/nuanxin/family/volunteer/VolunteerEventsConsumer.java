package org.nuanxin.family.volunteer;

import com.fasterxml.jackson.databind.JsonNode;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;
import org.nuanxin.common.consumer.IdempotentConsumer;
import org.nuanxin.common.event.EventEnvelope;
import org.nuanxin.common.outage.RetryOnOutage;
import org.nuanxin.family.contact.Contact;
import org.nuanxin.family.contact.ContactKind;
import org.nuanxin.family.contact.ContactService;
import org.nuanxin.family.contact.ContactSource;
import org.nuanxin.family.family.Family;
import org.nuanxin.family.family.FamilyStatus;
import org.nuanxin.family.needs.NeedArea;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Applies volunteer-service's events, once per event id: task assignments open a volunteer's access to the
 * family's visit card and completion, cancellation or a decline close it (so does a campaign call a volunteer
 * takes, until its outcome is recorded); a visit report becomes a contact in
 * the family's log (source {@code VOLUNTEER}, one per task), so it counts for the contact cadence like a
 * liaison's. An event that cannot be applied goes to the dead-letter topic.
 */
@ApplicationScoped
public class VolunteerEventsConsumer {

    static final String CONSUMER = "family-volunteer-events";
    static final String TASK_ASSIGNED = "org.nuanxin.volunteer.task-assigned.v1";
    static final String TASK_DECLINED = "org.nuanxin.volunteer.task-declined.v1";
    static final String TASK_COMPLETED = "org.nuanxin.volunteer.task-completed.v1";
    static final String TASK_CANCELLED = "org.nuanxin.volunteer.task-cancelled.v1";
    static final String VISIT_REPORTED = "org.nuanxin.volunteer.visit-reported.v1";
    static final String CALL_CLAIMED = "org.nuanxin.volunteer.call-claimed.v1";
    static final String CALL_OUTCOME_RECORDED = "org.nuanxin.volunteer.call-outcome-recorded.v1";

    private static final Logger LOG = Logger.getLogger(VolunteerEventsConsumer.class);

    private final IdempotentConsumer idempotent;
    private final ContactService contacts;

    VolunteerEventsConsumer(IdempotentConsumer idempotent, ContactService contacts) {
        this.idempotent = idempotent;
        this.contacts = contacts;
    }

    @RetryOnOutage
    @Incoming("volunteer-events")
    @Blocking
    @Transactional
    public void apply(String payload) {
        EventEnvelope event = idempotent.firstDelivery(CONSUMER, payload,
                Set.of(TASK_ASSIGNED, TASK_DECLINED, TASK_COMPLETED, TASK_CANCELLED, VISIT_REPORTED, CALL_CLAIMED,
                        CALL_OUTCOME_RECORDED)).orElse(null);
        if (event == null) {
            return;
        }
        JsonNode data = event.data();
        switch (event.type()) {
            case TASK_ASSIGNED -> assigned(data);
            case TASK_DECLINED, TASK_COMPLETED, TASK_CANCELLED -> closed(uuid(data, "taskId"));
            case CALL_CLAIMED -> callClaimed(data);
            case CALL_OUTCOME_RECORDED -> closed(uuid(data, "entryId"));
            case VISIT_REPORTED -> reported(data);
            default -> {
                // other volunteer events do not concern the registry
            }
        }
    }

    private void assigned(JsonNode data) {
        openGrant(data, "task", "taskId", data.path("kind").asText(), "volunteerId", "windowStart", "windowEnd");
    }

    /** A call of a campaign taken by a volunteer: the family's phones open to them until the outcome or the hold ends. */
    private void callClaimed(JsonNode data) {
        openGrant(data, "call", "entryId", TaskGrant.CAMPAIGN_CALL, null, "claimedAt", "holdUntil");
    }

    /**
     * Opens (or reopens) the grant keyed by the event's {@code idField} for the family the event names, if known;
     * a call names its caller by login only ({@code volunteerIdField} null).
     */
    private void openGrant(JsonNode data, String what, String idField, String kind, String volunteerIdField,
                           String fromField, String untilField) {
        UUID familyId = uuid(data, "familyId");
        if (Family.findById(familyId) == null) {
            LOG.warnf("%s %s names unknown family %s; no access granted", what, data.path(idField).asText(), familyId);
            return;
        }
        UUID grantId = uuid(data, idField);
        TaskGrant grant = TaskGrant.findById(grantId);
        if (grant == null) {
            grant = new TaskGrant();
            grant.taskId = grantId;
        }
        grant.familyId = familyId;
        grant.volunteerId = volunteerIdField == null ? null : uuid(data, volunteerIdField);
        grant.volunteerUsername = text(data, "volunteerUsername");
        grant.kind = kind;
        grant.windowStart = OffsetDateTime.parse(data.path(fromField).asText());
        grant.windowEnd = OffsetDateTime.parse(data.path(untilField).asText());
        grant.open = true;
        grant.updatedAt = OffsetDateTime.now(ZoneOffset.UTC);
        grant.persistAndFlush();
    }

    private void closed(UUID taskOrEntryId) {
        TaskGrant grant = TaskGrant.findById(taskOrEntryId);
        if (grant != null) {
            grant.open = false;
            grant.updatedAt = OffsetDateTime.now(ZoneOffset.UTC);
        }
    }

    private void reported(JsonNode data) {
        UUID taskId = uuid(data, "taskId");
        Family family = Family.findById(uuid(data, "familyId"));
        if (family == null || family.status != FamilyStatus.ACTIVE) {
            LOG.warnf("visit report of task %s is for a family that is unknown or closed; not recorded", taskId);
            return;
        }
        if (Contact.count("volunteerTaskId", taskId) > 0) {
            return;
        }
        List<NeedArea> needs = new ArrayList<>();
        data.path("needsObserved").forEach(need -> needs.add(NeedArea.valueOf(need.asText())));
        String followUp = text(data, "followUp");
        String due = text(data, "followUpDue");
        contacts.save(family, new ContactService.NewContact(
                ContactKind.valueOf(data.path("kind").asText()),
                OffsetDateTime.parse(data.path("contactedAt").asText()),
                "志愿者", "volunteer-service:" + data.path("volunteerId").asText(),
                text(data, "location"),
                Math.max(1, data.path("durationMinutes").asInt(1)),
                data.hasNonNull("wellbeing") ? data.get("wellbeing").asInt() : null,
                needs, null, followUp, followUp == null || due == null ? null : LocalDate.parse(due),
                ContactSource.VOLUNTEER, taskId));
    }

    private static UUID uuid(JsonNode data, String field) {
        return UUID.fromString(data.path(field).asText());
    }

    private static String text(JsonNode data, String field) {
        return data.hasNonNull(field) && !data.get(field).asText().isBlank() ? data.get(field).asText() : null;
    }
}
