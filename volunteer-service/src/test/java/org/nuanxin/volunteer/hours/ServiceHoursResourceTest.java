package org.nuanxin.volunteer.hours;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;
import org.nuanxin.common.testing.CloudEvents;
import org.nuanxin.common.testing.EventTap;
import org.nuanxin.common.testing.RealInfrastructure;
import org.nuanxin.common.testing.Tokens;
import org.nuanxin.volunteer.testing.Families;
import org.nuanxin.volunteer.testing.People;
import org.nuanxin.volunteer.testing.Visits;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
@QuarkusTestResource(value = RealInfrastructure.class, restrictToAnnotatedClass = false)
class ServiceHoursResourceTest {

    private static final String PROBLEM = "application/problem+json";
    private static final String SIMING = "350203";

    /** A verified visit of {@code minutes}, checked out: returns the task id. */
    private static String verifiedVisit(String volunteerId, int minutes) {
        String familyId = Families.registered(SIMING);
        String taskId = Visits.underWayNow(familyId, "ERRAND", volunteerId);
        String volunteer = Tokens.of("volunteer");
        Visits.checkInWithCode(volunteer, taskId, Visits.currentCode(familyId));
        Visits.checkedInAgo(taskId, Duration.ofMinutes(minutes));
        given().auth().oauth2(volunteer).when().post("/api/tasks/" + taskId + "/check-out")
                .then().statusCode(200).body("checkedOutAt", org.hamcrest.Matchers.notNullValue());
        return taskId;
    }

    @Test
    void shouldCreditHoursFromAVerifiedCheckInAndCheckOutAndPublishThem() {
        String volunteerId = People.freshDemoVolunteer("ERRAND");
        try (EventTap tap = new EventTap("volunteer.events")) {
            String taskId = verifiedVisit(volunteerId, 90);
            given().auth().oauth2(Tokens.of("volunteer")).when().get("/api/service-hours/me")
                    .then().statusCode(200)
                    .body("totalMinutes", equalTo(90))
                    .body("totalHours", equalTo("1.5"))
                    .body("services", equalTo(1))
                    .body("starLevel", equalTo(0))
                    .body("nextStarAtHours", equalTo(100))
                    .body("entries[0].taskId", equalTo(taskId))
                    .body("entries[0].source", equalTo("CHECK_IN"));
            JsonNode credited = CloudEvents.json(tap.await(EventTap.of("org.nuanxin.volunteer.hours-credited.v1", volunteerId),
                    Duration.ofSeconds(20)).get(0));
            assertEquals(90, credited.get("minutes").asInt());
            assertEquals(taskId, credited.get("taskId").asText());
            assertEquals(90, credited.get("totalMinutes").asLong());
        }
    }

    @Test
    void shouldCreditNothingForATaskWithoutAVerifiedCheckIn() {
        String volunteerId = People.freshDemoVolunteer("ERRAND");
        String familyId = Families.registered(SIMING);
        String taskId = Visits.underWayNow(familyId, "ERRAND", volunteerId);
        String volunteer = Tokens.of("volunteer");
        given().auth().oauth2(volunteer).contentType(ContentType.JSON).body(Map.of("code", "000000"))
                .when().post("/api/tasks/" + taskId + "/check-in").then().statusCode(422);
        given().auth().oauth2(volunteer).when().post("/api/tasks/" + taskId + "/check-out").then().statusCode(409);
        given().auth().oauth2(volunteer).contentType(ContentType.JSON).body("{}")
                .when().post("/api/tasks/" + taskId + "/completion").then().statusCode(409);
        given().auth().oauth2(volunteer).when().get("/api/service-hours/me")
                .then().statusCode(200).body("totalMinutes", equalTo(0)).body("entries", hasSize(0));
    }

