package org.nuanxin.volunteer.task;

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
import org.nuanxin.volunteer.testing.Tasks;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.nuanxin.volunteer.testing.Tasks.day;

@QuarkusTest
@QuarkusTestResource(value = RealInfrastructure.class, restrictToAnnotatedClass = false)
class TaskResourceTest {

    private static final String PROBLEM = "application/problem+json";
    private static final String SIMING = "350203";

    @Test
    void shouldCreateATaskForAKnownFamilyAndPublishItWithoutThePlace() {
        String familyId = Families.registered(SIMING);
        Map<String, Object> body = Tasks.body(familyId, "HOME_VISIT", day(2, 9), day(2, 11));
        body.put("requiredSkills", List.of("PSYCHOLOGICAL_SUPPORT"));
        String taskId = given().auth().oauth2(Tokens.of("siming")).contentType(ContentType.JSON).body(body)
                .when().post("/api/tasks")
                .then().statusCode(201)
                .body("status", equalTo("OPEN"))
                .body("districtCode", equalTo(SIMING))
                .body("place", equalTo("莲前街道前埔社区 3 号楼"))
                .body("priority", equalTo("NORMAL"))
                .body("verification", equalTo("CODE_OR_POSITION"))
                .extract().path("id");
        try (EventTap tap = new EventTap("volunteer.events")) {
            List<CloudEvent> created = tap.await(EventTap.of("org.nuanxin.volunteer.task-created.v1", taskId), Duration.ofSeconds(20));
            assertEquals(1, created.size());
            JsonNode data = CloudEvents.json(created.get(0));
            assertEquals(familyId, data.get("familyId").asText());
            assertEquals("HOME_VISIT", data.get("kind").asText());
            assertFalse(CloudEvents.data(created.get(0)).contains("前埔"), "no place in events");
        }
    }

    @Test
    void shouldRejectATaskForAnUnknownFamilyNamingFamilyId() {
        given().auth().oauth2(Tokens.of("city")).contentType(ContentType.JSON)
                .body(Tasks.body(UUID.randomUUID().toString(), "HOME_VISIT", day(2, 9), day(2, 11)))
                .when().post("/api/tasks")
                .then().statusCode(400).contentType(PROBLEM)
                .body("violations[0].field", equalTo("familyId"));
    }

    @Test
    void shouldRejectATaskForAClosedFamilyNamingFamilyId() {
        String familyId = Families.registered(SIMING);
        Families.closed(familyId, SIMING);
        given().auth().oauth2(Tokens.of("city")).contentType(ContentType.JSON)
                .body(Tasks.body(familyId, "HOME_VISIT", day(2, 9), day(2, 11)))
                .when().post("/api/tasks")
                .then().statusCode(400).contentType(PROBLEM)
                .body("violations[0].field", equalTo("familyId"));
    }

    @Test
    void shouldAnswer404ToADistrictCoordinatorCreatingForAnotherDistrictsFamily() {
        String familyId = Families.registered(SIMING);
        given().auth().oauth2(Tokens.of("huli")).contentType(ContentType.JSON)
                .body(Tasks.body(familyId, "HOME_VISIT", day(2, 9), day(2, 11)))
                .when().post("/api/tasks")
                .then().statusCode(404).contentType(PROBLEM);
    }

    @Test
    void shouldNameTheWindowEndWhenItIsNotAfterTheStart() {
        String familyId = Families.registered(SIMING);
        given().auth().oauth2(Tokens.of("city")).contentType(ContentType.JSON)
                .body(Tasks.body(familyId, "HOME_VISIT", day(2, 11), day(2, 9)))
                .when().post("/api/tasks")
                .then().statusCode(400).contentType(PROBLEM)
                .body("violations[0].field", equalTo("windowEnd"));
        given().auth().oauth2(Tokens.of("city")).contentType(ContentType.JSON)
                .body(Map.of("familyId", familyId, "kind", "GOSSIP", "windowStart", day(2, 9).toString(),
                        "windowEnd", day(2, 11).toString()))
                .when().post("/api/tasks")
                .then().statusCode(400).contentType(PROBLEM)
                .body("violations[0].field", equalTo("kind"));
    }

