package org.nuanxin.carehome.volunteer;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.nuanxin.common.testing.EventTap;
import org.nuanxin.common.testing.EventWriter;
import org.nuanxin.common.testing.RealInfrastructure;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.nuanxin.carehome.testing.CareHomeFixtures.activeVolunteer;
import static org.nuanxin.carehome.testing.CareHomeFixtures.attach;
import static org.nuanxin.carehome.testing.CareHomeFixtures.openSimingSite;

/** volunteer.events that cannot be applied go to the dead-letter topic, and the partition flows on. */
@QuarkusTest
@QuarkusTestResource(value = RealInfrastructure.class, restrictToAnnotatedClass = false)
class VolunteerEventsConsumerTest {

    private static final String DEAD_LETTERS = "dead-letter-topic-care-home-volunteer-events";

    @Test
    void shouldSendWhatIsNotACloudEventToTheDeadLetterTopic() {
        String marker = "not-a-cloud-event-" + UUID.randomUUID();
        EventWriter.send("volunteer.events", marker, "[\"" + marker + "\"]");
        try (EventTap tap = new EventTap(DEAD_LETTERS)) {
            assertFalse(tap.awaitRecords(r -> r.value().contains(marker), Duration.ofSeconds(20)).isEmpty());
        }
    }

    @Test
    void shouldSendAMemberEventWithoutVolunteerIdToTheDeadLetterTopicAndGoOn() {
        String id = UUID.randomUUID().toString();
        EventWriter.send("volunteer.events", id, EventWriter.cloudEvent(id, "volunteer-service",
                "org.nuanxin.volunteer.volunteer-joined.v1", id, Map.of("status", "ACTIVE")));
        try (EventTap tap = new EventTap(DEAD_LETTERS)) {
            assertFalse(tap.awaitRecords(r -> r.value().contains(id), Duration.ofSeconds(20)).isEmpty());
        }
        attach(openSimingSite(), activeVolunteer());
    }
}