    @Test
    void shouldGiveNoWayForAVolunteerToWriteTheirOwnHours() {
        String volunteerId = People.freshDemoVolunteer("ERRAND");
        String volunteer = Tokens.of("volunteer");
        given().auth().oauth2(volunteer).contentType(ContentType.JSON)
                .body(Map.of("volunteerId", volunteerId, "minutes", 600, "reason", "自己加的", "status", "APPROVED"))
                .when().post("/api/service-hours/corrections")
                .then().statusCode(400).contentType(PROBLEM).body("violations[0].field", equalTo("status"));
        String correction = given().auth().oauth2(volunteer).contentType(ContentType.JSON)
                .body(Map.of("volunteerId", volunteerId, "minutes", 600, "reason", "自己加的"))
                .when().post("/api/service-hours/corrections")
                .then().statusCode(201).body("status", equalTo("PENDING")).extract().path("id");
        given().auth().oauth2(volunteer).contentType(ContentType.JSON).body(Map.of("approve", true, "reason", "同意"))
                .when().post("/api/service-hours/corrections/" + correction + "/decision")
                .then().statusCode(403);
        given().auth().oauth2(volunteer).when().get("/api/service-hours/me").then().body("totalMinutes", equalTo(0));
        String other = People.active(SIMING, "ERRAND");
        given().auth().oauth2(volunteer).contentType(ContentType.JSON)
                .body(Map.of("volunteerId", other, "minutes", 60, "reason", "帮同伴申请"))
                .when().post("/api/service-hours/corrections")
                .then().statusCode(400).contentType(PROBLEM).body("violations[0].field", equalTo("volunteerId"));
        given().auth().oauth2(volunteer).when().get("/api/service-hours/volunteers/" + other).then().statusCode(404);
    }

    @Test
    void shouldCreditACorrectionOnlyOnceACoordinatorApprovesItWithAReason() {
        String volunteerId = People.freshDemoVolunteer("ERRAND");
        verifiedVisit(volunteerId, 60);
        String correction = given().auth().oauth2(Tokens.of("volunteer")).contentType(ContentType.JSON)
                .body(Map.of("volunteerId", volunteerId, "minutes", 30, "reason", "忘记签退，实际多服务半小时"))
                .when().post("/api/service-hours/corrections").then().statusCode(201).extract().path("id");
        String siming = Tokens.of("siming");
        given().auth().oauth2(siming).queryParam("status", "PENDING").when().get("/api/service-hours/corrections")
                .then().statusCode(200).body("find { it.id == '" + correction + "' }.volunteerName", equalTo("张敏"));
        given().auth().oauth2(siming).contentType(ContentType.JSON).body(Map.of("approve", true))
                .when().post("/api/service-hours/corrections/" + correction + "/decision")
                .then().statusCode(400).contentType(PROBLEM).body("violations[0].field", equalTo("reason"));
        given().auth().oauth2(Tokens.of("huli")).contentType(ContentType.JSON).body(Map.of("approve", true, "reason", "属实"))
                .when().post("/api/service-hours/corrections/" + correction + "/decision")
                .then().statusCode(404);
        given().auth().oauth2(Tokens.of("volunteer")).when().get("/api/service-hours/me").then().body("totalMinutes", equalTo(60));

        given().auth().oauth2(siming).contentType(ContentType.JSON).body(Map.of("approve", true, "reason", "与家属核实，属实"))
                .when().post("/api/service-hours/corrections/" + correction + "/decision")
                .then().statusCode(200).body("status", equalTo("APPROVED")).body("decidedBy", equalTo("siming"));
        given().auth().oauth2(Tokens.of("volunteer")).when().get("/api/service-hours/me")
                .then().body("totalMinutes", equalTo(90)).body("entries[0].source", equalTo("CORRECTION"));
        given().auth().oauth2(siming).contentType(ContentType.JSON).body(Map.of("approve", false, "reason", "改主意"))
                .when().post("/api/service-hours/corrections/" + correction + "/decision")
                .then().statusCode(409);
    }