    @Test
    void shouldRejectDoubleBookingWith409NamingVolunteerId() {
        String siming = Tokens.of("siming");
        String volunteerId = People.active(SIMING, "HOME_VISIT", "PHONE_CONTACT");
        String first = Tasks.create(siming, Tasks.body(Families.registered(SIMING), "HOME_VISIT", day(3, 9), day(3, 11)));
        String overlapping = Tasks.create(siming, Tasks.body(Families.registered(SIMING), "PHONE_CONTACT", day(3, 10), day(3, 11)));
        String later = Tasks.create(siming, Tasks.body(Families.registered(SIMING), "PHONE_CONTACT", day(3, 11), day(3, 12)));
        Tasks.assign(siming, first, volunteerId);

        given().auth().oauth2(siming).contentType(ContentType.JSON).body(Map.of("volunteerId", volunteerId))
                .when().post("/api/tasks/" + overlapping + "/assignment")
                .then().statusCode(409).contentType(PROBLEM)
                .body("status", equalTo(409))
                .body("violations[0].field", equalTo("volunteerId"));
        // back to back is not overlapping
        Tasks.assign(siming, later, volunteerId);
        // a cancelled task frees the time
        given().auth().oauth2(siming).contentType(ContentType.JSON).body(Map.of("reason", "家属已陪同"))
                .when().post("/api/tasks/" + first + "/cancel").then().statusCode(200).body("status", equalTo("CANCELLED"));
        Tasks.assign(siming, overlapping, volunteerId);
    }

