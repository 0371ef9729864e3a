package org.nuanxin.carehome.volunteer;

import com.fasterxml.jackson.databind.JsonNode;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.nuanxin.carehome.standards.ComplianceService;
import org.nuanxin.common.consumer.IdempotentConsumer;
import org.nuanxin.common.event.EventEnvelope;
import org.nuanxin.common.outage.RetryOnOutage;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Keeps the volunteer directory from volunteer-service's events, once per event id. A volunteer who is suspended
 * or leaves stops counting at every site they serve, and each such site is measured again against the standard in
 * the same transaction. An event that cannot be applied goes to the dead-letter topic.
 */
@ApplicationScoped
public class VolunteerEventsConsumer {

    static final String CONSUMER = "carehome-volunteer-events";
    static final String REGISTERED = "org.nuanxin.volunteer.volunteer-registered.v1";
    /** The member events; the many task and hour events do not concern the sites and are not recorded. */
    static final Set<String> APPLIED = Set.of(REGISTERED,
            "org.nuanxin.volunteer.volunteer-joined.v1",
            "org.nuanxin.volunteer.volunteer-suspended.v1",
            "org.nuanxin.volunteer.volunteer-reinstated.v1",
            "org.nuanxin.volunteer.volunteer-left.v1");

    private final IdempotentConsumer idempotent;
    private final ComplianceService compliance;

    VolunteerEventsConsumer(IdempotentConsumer idempotent, ComplianceService compliance) {
        this.idempotent = idempotent;
        this.compliance = compliance;
    }

    @RetryOnOutage
    @Incoming("volunteer-events")
    @Blocking
    @Transactional
    public void apply(String payload) {
        EventEnvelope event = idempotent.firstDelivery(CONSUMER, payload, APPLIED).orElse(null);
        if (event == null) {
            return;
        }
        JsonNode data = event.data();
        if (data == null || !data.hasNonNull("volunteerId")) {
            throw new IllegalArgumentException("volunteer event " + event.id() + " carries no volunteerId");
        }
        UUID id = UUID.fromString(data.get("volunteerId").asText());
        DirectoryVolunteer volunteer = DirectoryVolunteer.findById(id);
        if (volunteer == null) {
            volunteer = new DirectoryVolunteer();
            volunteer.id = id;
        }
        volunteer.districtCode = data.hasNonNull("districtCode") ? data.get("districtCode").asText() : null;
        volunteer.kind = data.hasNonNull("kind") ? data.get("kind").asText() : null;
        if (REGISTERED.equals(event.type())) {
            // only the registration carries qualifications; the status changes keep them
            List<String> qualifications = new ArrayList<>();
            data.path("qualifications").forEach(q -> qualifications.add(q.asText().trim()));
            volunteer.qualifications = qualifications.isEmpty() ? null : String.join("\n", qualifications);
        }
        volunteer.status = data.path("status").asText();
        if (volunteer.status.isBlank()) {
            throw new IllegalArgumentException("volunteer event " + event.id() + " carries no status");
        }
        volunteer.updatedAt = OffsetDateTime.now(ZoneOffset.UTC);
        volunteer.persistAndFlush();
        compliance.reevaluateSitesOf(id);
    }
}
