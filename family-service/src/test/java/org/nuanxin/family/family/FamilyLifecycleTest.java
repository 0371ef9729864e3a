package org.nuanxin.family.family;

import io.cloudevents.CloudEvent;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;
import org.nuanxin.common.testing.CloudEvents;
import org.nuanxin.common.testing.EventTap;
import org.nuanxin.common.testing.RealInfrastructure;
import org.nuanxin.common.testing.Tokens;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.nuanxin.family.family.FamilyFixtures.simingFamily;

@QuarkusTest
@QuarkusTestResource(value = RealInfrastructure.class, restrictToAnnotatedClass = false)
class FamilyLifecycleTest {

    private static final String PROBLEM = "application/problem+json";

    private static String register(String token) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(simingFamily())
                .when().post("/api/families").then().statusCode(201).extract().path("id");
    }

    private static Map<String, Object> update(String category, String street) {
        return Map.of("category", category, "street", street, "community", "曾厝垵社区", "address", "曾厝垵 66 号");
    }

    @Test
    void shouldCorrectCategoryAndAddressAndPublishTheChange() {
        String city = Tokens.of("city");
        String familyId = register(city);
        given().auth().oauth2(city).contentType(ContentType.JSON).body(update("DISABLED_CHILD", "莲前街道"))
                .when().put("/api/families/" + familyId)
                .then().statusCode(200)
                .body("category", equalTo("DISABLED_CHILD"))
                .body("street", equalTo("莲前街道"))
                .body("address", equalTo("曾厝垵 66 号"));
        try (EventTap tap = new EventTap("family.events")) {
            List<CloudEvent> events = tap.await(
                    EventTap.of("org.nuanxin.family.family-updated.v1", familyId), Duration.ofSeconds(20));
            assertEquals(1, events.size());
            assertEquals("BEREAVED", CloudEvents.json(events.get(0)).get("previousCategory").asText());
            assertFalse(CloudEvents.data(events.get(0)).contains("曾厝垵 66 号"), "the street address stays out of events");
        }
    }

    @Test
    void shouldNameAStreetOutsideTheFamilysDistrict() {
        String city = Tokens.of("city");
        String familyId = register(city);
        given().auth().oauth2(city).contentType(ContentType.JSON).body(update("BEREAVED", "殿前街道"))
                .when().put("/api/families/" + familyId)
                .then().statusCode(400).contentType(PROBLEM)
                .body("violations[0].field", equalTo("street"));
    }

    @Test
    void shouldCloseAFamilyOnceAndThenRefuseChanges() {
        String city = Tokens.of("city");
        String familyId = register(city);
        Map<String, Object> movedAway = Map.of("status", "MOVED_AWAY", "reason", "随亲属迁居福州");

        given().auth().oauth2(city).contentType(ContentType.JSON).body(movedAway)
                .when().post("/api/families/" + familyId + "/closure")
                .then().statusCode(200)
                .body("status", equalTo("MOVED_AWAY"))
                .body("closureReason", equalTo("随亲属迁居福州"))
                .body("closedAt", notNullValue());

        given().auth().oauth2(city).contentType(ContentType.JSON).body(movedAway)
                .when().post("/api/families/" + familyId + "/closure")
                .then().statusCode(409).contentType(PROBLEM);
        given().auth().oauth2(city).contentType(ContentType.JSON).body(update("BEREAVED", "鼓浪屿街道"))
                .when().put("/api/families/" + familyId)
                .then().statusCode(409).contentType(PROBLEM);
        given().auth().oauth2(city).contentType(ContentType.JSON)
                .body(Map.of("needs", List.of(Map.of("area", "MEDICAL", "severity", "LOW"))))
                .when().post("/api/families/" + familyId + "/assessments")
                .then().statusCode(409).contentType(PROBLEM);

        try (EventTap tap = new EventTap("family.events")) {
            List<CloudEvent> closed = tap.await(
                    EventTap.of("org.nuanxin.family.family-closed.v1", familyId), Duration.ofSeconds(20));
            assertEquals(1, closed.size(), "one closure, one event");
            assertEquals("MOVED_AWAY", CloudEvents.json(closed.get(0)).get("status").asText());
            assertFalse(CloudEvents.data(closed.get(0)).contains("福州"), "the reason stays out of events");
        }
    }

    @Test
    void shouldNameTheMissingReasonAndAnActiveStatusOnClosure() {
        String city = Tokens.of("city");
        String familyId = register(city);
        given().auth().oauth2(city).contentType(ContentType.JSON).body(Map.of("status", "CLOSED"))
                .when().post("/api/families/" + familyId + "/closure")
                .then().statusCode(400).contentType(PROBLEM)
                .body("violations[0].field", equalTo("reason"));
        given().auth().oauth2(city).contentType(ContentType.JSON).body(Map.of("status", "ACTIVE", "reason", "误操作"))
                .when().post("/api/families/" + familyId + "/closure")
                .then().statusCode(400).contentType(PROBLEM)
                .body("violations[0].field", equalTo("status"));
        given().auth().oauth2(city).when().get("/api/families/" + familyId)
                .then().statusCode(200).body("status", equalTo("ACTIVE"));
    }

    @Test
    void shouldKeepOtherDistrictsFromUpdatingOrClosing() {
        String familyId = register(Tokens.of("siming"));
        String huli = Tokens.of("huli");
        given().auth().oauth2(huli).contentType(ContentType.JSON).body(update("BEREAVED", "鼓浪屿街道"))
                .when().put("/api/families/" + familyId).then().statusCode(404).contentType(PROBLEM);
        given().auth().oauth2(huli).contentType(ContentType.JSON).body(Map.of("status", "CLOSED", "reason", "测试"))
                .when().post("/api/families/" + familyId + "/closure").then().statusCode(404).contentType(PROBLEM);
        given().auth().oauth2(Tokens.of("auditor")).contentType(ContentType.JSON).body(Map.of("status", "CLOSED", "reason", "测试"))
                .when().post("/api/families/" + familyId + "/closure").then().statusCode(403).contentType(PROBLEM);
    }
}
