package org.nuanxin.volunteer.volunteer;

import io.cloudevents.CloudEvent;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;
import org.nuanxin.common.testing.CloudEvents;
import org.nuanxin.common.testing.EventTap;
import org.nuanxin.common.testing.RealInfrastructure;
import org.nuanxin.common.testing.Tokens;
import org.nuanxin.volunteer.testing.People;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

@QuarkusTest
@QuarkusTestResource(value = RealInfrastructure.class, restrictToAnnotatedClass = false)
class VolunteerLifecycleTest {

    private static final String PROBLEM = "application/problem+json";

    private static void changeStatus(String token, String id, String status, int expected) {
        given().auth().oauth2(token).contentType(ContentType.JSON).body(Map.of("status", status, "reason", "测试"))
                .when().post("/api/volunteers/" + id + "/status").then().statusCode(expected);
    }

    @Test
    void shouldWalkApplicantToActiveToSuspendedAndBackWithEventsAndHistory() {
        String city = Tokens.of("city");
        String id = People.register(People.body("陈秀兰", "350203", List.of("HOME_VISIT")));
        try (EventTap tap = new EventTap("volunteer.events")) {
            changeStatus(city, id, "ACTIVE", 200);
            changeStatus(city, id, "SUSPENDED", 200);
            changeStatus(city, id, "ACTIVE", 200);
            changeStatus(city, id, "LEFT", 200);

            List<CloudEvent> joined = tap.await(EventTap.of("org.nuanxin.volunteer.volunteer-joined.v1", id), Duration.ofSeconds(20));
            assertEquals(1, joined.size());
            assertEquals("APPLICANT", CloudEvents.json(joined.get(0)).get("previousStatus").asText());
            assertEquals(1, tap.await(EventTap.of("org.nuanxin.volunteer.volunteer-suspended.v1", id), Duration.ofSeconds(20)).size());
            assertEquals(1, tap.await(EventTap.of("org.nuanxin.volunteer.volunteer-reinstated.v1", id), Duration.ofSeconds(20)).size());
            List<CloudEvent> left = tap.await(EventTap.of("org.nuanxin.volunteer.volunteer-left.v1", id), Duration.ofSeconds(20));
            assertEquals(1, left.size());
            assertFalse(CloudEvents.data(left.get(0)).contains("陈秀兰"), "events carry no names");
        }
        given().auth().oauth2(city).when().get("/api/volunteers/" + id + "/status-history")
                .then().statusCode(200)
                .body("to", contains("LEFT", "ACTIVE", "SUSPENDED", "ACTIVE"))
                .body("[0].reason", equalTo("测试"))
                .body("[0].changedBy", equalTo("city"));
    }

    @Test
    void shouldRefuseAWayBackFromLeftNamingStatus() {
        String id = People.active("350206", "ERRAND");
        changeStatus(Tokens.of("city"), id, "LEFT", 200);
        given().auth().oauth2(Tokens.of("city")).contentType(ContentType.JSON).body(Map.of("status", "ACTIVE", "reason", "回来了"))
                .when().post("/api/volunteers/" + id + "/status")
                .then().statusCode(409).contentType(PROBLEM)
                .body("violations[0].field", equalTo("status"));
    }

    @Test
    void shouldRequireAReasonForAStatusChange() {
        String id = People.register(People.body("陈秀兰", "350203", List.of("HOME_VISIT")));
        given().auth().oauth2(Tokens.of("city")).contentType(ContentType.JSON).body(Map.of("status", "ACTIVE"))
                .when().post("/api/volunteers/" + id + "/status")
                .then().statusCode(400).contentType(PROBLEM)
                .body("violations[0].field", equalTo("reason"));
    }

    @Test
    void shouldNotLetAVolunteerChangeTheirOwnStatus() {
        String id = People.freshDemoVolunteer();
        changeStatus(Tokens.of("volunteer"), id, "SUSPENDED", 403);
    }

