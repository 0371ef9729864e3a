package org.nuanxin.volunteer.report;

import com.fasterxml.jackson.databind.JsonNode;
import io.cloudevents.CloudEvent;
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
import org.nuanxin.volunteer.testing.Visits;

import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
@QuarkusTestResource(value = RealInfrastructure.class, restrictToAnnotatedClass = false)
class CompletionResourceTest {

    private static final String PROBLEM = "application/problem+json";
    private static final String SIMING = "350203";

    private static Map<String, Object> report() {
        Map<String, Object> body = new HashMap<>();
        body.put("wellbeing", 4);
        body.put("needsObserved", List.of("MEDICAL", "DAILY_CARE"));
        body.put("notes", "老人情绪平稳，提到膝盖疼，儿子忌日快到了");
        body.put("followUp", "联系社区医生上门看膝盖");
        body.put("followUpDue", LocalDate.now().plusDays(3).toString());
        body.put("location", "家中");
        return body;
    }

    @Test
    void shouldCreditAnOfflineReportUpToWhenThePhoneSaidTheVolunteerLeftNotWhenItArrived() {
        String volunteerId = People.freshDemoVolunteer();
        String familyId = Families.registered(SIMING);
        String taskId = Visits.underWayNow(familyId, "HOME_VISIT", volunteerId);
        String volunteer = Tokens.of("volunteer");
        Visits.checkInWithCode(volunteer, taskId, Visits.currentCode(familyId));
        // checked in three hours ago, wrote the report after 50 minutes with no signal, and it is sent only now
        Visits.checkedInAgo(taskId, Duration.ofHours(3));
        Map<String, Object> body = report();
        body.put("checkedOutAt", OffsetDateTime.now().minusMinutes(130).toString());
        try (EventTap tap = new EventTap("volunteer.events")) {
            given().auth().oauth2(volunteer).contentType(ContentType.JSON).body(body)
                    .when().post("/api/tasks/" + taskId + "/completion")
                    .then().statusCode(200).body("status", equalTo("COMPLETED"));
            JsonNode reported = CloudEvents.json(tap.await(EventTap.of("org.nuanxin.volunteer.visit-reported.v1", taskId),
                    Duration.ofSeconds(20)).get(0));
            assertEquals(50, reported.get("durationMinutes").asInt());
        }
        given().auth().oauth2(volunteer).when().get("/api/service-hours/me")
                .then().statusCode(200).body("entries.find { it.taskId == '" + taskId + "' }.minutes", equalTo(50));
    }

    @Test
    void shouldNeverLetThePhonesClockLengthenOrInvertAVisit() {
        String volunteerId = People.freshDemoVolunteer();
        String volunteer = Tokens.of("volunteer");
        String late = Families.registered(SIMING);
        String lateTask = Visits.underWayNow(late, "HOME_VISIT", volunteerId);
        Visits.checkInWithCode(volunteer, lateTask, Visits.currentCode(late));
        Visits.checkedInAgo(lateTask, Duration.ofMinutes(40));
        Map<String, Object> future = report();
        future.put("checkedOutAt", OffsetDateTime.now().plusHours(5).toString());
        given().auth().oauth2(volunteer).contentType(ContentType.JSON).body(future)
                .when().post("/api/tasks/" + lateTask + "/completion").then().statusCode(200);

        String early = Families.registered(SIMING);
        String earlyTask = Visits.underWayNow(early, "HOME_VISIT", volunteerId);
        Visits.checkInWithCode(volunteer, earlyTask, Visits.currentCode(early));
        Visits.checkedInAgo(earlyTask, Duration.ofMinutes(40));
        Map<String, Object> past = report();
        past.put("checkedOutAt", OffsetDateTime.now().minusDays(2).toString());
        given().auth().oauth2(volunteer).contentType(ContentType.JSON).body(past)
                .when().post("/api/tasks/" + earlyTask + "/completion").then().statusCode(200);

        given().auth().oauth2(volunteer).when().get("/api/service-hours/me").then().statusCode(200)
                .body("entries.find { it.taskId == '" + lateTask + "' }.minutes", equalTo(40))
                // checked out at the check-in: less than a minute, so nothing credited
                .body("entries.findAll { it.taskId == '" + earlyTask + "' }.size()", equalTo(0));
    }

