package org.nuanxin.volunteer.checkin;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;
import org.nuanxin.common.testing.CloudEvents;
import org.nuanxin.common.testing.EventTap;
import org.nuanxin.common.testing.RealInfrastructure;
import org.nuanxin.common.testing.Tokens;
import org.nuanxin.volunteer.testing.Families;
import org.nuanxin.volunteer.testing.People;
import org.nuanxin.volunteer.testing.Tasks;
import org.nuanxin.volunteer.testing.Visits;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.nuanxin.volunteer.testing.Visits.LAT;
import static org.nuanxin.volunteer.testing.Visits.LON;

@QuarkusTest
@QuarkusTestResource(value = RealInfrastructure.class, restrictToAnnotatedClass = false)
class CheckInResourceTest {

    private static final String PROBLEM = "application/problem+json";
    private static final String SIMING = "350203";

    private static Map<String, Object> at(double lat, double lon) {
        return Map.of("position", Map.of("latitude", lat, "longitude", lon));
    }

    @Test
    void shouldGiveCoordinatorsTheFamilysCurrentCodeAsAQrPayloadButNotVolunteers() {
        String familyId = Families.registered(SIMING);
        given().auth().oauth2(Tokens.of("siming")).when().get("/api/check-in-codes/" + familyId)
                .then().statusCode(200)
                .body("code", matchesPattern("\\d{6}"))
                .body("qrPayload", containsString(familyId))
                .body("validUntil", notNullValue());
        given().auth().oauth2(Tokens.of("volunteer")).when().get("/api/check-in-codes/" + familyId)
                .then().statusCode(403).contentType(PROBLEM);
        given().auth().oauth2(Tokens.of("huli")).when().get("/api/check-in-codes/" + familyId)
                .then().statusCode(404).contentType(PROBLEM);
    }

    @Test
    void shouldCheckInWithTheFamilysCurrentCodeAndPublishIt() {
        String familyId = Families.registered(SIMING);
        String taskId = Visits.underWayNow(familyId, "HOME_VISIT", People.freshDemoVolunteer());
        String volunteer = Tokens.of("volunteer");
        try (EventTap tap = new EventTap("volunteer.events")) {
            given().auth().oauth2(volunteer).contentType(ContentType.JSON).body(Map.of("code", Visits.currentCode(familyId)))
                    .when().post("/api/tasks/" + taskId + "/check-in")
                    .then().statusCode(200)
                    .body("status", equalTo("CHECKED_IN"))
                    .body("checkInMethod", equalTo("CODE"));
            JsonNode data = CloudEvents.json(tap.await(EventTap.of("org.nuanxin.volunteer.task-checked-in.v1", taskId),
                    Duration.ofSeconds(20)).get(0));
            assertEquals(familyId, data.get("familyId").asText());
            assertEquals("CODE", data.get("method").asText());
        }
        given().auth().oauth2(volunteer).contentType(ContentType.JSON).body(Map.of("code", Visits.currentCode(familyId)))
                .when().post("/api/tasks/" + taskId + "/check-in")
                .then().statusCode(409).contentType(PROBLEM);
    }

    @Test
    void shouldRejectAWrongCodeWith422NamingCode() {
        String familyId = Families.registered(SIMING);
        String taskId = Visits.underWayNow(familyId, "HOME_VISIT", People.freshDemoVolunteer());
        String right = Visits.currentCode(familyId);
        String wrong = String.format("%06d", (Integer.parseInt(right) + 1) % 1_000_000);
        given().auth().oauth2(Tokens.of("volunteer")).contentType(ContentType.JSON).body(Map.of("code", wrong))
                .when().post("/api/tasks/" + taskId + "/check-in")
                .then().statusCode(422).contentType(PROBLEM)
                .body("violations[0].field", equalTo("code"))
                .body("violations[0].message", equalTo("签到码不正确"));
        given().auth().oauth2(Tokens.of("siming")).when().get("/api/tasks/" + taskId).then().body("status", equalTo("ASSIGNED"));
    }

    @Test
    void shouldRejectAnotherFamilysCodeWith422() {
        String familyId = Families.registered(SIMING);
        String otherFamily = Families.registered(SIMING);
        String taskId = Visits.underWayNow(familyId, "HOME_VISIT", People.freshDemoVolunteer());
        given().auth().oauth2(Tokens.of("volunteer")).contentType(ContentType.JSON)
                .body(Map.of("code", Visits.currentCode(otherFamily)))
                .when().post("/api/tasks/" + taskId + "/check-in")
                .then().statusCode(422).body("violations[0].field", equalTo("code"));
    }

    @Test
    void shouldRejectAnExpiredCodeWith422NamingCode() throws InterruptedException {
        String familyId = Families.registered(SIMING);
        String taskId = Visits.underWayNow(familyId, "HOME_VISIT", People.freshDemoVolunteer());
        String volunteer = Tokens.of("volunteer");
        var code = given().auth().oauth2(Tokens.of("siming")).when().get("/api/check-in-codes/" + familyId)
                .then().statusCode(200).extract().jsonPath();
        OffsetDateTime validUntil = OffsetDateTime.parse(code.getString("validUntil"));
        // the test profile rotates codes every 5 s and accepts them for 15 s
        long wait = Duration.between(OffsetDateTime.now(), validUntil).toMillis() + 1000;
        Thread.sleep(Math.max(0, wait));
        given().auth().oauth2(volunteer).contentType(ContentType.JSON).body(Map.of("code", code.getString("code")))
                .when().post("/api/tasks/" + taskId + "/check-in")
                .then().statusCode(422).contentType(PROBLEM)
                .body("violations[0].field", equalTo("code"))
                .body("violations[0].message", equalTo("签到码已过期，请看最新的签到码"));
    }

