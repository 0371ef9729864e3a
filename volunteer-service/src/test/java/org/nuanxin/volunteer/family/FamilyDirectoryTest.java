package org.nuanxin.volunteer.family;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.nuanxin.common.testing.EventTap;
import org.nuanxin.common.testing.RealInfrastructure;
import org.nuanxin.volunteer.testing.Families;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

@QuarkusTest
@QuarkusTestResource(value = RealInfrastructure.class, restrictToAnnotatedClass = false)
class FamilyDirectoryTest {

    @Test
    void shouldKnowARegisteredFamilyWithItsDistrictAndCategory() {
        String familyId = Families.registered("350211");
        FamilyDirectoryEntry entry = Families.entry(familyId);
        assertEquals("350211", entry.districtCode);
        assertEquals("BEREAVED", entry.category);
        assertEquals("ACTIVE", entry.status);
    }

    @Test
    void shouldFollowACorrectedDistrictAndCategory() {
        String familyId = Families.registered("350211");
        Families.publish(familyId, """
                {"specversion":"1.0","id":"%s","source":"/nuanxin/family-service",
                 "type":"org.nuanxin.family.family-updated.v1","subject":"%s","time":"2026-11-29T09:00:00Z",
                 "datacontenttype":"application/json",
                 "data":{"familyId":"%s","category":"DISABLED_CHILD","previousCategory":"BEREAVED",
                         "districtCode":"350205","street":"海沧街道","community":"海虹社区"}}
                """.formatted(UUID.randomUUID(), familyId, familyId));
        FamilyDirectoryEntry entry = Families.awaitEntry(familyId, e -> "350205".equals(e.districtCode));
        assertEquals("DISABLED_CHILD", entry.category);
        assertEquals("ACTIVE", entry.status);
    }

    @Test
    void shouldApplyARedeliveredEventOnce() {
        String familyId = UUID.randomUUID().toString();
        String eventId = UUID.randomUUID().toString();
        Families.publish(familyId, Families.familyRegistered(eventId, familyId, "350212"));
        Families.awaitEntry(familyId, e -> e != null);
        Families.closed(familyId, "350212");
        // the registration again, as Kafka may redeliver it: the family stays closed
        Families.publish(familyId, Families.familyRegistered(eventId, familyId, "350212"));
        String marker = Families.registered("350212");
        Families.awaitEntry(marker, e -> e != null);
        assertEquals("MOVED_AWAY", Families.entry(familyId).status);
    }

    @Test
    void shouldSendAnUnusableEventToTheDeadLetterTopicAndGoOn() {
        String key = UUID.randomUUID().toString();
        String broken = """
                {"specversion":"1.0","id":"%s","source":"/nuanxin/family-service",
                 "type":"org.nuanxin.family.family-registered.v1","subject":"%s","data":{"category":"BEREAVED"}}
                """.formatted(UUID.randomUUID(), key);
        try (EventTap dead = new EventTap("dead-letter-topic-family-events")) {
            Families.publish(key, broken);
            List<ConsumerRecord<String, String>> records = dead.awaitRecords(r -> key.equals(r.key()), Duration.ofSeconds(30));
            assertFalse(records.isEmpty(), "the broken event is dead-lettered");
        }
        String next = Families.registered("350212");
        assertEquals("ACTIVE", Families.entry(next).status);
    }
}