    @Test
    void shouldPublishTheVisitReportWithTheCompletionAndKeepTheNotes() {
        String volunteerId = People.freshDemoVolunteer();
        String familyId = Families.registered(SIMING);
        String taskId = Visits.underWayNow(familyId, "HOME_VISIT", volunteerId);
        String volunteer = Tokens.of("volunteer");
        Visits.checkInWithCode(volunteer, taskId, Visits.currentCode(familyId));
        Visits.checkedInAgo(taskId, Duration.ofMinutes(75));

        try (EventTap tap = new EventTap("volunteer.events")) {
            given().auth().oauth2(volunteer).contentType(ContentType.JSON).body(report())
                    .when().post("/api/tasks/" + taskId + "/completion")
                    .then().statusCode(200).body("status", equalTo("COMPLETED"));

            List<CloudEvent> completed = tap.await(EventTap.of("org.nuanxin.volunteer.task-completed.v1", taskId), Duration.ofSeconds(20));
            assertEquals(1, completed.size());
            JsonNode done = CloudEvents.json(completed.get(0));
            assertEquals(volunteerId, done.get("volunteerId").asText());
            assertEquals("volunteer", done.get("volunteerUsername").asText());
            assertEquals("HOME_VISIT", done.get("kind").asText());
            assertEquals(SIMING, done.get("districtCode").asText());

            List<CloudEvent> reported = tap.await(EventTap.of("org.nuanxin.volunteer.visit-reported.v1", taskId), Duration.ofSeconds(20));
            assertEquals(1, reported.size());
            JsonNode data = CloudEvents.json(reported.get(0));
            assertEquals(taskId, data.get("taskId").asText());
            assertEquals(familyId, data.get("familyId").asText());
            assertEquals(SIMING, data.get("districtCode").asText());
            assertEquals(volunteerId, data.get("volunteerId").asText());
            assertEquals("HOME_VISIT", data.get("kind").asText());
            assertEquals(75, data.get("durationMinutes").asInt());
            assertEquals(4, data.get("wellbeing").asInt());
            assertEquals(List.of("MEDICAL", "DAILY_CARE"), List.of(data.get("needsObserved").get(0).asText(),
                    data.get("needsObserved").get(1).asText()));
            assertEquals("联系社区医生上门看膝盖", data.get("followUp").asText());
            assertEquals(LocalDate.now().plusDays(3).toString(), data.get("followUpDue").asText());
            assertEquals("家中", data.get("location").asText());
            assertTrue(data.get("reportId").asText().length() == 36);
            OffsetDateTime contactedAt = OffsetDateTime.parse(data.get("contactedAt").asText());
            assertTrue(contactedAt.isBefore(OffsetDateTime.now().minusMinutes(70)), "the verified check-in time");
            assertFalse(CloudEvents.data(reported.get(0)).contains("忌日"), "notes stay in volunteer-service");
            assertFalse(data.has("notes"));
        }
        given().auth().oauth2(Tokens.of("siming")).when().get("/api/tasks/" + taskId + "/report")
                .then().statusCode(200).body("notes", equalTo("老人情绪平稳，提到膝盖疼，儿子忌日快到了"))
                .body("durationMinutes", equalTo(75));
        given().auth().oauth2(Tokens.of("auditor")).when().get("/api/tasks/" + taskId + "/report")
                .then().statusCode(200).body("notes", nullValue()).body("wellbeing", equalTo(4));
        given().auth().oauth2(volunteer).when().get("/api/service-hours/me").then().body("totalMinutes", equalTo(75));
    }

