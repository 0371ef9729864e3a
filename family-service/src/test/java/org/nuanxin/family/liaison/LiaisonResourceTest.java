package org.nuanxin.family.liaison;

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
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.nuanxin.family.family.FamilyFixtures.simingFamily;

@QuarkusTest
@QuarkusTestResource(value = RealInfrastructure.class, restrictToAnnotatedClass = false)
class LiaisonResourceTest {

    private static final String PROBLEM = "application/problem+json";

    private static String register(String token) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(simingFamily())
                .when().post("/api/families").then().statusCode(201).extract().path("id");
    }

    @Test
    void shouldFillBothPostsAndSayWhenTheFamilyIsCovered() {
        String siming = Tokens.of("siming");
        String familyId = register(siming);
        given().auth().oauth2(siming).contentType(ContentType.JSON).body(Map.of("name", "郑丽娟", "phone", "13906003344"))
                .when().put("/api/families/" + familyId + "/liaisons/COMMUNITY_WORKER")
                .then().statusCode(200).body("phoneMasked", equalTo("139****3344"));
        given().auth().oauth2(siming).contentType(ContentType.JSON).body(Map.of("name", "蔡文杰", "phone", "13806005566"))
                .when().put("/api/families/" + familyId + "/liaisons/BRANCH_WORKER")
                .then().statusCode(200);
        // a post is refilled, not doubled
        given().auth().oauth2(siming).contentType(ContentType.JSON).body(Map.of("name", "许丽华", "phone", "13906007788"))
                .when().put("/api/families/" + familyId + "/liaisons/COMMUNITY_WORKER")
                .then().statusCode(200);

        given().auth().oauth2(siming).when().get("/api/families/" + familyId + "/liaisons")
                .then().statusCode(200)
                .body("role", contains("COMMUNITY_WORKER", "BRANCH_WORKER"))
                .body("name", contains("许丽华", "蔡文杰"))
                .body("phoneMasked", contains("139****7788", "138****5566"));

        try (EventTap tap = new EventTap("family.events")) {
            List<CloudEvent> events = tap.await(
                    EventTap.of("org.nuanxin.family.liaison-assigned.v1", familyId), 3, Duration.ofSeconds(20));
            assertEquals(3, events.size(), "one event per assignment");
            assertFalse(CloudEvents.json(events.get(0)).get("bothPostsFilled").asBoolean(), CloudEvents.data(events.get(0)));
            assertTrue(CloudEvents.json(events.get(1)).get("bothPostsFilled").asBoolean(), CloudEvents.data(events.get(1)));
            assertFalse(CloudEvents.data(events.get(2)).contains("许丽华"), "names stay out of events");
        }
    }

    @Test
    void shouldNameAnUnknownPostAndABadPhone() {
        String city = Tokens.of("city");
        String familyId = register(city);
        given().auth().oauth2(city).contentType(ContentType.JSON).body(Map.of("name", "郑丽娟", "phone", "13906003344"))
                .when().put("/api/families/" + familyId + "/liaisons/NEIGHBOUR")
                .then().statusCode(400).contentType(PROBLEM).body("violations[0].field", equalTo("role"));
        given().auth().oauth2(city).contentType(ContentType.JSON).body(Map.of("name", "郑丽娟", "phone", "0592-123"))
                .when().put("/api/families/" + familyId + "/liaisons/BRANCH_WORKER")
                .then().statusCode(400).contentType(PROBLEM).body("violations[0].field", equalTo("phone"));
    }

    @Test
    void shouldKeepOtherDistrictsAndVolunteersOut() {
        String familyId = register(Tokens.of("siming"));
        given().auth().oauth2(Tokens.of("huli")).contentType(ContentType.JSON).body(Map.of("name", "王强", "phone", "13906003344"))
                .when().put("/api/families/" + familyId + "/liaisons/BRANCH_WORKER")
                .then().statusCode(404).contentType(PROBLEM);
        given().auth().oauth2(Tokens.of("volunteer")).when().get("/api/families/" + familyId + "/liaisons")
                .then().statusCode(403).contentType(PROBLEM);
    }
}
