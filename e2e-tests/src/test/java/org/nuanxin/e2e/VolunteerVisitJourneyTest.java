package org.nuanxin.e2e;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A volunteer's home visit across the services, through the gateway: a coordinator registers a family
 * (family-service) and sets a visit task for it (volunteer-service, which learned of the family from Kafka); the
 * volunteer reads the family's visit card (family-service, opened by the task-assigned event), checks in with the
 * family's code, completes with a report, and the report arrives in the family's contact log via Kafka.
 */
class VolunteerVisitJourneyTest {

    @BeforeAll
    static void startTheSystem() throws Exception {
        RunningSystem.start();
    }

    @Test
    void shouldRecordAVolunteersCompletedVisitAsAContactOfTheFamily() {
        String city = WalkingSkeletonTest.token("city");
        String familyId = given().auth().oauth2(city).contentType(ContentType.JSON)
                .body(Map.of("category", "BEREAVED", "districtCode", "350203", "street", "莲前街道",
                        "community", "前埔社区", "address", "前埔北路 22 号 503 室",
                        "members", List.of(Map.of("name", "蔡玉兰", "relation", "MOTHER",
                                "idNumber", WalkingSkeletonTest.newIdNumber(), "phone", "13906001122",
                                "livingAlone", true))))
                .when().post("/api/family/families").then().statusCode(201).extract().path("id");

        String volunteerId = theDemoVolunteer(city);
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.ofHours(8));
        Map<String, Object> task = new HashMap<>();
        task.put("familyId", familyId);
        task.put("kind", "HOME_VISIT");
        task.put("windowStart", now.minusMinutes(10).toString());
        task.put("windowEnd", now.plusHours(2).toString());
        task.put("priority", "NORMAL");
        task.put("place", "前埔北路 22 号 503 室");
        task.put("verification", "CODE");
        // the task service knows the family once family-registered has come through Kafka
        String taskId = eventually("volunteer-service knows the family", () -> {
            Response created = given().auth().oauth2(city).contentType(ContentType.JSON).body(task)
                    .when().post("/api/volunteer/tasks");
            return created.statusCode() == 201 ? created.path("id") : null;
        });
        given().auth().oauth2(city).contentType(ContentType.JSON).body(Map.of("volunteerId", volunteerId))
                .when().post("/api/volunteer/tasks/" + taskId + "/assignment").then().statusCode(200);

        String volunteer = WalkingSkeletonTest.token("volunteer");
        given().auth().oauth2(volunteer).when().post("/api/volunteer/tasks/" + taskId + "/accept")
                .then().statusCode(200).body("status", equalTo("ACCEPTED"));
        Integer card = eventually("family-service opened the visit card", () -> {
            int status = given().auth().oauth2(volunteer).when()
                    .get("/api/family/families/" + familyId + "/visit-card").then().extract().statusCode();
            return status == 200 ? status : null;
        });
        assertEquals(200, card);
        given().auth().oauth2(volunteer).when().get("/api/family/families/" + familyId + "/visit-card")
                .then().statusCode(200).body("people[0].name", equalTo("蔡玉兰"))
                .body("people[0].phone", equalTo("13906001122"));

        String code = given().auth().oauth2(city).when().get("/api/volunteer/check-in-codes/" + familyId)
                .then().statusCode(200).extract().path("code");
        given().auth().oauth2(volunteer).contentType(ContentType.JSON).body(Map.of("code", code))
                .when().post("/api/volunteer/tasks/" + taskId + "/check-in").then().statusCode(200);
        given().auth().oauth2(volunteer).contentType(ContentType.JSON)
                .body(Map.of("wellbeing", 2, "needsObserved", List.of("PSYCHOLOGICAL"),
                        "notes", "老人说起女儿时哭了很久", "followUp", "转介心理咨询师",
                        "followUpDue", LocalDate.now(ZoneOffset.ofHours(8)).plusDays(3).toString()))
                .when().post("/api/volunteer/tasks/" + taskId + "/completion")
                .then().statusCode(200).body("status", equalTo("COMPLETED"));

        Map<String, Object> contact = eventually("the report became a contact", () -> {
            List<Map<String, Object>> contacts = given().auth().oauth2(city)
                    .when().get("/api/family/families/" + familyId + "/contacts")
                    .then().statusCode(200).extract().jsonPath().getList("$");
            return contacts.isEmpty() ? null : contacts.get(0);
        });
        assertEquals("VOLUNTEER", contact.get("source"));
        assertEquals("HOME_VISIT", contact.get("kind"));
        assertEquals(2, contact.get("wellbeing"));
        assertEquals(List.of("PSYCHOLOGICAL"), contact.get("needsObserved"));
        assertEquals("转介心理咨询师", contact.get("followUp"));
        // the task is done: the family is closed to the volunteer again
        eventually("the completion closed the visit card", () -> given().auth().oauth2(volunteer).when()
                .get("/api/family/families/" + familyId + "/visit-card").then().extract().statusCode() == 404 ? true : null);
    }

    /** The member linked to the demo login {@code volunteer}, registered and activated on first use. */
    /** The demo login {@code volunteer} as a volunteer of 思明区, registered and activated if it is not yet. */
    static String theDemoVolunteer(String city) {
        String volunteer = WalkingSkeletonTest.token("volunteer");
        Response me = given().auth().oauth2(volunteer).when().get("/api/volunteer/volunteers/me");
        if (me.statusCode() == 200) {
            return me.path("id");
        }
        String id = given().auth().oauth2(city).contentType(ContentType.JSON)
                .body(Map.of("name", "张敏", "phone", "139" + (10_000_000 + ThreadLocalRandom.current().nextInt(89_999_999)),
                        "districtCode", "350203", "kind", "VOLUNTEER", "skills", List.of("HOME_VISIT", "PHONE_CONTACT"),
                        "username", "volunteer"))
                .when().post("/api/volunteer/volunteers").then().statusCode(201).extract().path("id");
        given().auth().oauth2(city).contentType(ContentType.JSON).body(Map.of("status", "ACTIVE", "reason", "培训合格"))
                .when().post("/api/volunteer/volunteers/" + id + "/status").then().statusCode(200);
        return id;
    }

    private static <T> T eventually(String what, Supplier<T> attempt) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        while (Instant.now().isBefore(deadline)) {
            T result = attempt.get();
            if (result != null) {
                return result;
            }
            try {
                Thread.sleep(300);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
        throw new AssertionError("timed out waiting until " + what);
    }
}