    @Test
    void shouldLetOnlyOneOfTwoSimultaneousOverlappingAssignmentsThrough() throws Exception {
        String siming = Tokens.of("siming");
        String volunteerId = People.active(SIMING, "HOME_VISIT");
        String first = Tasks.create(siming, Tasks.body(Families.registered(SIMING), "HOME_VISIT", day(12, 9), day(12, 11)));
        String second = Tasks.create(siming, Tasks.body(Families.registered(SIMING), "HOME_VISIT", day(12, 10), day(12, 12)));
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            List<java.util.concurrent.Future<Integer>> answers = pool.invokeAll(List.of(first, second).stream()
                    .map(task -> (java.util.concurrent.Callable<Integer>) () -> given().auth().oauth2(siming)
                            .contentType(ContentType.JSON).body(Map.of("volunteerId", volunteerId))
                            .when().post("/api/tasks/" + task + "/assignment").statusCode())
                    .toList());
            List<Integer> statuses = new java.util.ArrayList<>();
            for (var answer : answers) {
                statuses.add(answer.get());
            }
            statuses.sort(null);
            assertEquals(List.of(200, 409), statuses);
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void shouldFilterTasksByWindowAndStatus() {
        String siming = Tokens.of("siming");
        String familyId = Families.registered(SIMING);
        String inside = Tasks.create(siming, Tasks.body(familyId, "PHONE_CONTACT", day(13, 9), day(13, 10)));
        String outside = Tasks.create(siming, Tasks.body(familyId, "PHONE_CONTACT", day(15, 9), day(15, 10)));
        given().auth().oauth2(siming).queryParam("familyId", familyId).queryParam("from", day(13, 0).toString())
                .queryParam("to", day(14, 0).toString()).queryParam("status", "OPEN")
                .when().get("/api/tasks")
                .then().statusCode(200)
                .body("total", equalTo(1))
                .body("items[0].id", equalTo(inside));
        given().auth().oauth2(siming).queryParam("familyId", familyId).when().get("/api/tasks")
                .then().statusCode(200).body("items.id", org.hamcrest.Matchers.contains(inside, outside));
        given().auth().oauth2(siming).queryParam("status", "DONE").when().get("/api/tasks")
                .then().statusCode(400).contentType(PROBLEM).body("violations[0].field", equalTo("status"));
    }

    @Test
    void shouldAnswer404ToAVolunteerReadingAnotherVolunteersTask() {
        String siming = Tokens.of("siming");
        String other = People.active(SIMING, "HOME_VISIT");
        String othersTask = Tasks.create(siming, Tasks.body(Families.registered(SIMING), "HOME_VISIT", day(4, 9), day(4, 11)));
        Tasks.assign(siming, othersTask, other);
        People.freshDemoVolunteer();
        String volunteer = Tokens.of("volunteer");

        given().auth().oauth2(volunteer).when().get("/api/tasks/" + othersTask)
                .then().statusCode(404).contentType(PROBLEM);
        given().auth().oauth2(volunteer).when().post("/api/tasks/" + othersTask + "/accept")
                .then().statusCode(404).contentType(PROBLEM);
        given().auth().oauth2(volunteer).queryParam("size", 100).when().get("/api/tasks")
                .then().statusCode(200).body("items.id", not(hasItem(othersTask)));
    }

    @Test
    void shouldLetTheVolunteerAcceptTheirTaskAndPublishAssignedAndAccepted() {
        String siming = Tokens.of("siming");
        String volunteerId = People.freshDemoVolunteer();
        String familyId = Families.registered(SIMING);
        String taskId = Tasks.create(siming, Tasks.body(familyId, "HOME_VISIT", day(5, 9), day(5, 11)));
        try (EventTap tap = new EventTap("volunteer.events")) {
            Tasks.assign(siming, taskId, volunteerId);
            String volunteer = Tokens.of("volunteer");
            given().auth().oauth2(volunteer).queryParam("size", 100).when().get("/api/tasks")
                    .then().statusCode(200).body("total", equalTo(1)).body("items[0].id", equalTo(taskId));
            given().auth().oauth2(volunteer).when().post("/api/tasks/" + taskId + "/accept")
                    .then().statusCode(200).body("status", equalTo("ACCEPTED"));

            JsonNode assigned = CloudEvents.json(tap.await(EventTap.of("org.nuanxin.volunteer.task-assigned.v1", taskId),
                    Duration.ofSeconds(20)).get(0));
            assertEquals(volunteerId, assigned.get("volunteerId").asText());
            assertEquals("volunteer", assigned.get("volunteerUsername").asText());
            assertEquals(familyId, assigned.get("familyId").asText());
            assertEquals(SIMING, assigned.get("districtCode").asText());
            assertEquals("HOME_VISIT", assigned.get("kind").asText());
            assertTrue(assigned.get("windowStart").asText().matches(".*(Z|[+-]\\d\\d:\\d\\d)$"), "times with offset");
            JsonNode accepted = CloudEvents.json(tap.await(EventTap.of("org.nuanxin.volunteer.task-accepted.v1", taskId),
                    Duration.ofSeconds(20)).get(0));
            assertEquals(familyId, accepted.get("familyId").asText());
        }
    }

    @Test
    void shouldReopenADeclinedTaskAndReassignItWithANewAssignedEvent() {
        String siming = Tokens.of("siming");
        String demo = People.freshDemoVolunteer();
        String other = People.active(SIMING, "HOME_VISIT");
        String taskId = Tasks.create(siming, Tasks.body(Families.registered(SIMING), "HOME_VISIT", day(6, 14), day(6, 16)));
        Tasks.assign(siming, taskId, demo);
        try (EventTap tap = new EventTap("volunteer.events")) {
            given().auth().oauth2(Tokens.of("volunteer")).contentType(ContentType.JSON).body(Map.of("reason", "当天出差"))
                    .when().post("/api/tasks/" + taskId + "/decline")
                    .then().statusCode(200).body("status", equalTo("OPEN")).body("volunteerId", nullValue());
            Tasks.assign(siming, taskId, other);
            assertEquals(1, tap.await(EventTap.of("org.nuanxin.volunteer.task-declined.v1", taskId), Duration.ofSeconds(20)).size());
            List<CloudEvent> assigned = tap.await(EventTap.of("org.nuanxin.volunteer.task-assigned.v1", taskId), 2,
                    Duration.ofSeconds(20));
            assertEquals(other, CloudEvents.json(assigned.get(assigned.size() - 1)).get("volunteerId").asText());
        }
        given().auth().oauth2(siming).when().get("/api/tasks/" + taskId + "/candidates")
                .then().statusCode(200).body("volunteerId", not(hasItem(demo)));
    }

    @Test
    void shouldRejectAStaleVersionWith409() {
        String siming = Tokens.of("siming");
        String volunteerId = People.active(SIMING, "ERRAND");
        String taskId = Tasks.create(siming, Tasks.body(Families.registered(SIMING), "ERRAND", day(7, 9), day(7, 10)));
        Tasks.assign(siming, taskId, volunteerId);
        given().auth().oauth2(siming).contentType(ContentType.JSON).body(Map.of("reason", "不需要了", "version", 0))
                .when().post("/api/tasks/" + taskId + "/cancel")
                .then().statusCode(409).contentType(PROBLEM)
                .body("violations[0].field", equalTo("version"));
    }

    @Test
    void shouldShowTheVolunteerThePlaceOnlyAroundTheWindow() {
        String siming = Tokens.of("siming");
        String volunteerId = People.freshDemoVolunteer();
        OffsetDateTime inAnHour = OffsetDateTime.now(Tasks.XIAMEN).plusHours(1);
        String soon = Tasks.create(siming, Tasks.body(Families.registered(SIMING), "HOME_VISIT", inAnHour, inAnHour.plusHours(1)));
        String farAway = Tasks.create(siming, Tasks.body(Families.registered(SIMING), "HOME_VISIT", day(20, 9), day(20, 11)));
        Tasks.assign(siming, soon, volunteerId);
        Tasks.assign(siming, farAway, volunteerId);
        String volunteer = Tokens.of("volunteer");
        given().auth().oauth2(volunteer).when().get("/api/tasks/" + soon)
                .then().statusCode(200).body("place", equalTo("莲前街道前埔社区 3 号楼"));
        given().auth().oauth2(volunteer).when().get("/api/tasks/" + farAway)
                .then().statusCode(200).body("place", nullValue()).body("instructions", nullValue())
                .body("kind", equalTo("HOME_VISIT"));
        given().auth().oauth2(siming).when().get("/api/tasks/" + farAway)
                .then().statusCode(200).body("place", notNullValue());
    }

    @Test
    void shouldCancelTheOpenTasksOfAFamilyWhoseRecordIsClosed() {
        String siming = Tokens.of("siming");
        String familyId = Families.registered(SIMING);
        String taskId = Tasks.create(siming, Tasks.body(familyId, "PHONE_CONTACT", day(8, 9), day(8, 10)));
        try (EventTap tap = new EventTap("volunteer.events")) {
            Families.closed(familyId, SIMING);
            List<CloudEvent> cancelled = tap.await(EventTap.of("org.nuanxin.volunteer.task-cancelled.v1", taskId), Duration.ofSeconds(20));
            assertEquals(1, cancelled.size());
            assertTrue(CloudEvents.json(cancelled.get(0)).get("volunteerId").isNull());
        }
        given().auth().oauth2(siming).when().get("/api/tasks/" + taskId).then().body("status", equalTo("CANCELLED"));
    }

    @Test
    void shouldKeepDistrictCoordinatorsListsInTheirDistrict() {
        Tasks.create(Tokens.of("city"), Tasks.body(Families.registered("350206"), "ERRAND", day(9, 9), day(9, 10)));
        given().auth().oauth2(Tokens.of("siming")).queryParam("size", 100).when().get("/api/tasks")
                .then().statusCode(200).body("items.districtCode", everyItem(equalTo(SIMING)));
        given().auth().oauth2(Tokens.of("auditor")).contentType(ContentType.JSON)
                .body(Tasks.body(Families.registered(SIMING), "ERRAND", day(9, 9), day(9, 10)))
                .when().post("/api/tasks").then().statusCode(403).contentType(PROBLEM);
    }
}
