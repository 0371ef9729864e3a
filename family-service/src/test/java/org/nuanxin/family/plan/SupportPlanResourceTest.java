package org.nuanxin.family.plan;

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
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.nuanxin.family.family.FamilyFixtures.simingFamily;

@QuarkusTest
@QuarkusTestResource(value = RealInfrastructure.class, restrictToAnnotatedClass = false)
class SupportPlanResourceTest {

    private static final String PROBLEM = "application/problem+json";

    private static String register(String token) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(simingFamily())
                .when().post("/api/families").then().statusCode(201).extract().path("id");
    }

    private static Map<String, Object> plan(Map<String, Object> doctor, boolean greenChannel) {
        Map<String, Object> body = new HashMap<>();
        body.put("emotionalComfort", "ACTIVE");
        body.put("homeVisits", "ACTIVE");
        body.put("volunteerService", "NOT_STARTED");
        body.put("insuranceCover", "ACTIVE");
        body.put("familyDoctor", doctor);
        body.put("greenChannel", greenChannel);
        return body;
    }

    private static Map<String, Object> doctor(LocalDate signed, LocalDate expires) {
        Map<String, Object> doctor = new HashMap<>();
        doctor.put("doctorName", "黄志明");
        doctor.put("institution", "鼓浪屿社区卫生服务中心");
        doctor.put("signedOn", signed.toString());
        doctor.put("expiresOn", expires == null ? null : expires.toString());
        return doctor;
    }

    @Test
    void shouldShowANewFamilyWithoutAnyOfTheThreeCoverages() {
        String city = Tokens.of("city");
        String familyId = register(city);
        given().auth().oauth2(city).when().get("/api/families/" + familyId + "/support-plan")
                .then().statusCode(200)
                .body("emotionalComfort", equalTo("NOT_STARTED"))
                .body("familyDoctor", nullValue())
                .body("coverage.missing", contains("LIAISONS", "FAMILY_DOCTOR", "GREEN_CHANNEL"));
    }

    @Test
    void shouldCompleteTheCoveragesWithLiaisonsADoctorContractAndAGreenChannel() {
        String siming = Tokens.of("siming");
        String familyId = register(siming);
        for (String role : List.of("COMMUNITY_WORKER", "BRANCH_WORKER")) {
            given().auth().oauth2(siming).contentType(ContentType.JSON).body(Map.of("name", "郑丽娟", "phone", "13906003344"))
                    .when().put("/api/families/" + familyId + "/liaisons/" + role).then().statusCode(200);
        }
        LocalDate today = LocalDate.now();
        given().auth().oauth2(siming).contentType(ContentType.JSON)
                .body(plan(doctor(today.minusMonths(2), today.plusMonths(10)), true))
                .when().put("/api/families/" + familyId + "/support-plan")
                .then().statusCode(200)
                .body("familyDoctor.institution", equalTo("鼓浪屿社区卫生服务中心"))
                .body("coverage.liaisons", equalTo(true))
                .body("coverage.familyDoctor", equalTo(true))
                .body("coverage.greenChannel", equalTo(true))
                .body("coverage.missing.size()", equalTo(0));

        try (EventTap tap = new EventTap("family.events")) {
            List<CloudEvent> events = tap.await(
                    EventTap.of("org.nuanxin.family.coverage-changed.v1", familyId), Duration.ofSeconds(20));
            assertEquals(1, events.size());
            assertTrue(CloudEvents.json(events.get(0)).get("familyDoctor").asBoolean(), CloudEvents.data(events.get(0)));
        }
    }

    @Test
    void shouldNotCountAnExpiredDoctorContract() {
        String city = Tokens.of("city");
        String familyId = register(city);
        LocalDate today = LocalDate.now();
        given().auth().oauth2(city).contentType(ContentType.JSON)
                .body(plan(doctor(today.minusYears(2), today.minusYears(1)), false))
                .when().put("/api/families/" + familyId + "/support-plan")
                .then().statusCode(200)
                .body("coverage.familyDoctor", equalTo(false))
                .body("coverage.missing", contains("LIAISONS", "FAMILY_DOCTOR", "GREEN_CHANNEL"));
    }

    @Test
    void shouldNameTheDoctorContractFieldsThatCannotBe() {
        String city = Tokens.of("city");
        String familyId = register(city);
        LocalDate today = LocalDate.now();
        given().auth().oauth2(city).contentType(ContentType.JSON)
                .body(plan(doctor(today.minusDays(10), today.minusDays(20)), false))
                .when().put("/api/families/" + familyId + "/support-plan")
                .then().statusCode(400).contentType(PROBLEM)
                .body("violations[0].field", equalTo("familyDoctor.expiresOn"));
        given().auth().oauth2(city).contentType(ContentType.JSON)
                .body(plan(doctor(today.plusDays(3), null), false))
                .when().put("/api/families/" + familyId + "/support-plan")
                .then().statusCode(400).contentType(PROBLEM)
                .body("violations[0].field", equalTo("familyDoctor.signedOn"));
        Map<String, Object> missingState = plan(null, false);
        missingState.remove("homeVisits");
        given().auth().oauth2(city).contentType(ContentType.JSON).body(missingState)
                .when().put("/api/families/" + familyId + "/support-plan")
                .then().statusCode(400).body("violations[0].field", equalTo("homeVisits"));
    }

    @Test
    void shouldKeepPlansInTheFamilysArea() {
        String familyId = register(Tokens.of("siming"));
        given().auth().oauth2(Tokens.of("huli")).when().get("/api/families/" + familyId + "/support-plan")
                .then().statusCode(404).contentType(PROBLEM);
        given().auth().oauth2(Tokens.of("auditor")).contentType(ContentType.JSON).body(plan(null, true))
                .when().put("/api/families/" + familyId + "/support-plan")
                .then().statusCode(403).contentType(PROBLEM);
    }
}
