package org.nuanxin.gateway.supervision;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.nuanxin.common.testing.EventWriter;
import org.nuanxin.common.testing.RealInfrastructure;
import org.nuanxin.common.testing.Tokens;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Coverage and contact-cadence figures from a known sequence of family events, in 同安区 (which no other gateway
 * test uses), compared with what they were before.
 */
@QuarkusTest
@QuarkusTestResource(value = RealInfrastructure.class, restrictToAnnotatedClass = false)
class FamilyCadenceTest {

    private static final String TONGAN = "350212";

    private static long figure(String path) {
        return given().auth().oauth2(Tokens.of("city")).when().get("/api/supervision/snapshot")
                .then().statusCode(200).extract().jsonPath()
                .getLong("byDistrict.find { it.districtCode == '" + TONGAN + "' }." + path);
    }

    private static void await(String path, Predicate<Long> expected) {
        Instant deadline = Instant.now().plusSeconds(30);
        long seen;
        while (!expected.test(seen = figure(path))) {
            if (Instant.now().isAfter(deadline)) {
                fail(path + " still " + seen);
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                fail(e);
            }
        }
    }

    private static void publish(String familyId, String type, Map<String, ?> data) {
        EventWriter.send("family.events", familyId, EventWriter.cloudEvent("family-service", type, familyId, data));
    }

    @Test
    void shouldCountCoveragesVisitsAndOverdueFollowUpsOnceEach() {
        long families = figure("families");
        long liaisons = figure("coverage.liaisons");
        long doctor = figure("coverage.familyDoctor");
        long green = figure("coverage.greenChannel");
        long notContacted = figure("cadence.notContacted");
        long visits = figure("cadence.visitsThisMonth");
        long followUps = figure("cadence.overdueFollowUps");

        String familyId = UUID.randomUUID().toString();
        publish(familyId, FamilyEventsProjection.FAMILY_REGISTERED, Map.of("familyId", familyId, "category", "BEREAVED",
                "districtCode", TONGAN, "street", "大同街道", "community", "三秀社区", "memberCount", 2,
                "registeredAt", OffsetDateTime.now(ZoneOffset.UTC).toString()));
        await("families", n -> n == families + 1);
        assertEquals(notContacted + 1, figure("cadence.notContacted"), "a family never contacted is overdue");

        publish(familyId, FamilyEventsProjection.COVERAGE_CHANGED, Map.of("familyId", familyId, "districtCode", TONGAN,
                "category", "BEREAVED", "liaisons", true, "familyDoctor", false, "greenChannel", true));
        String contactId = UUID.randomUUID().toString();
        Map<String, Object> visit = Map.of("familyId", familyId, "contactId", contactId, "districtCode", TONGAN,
                "kind", "HOME_VISIT", "contactedAt", OffsetDateTime.now(ZoneOffset.UTC).minusMinutes(5).toString(),
                "durationMinutes", 40, "source", "LIAISON");
        // the same visit under two event ids (a retried relay) counts once: the visit is keyed by its contact id
        publish(familyId, FamilyEventsProjection.CONTACT_RECORDED, visit);
        publish(familyId, FamilyEventsProjection.CONTACT_RECORDED, visit);
        publish(familyId, FamilyEventsProjection.FOLLOW_UP_OVERDUE, Map.of("familyId", familyId, "contactId", contactId,
                "districtCode", TONGAN, "followUpDue", "2026-01-05", "daysOverdue", 3));
        await("cadence.overdueFollowUps", n -> n == followUps + 1);

        assertEquals(liaisons + 1, figure("coverage.liaisons"));
        assertEquals(doctor, figure("coverage.familyDoctor"));
        assertEquals(green + 1, figure("coverage.greenChannel"));
        assertEquals(visits + 1, figure("cadence.visitsThisMonth"));
        assertEquals(notContacted, figure("cadence.notContacted"), "the visit took the family off the overdue count");

        publish(familyId, FamilyEventsProjection.FOLLOW_UP_COMPLETED, Map.of("familyId", familyId, "contactId", contactId,
                "districtCode", TONGAN, "followUpDue", "2026-01-05", "late", true));
        await("cadence.overdueFollowUps", n -> n == followUps);

        publish(familyId, FamilyEventsProjection.FAMILY_CLOSED, Map.of("familyId", familyId, "category", "BEREAVED",
                "districtCode", TONGAN, "status", "MOVED_AWAY"));
        await("families", n -> n == families);
        assertEquals(liaisons, figure("coverage.liaisons"), "a closed family leaves the coverage counts");
    }
}