    @Test
    void shouldKeepDistrictCoordinatorsToTheirDistrictsMembers() {
        String id = People.register(People.body("陈秀兰", "350203", List.of("HOME_VISIT")));
        given().auth().oauth2(Tokens.of("huli")).contentType(ContentType.JSON).body(Map.of("status", "ACTIVE", "reason", "培训"))
                .when().post("/api/volunteers/" + id + "/status")
                .then().statusCode(404).contentType(PROBLEM);
    }

    @Test
    void shouldLinkOneAccountToOneMemberOnly() {
        String city = Tokens.of("city");
        String username = "acct" + System.nanoTime();
        Map<String, Object> first = People.body("王建国", "350211", List.of("ERRAND"));
        first.put("username", username);
        String firstId = People.register(first);
        given().auth().oauth2(city).when().get("/api/volunteers/" + firstId).then().body("username", equalTo(username));

        String secondId = People.register(People.body("王建军", "350211", List.of("ERRAND")));
        given().auth().oauth2(city).contentType(ContentType.JSON).body(Map.of("username", username))
                .when().put("/api/volunteers/" + secondId + "/account")
                .then().statusCode(409).contentType(PROBLEM)
                .body("violations[0].field", equalTo("username"));
        given().auth().oauth2(city).contentType(ContentType.JSON).body("{\"username\":null}")
                .when().put("/api/volunteers/" + firstId + "/account")
                .then().statusCode(200);
        given().auth().oauth2(city).contentType(ContentType.JSON).body(Map.of("username", username))
                .when().put("/api/volunteers/" + secondId + "/account")
                .then().statusCode(200).body("username", equalTo(username));
    }

    @Test
    void shouldShowTheVolunteerTheirOwnRecordAndLetThemSetOnlyTheirAvailability() {
        String id = People.freshDemoVolunteer();
        String volunteer = Tokens.of("volunteer");
        given().auth().oauth2(volunteer).when().get("/api/volunteers/me")
                .then().statusCode(200).body("id", equalTo(id)).body("username", equalTo("volunteer"));

        List<Map<String, String>> slots = List.of(Map.of("day", "TUESDAY", "part", "AFTERNOON"),
                Map.of("day", "MONDAY", "part", "MORNING"));
        given().auth().oauth2(volunteer).contentType(ContentType.JSON)
                .body(Map.of("slots", slots, "status", "SUSPENDED"))
                .when().put("/api/volunteers/me/availability")
                .then().statusCode(400).contentType(PROBLEM).body("violations[0].field", equalTo("status"));
        given().auth().oauth2(volunteer).contentType(ContentType.JSON)
                .body(Map.of("slots", slots))
                .when().put("/api/volunteers/me/availability")
                .then().statusCode(200)
                .body("availability", hasSize(2))
                .body("availability[0].day", equalTo("MONDAY"))
                .body("status", equalTo("ACTIVE"));
        given().auth().oauth2(volunteer).when().get("/api/volunteers/" + id).then().statusCode(403);
    }

    @Test
    void shouldNameAnUnknownPartOfDay() {
        People.freshDemoVolunteer();
        given().auth().oauth2(Tokens.of("volunteer")).contentType(ContentType.JSON)
                .body(Map.of("slots", List.of(Map.of("day", "TUESDAY", "part", "NIGHT"))))
                .when().put("/api/volunteers/me/availability")
                .then().statusCode(400).contentType(PROBLEM)
                .body("violations[0].field", equalTo("slots[0].part"));
    }

    @Test
    void shouldFilterTheRegisterByStatus() {
        String name = "状" + System.nanoTime() % 100000;
        String applicant = People.register(People.body(name, "350205", List.of("ERRAND")));
        String active = People.active(People.body(name, "350205", List.of("ERRAND")));
        given().auth().oauth2(Tokens.of("city")).queryParam("q", name).queryParam("status", "ACTIVE")
                .when().get("/api/volunteers")
                .then().statusCode(200)
                .body("total", equalTo(1))
                .body("items[0].id", equalTo(active));
        assertFalse(applicant.equals(active));
    }
}
