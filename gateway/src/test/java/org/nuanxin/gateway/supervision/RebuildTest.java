package org.nuanxin.gateway.supervision;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;
import org.nuanxin.common.testing.RealInfrastructure;
import org.nuanxin.common.testing.Tokens;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.nuanxin.gateway.supervision.Publish.FAMILY;
import static org.nuanxin.gateway.supervision.Publish.ago;
import static org.nuanxin.gateway.supervision.Publish.event;

/**
 * A replay of every topic from offset zero rebuilds read models that give exactly the figures they gave before, an
 * event that cannot be applied among them (how a batch of the replay is applied: {@link ProjectionBatchesTest}).
 */
@QuarkusTest
@QuarkusTestResource(value = RealInfrastructure.class, restrictToAnnotatedClass = false)
class RebuildTest {

    private static final String JIMEI = "350211";

    @Test
    void shouldRebuildIdenticalFiguresFromOffsetZero() {
        long before = Figures.count(JIMEI, "cadence.visitsThisMonth");
        UUID family = Publish.family(JIMEI, "BEREAVED", 2);
        // an event no projection can apply, between the family's events (same key, same partition, so most likely
        // the same batch of the replay): it is skipped alone, the others around it are applied
        FamilyEvents.publish(family.toString(), "{ this is not an event");
        event(FAMILY, "contact-recorded", family, Map.of("familyId", family.toString(), "contactId", UUID.randomUUID().toString(),
                "districtCode", JIMEI, "kind", "HOME_VISIT", "contactedAt", ago(Duration.ofMinutes(20)),
                "durationMinutes", 45, "source", "LIAISON"));
        Figures.awaitCount(JIMEI, "cadence.visitsThisMonth", before + 1);

        JsonPath figures = Figures.snapshot("city");
        given().auth().oauth2(Tokens.of("siming")).when().post("/api/supervision/rebuild").then().statusCode(403);
        given().auth().oauth2(Tokens.of("city")).when().post("/api/supervision/rebuild")
                .then().statusCode(200).body("events", greaterThan(0)).body("skipped", greaterThanOrEqualTo(1));
        JsonPath rebuilt = Figures.snapshot("city");

        assertEquals(figures.getList("byDistrict", Map.class), rebuilt.getList("byDistrict", Map.class));
        assertEquals(figures.getList("sites", Map.class), rebuilt.getList("sites", Map.class));
        assertEquals(figures.getMap("programme"), rebuilt.getMap("programme"));
    }
}