    @Test
    void shouldReportAPhoneCallMadeWithoutCheckingInAsAPhoneCallWithItsOwnLength() {
        String volunteerId = People.freshDemoVolunteer();
        String familyId = Families.registered(SIMING);
        String taskId = Visits.underWayNow(familyId, "PHONE_CONTACT", volunteerId);
        String volunteer = Tokens.of("volunteer");
        Map<String, Object> call = new HashMap<>(Map.of("wellbeing", 3));
        given().auth().oauth2(volunteer).contentType(ContentType.JSON).body(call)
                .when().post("/api/tasks/" + taskId + "/completion")
                .then().statusCode(400).contentType(PROBLEM).body("violations[0].field", equalTo("durationMinutes"));
        call.put("durationMinutes", 12);
        try (EventTap tap = new EventTap("volunteer.events")) {
            given().auth().oauth2(volunteer).contentType(ContentType.JSON).body(call)
                    .when().post("/api/tasks/" + taskId + "/completion").then().statusCode(200);
            JsonNode data = CloudEvents.json(tap.await(EventTap.of("org.nuanxin.volunteer.visit-reported.v1", taskId),
                    Duration.ofSeconds(20)).get(0));
            assertEquals("PHONE_CALL", data.get("kind").asText());
            assertEquals(12, data.get("durationMinutes").asInt());
            assertTrue(data.get("followUp").isNull());
            assertEquals(0, data.get("needsObserved").size());
        }
        given().auth().oauth2(volunteer).when().get("/api/service-hours/me").then().body("totalMinutes", equalTo(0));
    }

    @Test
    void shouldNameTheMissingPiecesOfAReport() {
        String volunteerId = People.freshDemoVolunteer();
        String familyId = Families.registered(SIMING);
        String taskId = Visits.underWayNow(familyId, "HOME_VISIT", volunteerId);
        String volunteer = Tokens.of("volunteer");
        Visits.checkInWithCode(volunteer, taskId, Visits.currentCode(familyId));
        given().auth().oauth2(volunteer).contentType(ContentType.JSON).body(Map.of("needsObserved", List.of("MEDICAL")))
                .when().post("/api/tasks/" + taskId + "/completion")
                .then().statusCode(400).body("violations[0].field", equalTo("wellbeing"));
        given().auth().oauth2(volunteer).contentType(ContentType.JSON).body(Map.of("wellbeing", 6))
                .when().post("/api/tasks/" + taskId + "/completion")
                .then().statusCode(400).body("violations[0].field", equalTo("wellbeing"));
        given().auth().oauth2(volunteer).contentType(ContentType.JSON).body(Map.of("wellbeing", 4, "followUp", "再去一次"))
                .when().post("/api/tasks/" + taskId + "/completion")
                .then().statusCode(400).body("violations[0].field", equalTo("followUpDue"));
        given().auth().oauth2(volunteer).contentType(ContentType.JSON).body(Map.of("wellbeing", 4, "needsObserved", List.of("ROMANCE")))
                .when().post("/api/tasks/" + taskId + "/completion")
                .then().statusCode(400).body("violations[0].field", equalTo("needsObserved[0]"));
    }

    @Test
    void shouldNotCompleteAHomeVisitWithoutAVerifiedCheckIn() {
        String volunteerId = People.freshDemoVolunteer();
        String taskId = Visits.underWayNow(Families.registered(SIMING), "HOME_VISIT", volunteerId);
        given().auth().oauth2(Tokens.of("volunteer")).contentType(ContentType.JSON).body(report())
                .when().post("/api/tasks/" + taskId + "/completion")
                .then().statusCode(409).contentType(PROBLEM);
    }

    @Test
    void shouldCompleteAnErrandWithoutAReport() {
        String volunteerId = People.freshDemoVolunteer("ERRAND");
        String familyId = Families.registered(SIMING);
        String taskId = Visits.underWayNow(familyId, "ERRAND", volunteerId);
        String volunteer = Tokens.of("volunteer");
        Visits.checkInWithCode(volunteer, taskId, Visits.currentCode(familyId));
        try (EventTap tap = new EventTap("volunteer.events")) {
            given().auth().oauth2(volunteer).contentType(ContentType.JSON).body("{}")
                    .when().post("/api/tasks/" + taskId + "/completion").then().statusCode(200);
            assertEquals(1, tap.await(EventTap.of("org.nuanxin.volunteer.task-completed.v1", taskId), Duration.ofSeconds(20)).size());
            assertTrue(tap.collect(EventTap.of("org.nuanxin.volunteer.visit-reported.v1", taskId), Duration.ofSeconds(2)).isEmpty());
        }
        given().auth().oauth2(Tokens.of("siming")).when().get("/api/tasks/" + taskId + "/report").then().statusCode(404);
    }
}