    @Test
    void shouldNotLetACoordinatorApproveTheirOwnCorrection() {
        String volunteerId = People.active(SIMING, "ERRAND");
        String correction = given().auth().oauth2(Tokens.of("siming")).contentType(ContentType.JSON)
                .body(Map.of("volunteerId", volunteerId, "minutes", 120, "reason", "纸质签到表补录"))
                .when().post("/api/service-hours/corrections").then().statusCode(201).extract().path("id");
        given().auth().oauth2(Tokens.of("siming")).contentType(ContentType.JSON).body(Map.of("approve", true, "reason", "补录"))
                .when().post("/api/service-hours/corrections/" + correction + "/decision")
                .then().statusCode(409).contentType(PROBLEM);
        given().auth().oauth2(Tokens.of("city")).contentType(ContentType.JSON).body(Map.of("approve", true, "reason", "核对签到表"))
                .when().post("/api/service-hours/corrections/" + correction + "/decision")
                .then().statusCode(200);
        given().auth().oauth2(Tokens.of("siming")).when().get("/api/service-hours/volunteers/" + volunteerId)
                .then().statusCode(200).body("totalMinutes", equalTo(120));
    }

    @Test
    void shouldRefuseACorrectionThatWouldMakeTheTotalNegative() {
        String volunteerId = People.active(SIMING, "ERRAND");
        String correction = given().auth().oauth2(Tokens.of("siming")).contentType(ContentType.JSON)
                .body(Map.of("volunteerId", volunteerId, "minutes", -60, "reason", "重复记录"))
                .when().post("/api/service-hours/corrections").then().statusCode(201).extract().path("id");
        given().auth().oauth2(Tokens.of("city")).contentType(ContentType.JSON).body(Map.of("approve", true, "reason", "核实"))
                .when().post("/api/service-hours/corrections/" + correction + "/decision")
                .then().statusCode(409).body("violations[0].field", equalTo("minutes"));
    }

    @Test
    void shouldExportTheLedgerAsExcelReadyCsvWithChineseHeaders() {
        String volunteerId = People.freshDemoVolunteer("ERRAND");
        verifiedVisit(volunteerId, 75);
        Response response = given().auth().oauth2(Tokens.of("siming")).when().get("/api/service-hours/export");
        response.then().statusCode(200)
                .contentType(org.hamcrest.Matchers.startsWith("text/csv"))
                .header("Content-Disposition", org.hamcrest.Matchers.containsString("attachment"));
        byte[] bytes = response.asByteArray();
        assertArrayEquals(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, java.util.Arrays.copyOf(bytes, 3), "UTF-8 BOM");
        String csv = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        String[] lines = csv.split("\r\n");
        assertEquals("志愿者编号,姓名,手机号,所在区,服务日期,服务类型,开始时间,结束时间,服务时长（小时）,服务分钟,记录来源", lines[0]);
        String row = java.util.Arrays.stream(lines).filter(l -> l.startsWith(volunteerId)).findFirst().orElseThrow();
        assertTrue(row.contains(",张敏,139"), row);
        assertTrue(row.contains(",思明区,"), row);
        assertTrue(row.endsWith(",代办跑腿," + row.split(",")[6] + "," + row.split(",")[7] + ",1.3,75,签到核验"), row);
        given().auth().oauth2(Tokens.of("huli")).queryParam("districtCode", SIMING).when().get("/api/service-hours/export")
                .then().statusCode(403).contentType(PROBLEM);
        given().auth().oauth2(Tokens.of("volunteer")).when().get("/api/service-hours/export").then().statusCode(403);
        given().auth().oauth2(Tokens.of("city")).queryParam("from", "2026-12-31").queryParam("to", "2026-12-01")
                .when().get("/api/service-hours/export")
                .then().statusCode(400).contentType(PROBLEM).body("violations[0].field", equalTo("to"));
    }
}