    @Test
    void shouldCheckInByPositionWithinTheRadius() {
        String familyId = Families.registered(SIMING);
        String taskId = Visits.underWayNow(familyId, "HOME_VISIT", People.freshDemoVolunteer());
        // about 40 m from the door
        given().auth().oauth2(Tokens.of("volunteer")).contentType(ContentType.JSON).body(at(LAT + 0.0003, LON + 0.0002))
                .when().post("/api/tasks/" + taskId + "/check-in")
                .then().statusCode(200)
                .body("checkInMethod", equalTo("POSITION"));
    }

    @Test
    void shouldRejectAPositionOutsideTheRadiusWith422NamingPosition() {
        String familyId = Families.registered(SIMING);
        String taskId = Visits.underWayNow(familyId, "HOME_VISIT", People.freshDemoVolunteer());
        // about 250 m north: beyond the default 200 m
        given().auth().oauth2(Tokens.of("volunteer")).contentType(ContentType.JSON).body(at(LAT + 0.00225, LON))
                .when().post("/api/tasks/" + taskId + "/check-in")
                .then().statusCode(422).contentType(PROBLEM)
                .body("violations[0].field", equalTo("position"))
                .body("violations[0].message", containsString("超出 200 米"));
    }

    @Test
    void shouldAcceptAValidCodeEvenFromFarAwayWhenEitherVerifies() {
        String familyId = Families.registered(SIMING);
        String taskId = Visits.underWayNow(familyId, "HOME_VISIT", People.freshDemoVolunteer());
        given().auth().oauth2(Tokens.of("volunteer")).contentType(ContentType.JSON)
                .body(Map.of("code", Visits.currentCode(familyId), "position", Map.of("latitude", LAT + 0.01, "longitude", LON)))
                .when().post("/api/tasks/" + taskId + "/check-in")
                .then().statusCode(200).body("checkInMethod", equalTo("CODE"));
    }

    @Test
    void shouldNameBothFieldsWhenNeitherCodeNorPositionVerifies() {
        String familyId = Families.registered(SIMING);
        String taskId = Visits.underWayNow(familyId, "HOME_VISIT", People.freshDemoVolunteer());
        given().auth().oauth2(Tokens.of("volunteer")).contentType(ContentType.JSON)
                .body(Map.of("code", "000000", "position", Map.of("latitude", LAT + 0.01, "longitude", LON)))
                .when().post("/api/tasks/" + taskId + "/check-in")
                .then().statusCode(422)
                .body("violations.field", org.hamcrest.Matchers.hasItems("position"));
    }

    @Test
    void shouldRefuseAPositionWhenTheTaskAsksForTheCode() {
        String familyId = Families.registered(SIMING);
        String volunteerId = People.freshDemoVolunteer();
        OffsetDateTime now = OffsetDateTime.now(Tasks.XIAMEN);
        Map<String, Object> body = Tasks.body(familyId, "HOME_VISIT", now.minusMinutes(5), now.plusHours(1));
        body.put("latitude", LAT);
        body.put("longitude", LON);
        body.put("verification", "CODE");
        String taskId = Tasks.create(Tokens.of("siming"), body);
        Tasks.assign(Tokens.of("siming"), taskId, volunteerId);
        given().auth().oauth2(Tokens.of("volunteer")).contentType(ContentType.JSON).body(at(LAT, LON))
                .when().post("/api/tasks/" + taskId + "/check-in")
                .then().statusCode(400).contentType(PROBLEM)
                .body("violations[0].field", equalTo("code"));
    }

    @Test
    void shouldRefuseACheckInLongBeforeTheWindow() {
        String familyId = Families.registered(SIMING);
        String volunteerId = People.freshDemoVolunteer();
        String taskId = Tasks.create(Tokens.of("siming"), Tasks.body(familyId, "HOME_VISIT", Tasks.day(3, 9), Tasks.day(3, 11)));
        Tasks.assign(Tokens.of("siming"), taskId, volunteerId);
        given().auth().oauth2(Tokens.of("volunteer")).contentType(ContentType.JSON).body(Map.of("code", Visits.currentCode(familyId)))
                .when().post("/api/tasks/" + taskId + "/check-in")
                .then().statusCode(409).contentType(PROBLEM);
    }

    @Test
    void shouldAnswer404ToAVolunteerCheckingInOnAnotherVolunteersTask() {
        String familyId = Families.registered(SIMING);
        String taskId = Visits.underWayNow(familyId, "HOME_VISIT", People.active(SIMING, "HOME_VISIT"));
        People.freshDemoVolunteer();
        given().auth().oauth2(Tokens.of("volunteer")).contentType(ContentType.JSON).body(Map.of("code", Visits.currentCode(familyId)))
                .when().post("/api/tasks/" + taskId + "/check-in")
                .then().statusCode(404).contentType(PROBLEM);
    }
}
