package org.nuanxin.carehome.activity;

import com.fasterxml.jackson.databind.JsonNode;
import io.cloudevents.CloudEvent;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.Test;
import org.nuanxin.common.testing.CloudEvents;
import org.nuanxin.common.testing.EventTap;
import org.nuanxin.common.testing.RealInfrastructure;
import org.nuanxin.common.testing.Tokens;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.nuanxin.carehome.testing.CareHomeFixtures.PROBLEM;
import static org.nuanxin.carehome.testing.CareHomeFixtures.awaitKnownFamily;
import static org.nuanxin.carehome.testing.CareHomeFixtures.openSimingSite;
import static org.nuanxin.carehome.testing.CareHomeFixtures.openSite;
import static org.nuanxin.carehome.testing.CareHomeFixtures.registeredFamily;
import static org.nuanxin.carehome.testing.CareHomeFixtures.schedule;

@QuarkusTest
@QuarkusTestResource(value = RealInfrastructure.class, restrictToAnnotatedClass = false)
class ActivityResourceTest {

    private static final String NEXT_WEEK = "2026-12-06T09:30:00+08:00";

    /** Families known to care-home, of 思明区. */
    private static List<String> families(int count) {
        String probe = openSite("350206", "殿前街道");
        List<String> ids = new java.util.ArrayList<>();
        for (int i = 0; i < count; i++) {
            ids.add(registeredFamily("350203", "鼓浪屿街道", "BEREAVED"));
        }
        ids.forEach(id -> awaitKnownFamily(probe, id));
        return ids;
    }

    private static ValidatableResponse register(String activityId, String familyId) {
        return given().auth().oauth2(Tokens.of("siming"))
                .when().put("/api/activities/" + activityId + "/registrations/" + familyId).then();
    }

    private static ValidatableResponse rollCall(String activityId, String familyId, boolean walkIn) {
        return given().auth().oauth2(Tokens.of("siming")).contentType(ContentType.JSON)
                .body(Map.of("familyId", familyId, "walkIn", walkIn))
                .when().post("/api/activities/" + activityId + "/attendance").then();
    }

    @Test
    void shouldWaitlistBeyondCapacityAndPromoteTheFirstWaitingFamilyWhenAPlaceFrees() {
        List<String> family = families(4);
        String activity = schedule(openSimingSite(), "LECTURE", 2, NEXT_WEEK);

        register(activity, family.get(0)).statusCode(200).body("status", equalTo("REGISTERED"));
        register(activity, family.get(1)).statusCode(200).body("status", equalTo("REGISTERED"));
        register(activity, family.get(2)).statusCode(200).body("status", equalTo("WAITLISTED"))
                .body("waitlistPosition", equalTo(1));
        register(activity, family.get(3)).statusCode(200).body("status", equalTo("WAITLISTED"))
                .body("waitlistPosition", equalTo(2));
        register(activity, family.get(3)).statusCode(200).body("waitlistPosition", equalTo(2));

        given().auth().oauth2(Tokens.of("siming"))
                .when().delete("/api/activities/" + activity + "/registrations/" + family.get(0))
                .then().statusCode(204);

        given().auth().oauth2(Tokens.of("siming")).when().get("/api/activities/" + activity + "/registrations")
                .then().statusCode(200)
                .body("find { it.familyId == '" + family.get(0) + "' }.status", equalTo("CANCELLED"))
                .body("find { it.familyId == '" + family.get(2) + "' }.status", equalTo("REGISTERED"))
                .body("find { it.familyId == '" + family.get(3) + "' }.waitlistPosition", equalTo(1));
        given().auth().oauth2(Tokens.of("volunteer")).when().get("/api/activities/" + activity)
                .then().statusCode(200)
                .body("registered", equalTo(2))
                .body("waitlisted", equalTo(1));
    }

    @Test
    void shouldRecordAttendanceOnlyForRegisteredFamiliesOrWalkInsLetInOnPurpose() {
        List<String> family = families(3);
        String activity = schedule(openSimingSite(), "FESTIVAL", 1, NEXT_WEEK);
        register(activity, family.get(0)).body("status", equalTo("REGISTERED"));
        register(activity, family.get(1)).body("status", equalTo("WAITLISTED"));

        rollCall(activity, family.get(0), false).statusCode(200).body("attendedAt", notNullValue());
        rollCall(activity, family.get(1), false).statusCode(400).contentType(PROBLEM)
                .body("violations[0].field", equalTo("familyId"));
        rollCall(activity, family.get(2), false).statusCode(400).contentType(PROBLEM);
        rollCall(activity, family.get(2), true).statusCode(200).body("status", equalTo("WALK_IN"));
        rollCall(activity, UUID.randomUUID().toString(), true).statusCode(400).contentType(PROBLEM)
                .body("violations[0].message", equalTo("不是在册的帮扶家庭"));

        given().auth().oauth2(Tokens.of("city")).when().get("/api/activities/" + activity)
                .then().body("attended", equalTo(2)).body("walkIns", equalTo(1)).body("registered", equalTo(1));
    }

    @Test
    void shouldPublishTheHeldActivityWithItsCountsAndTakeFeedbackFromAttendeesOnly() {
        List<String> family = families(3);
        String activity = schedule(openSimingSite(), "LECTURE", 10, NEXT_WEEK);
        register(activity, family.get(0));
        register(activity, family.get(1));
        rollCall(activity, family.get(0), false).statusCode(200);
        rollCall(activity, family.get(2), true).statusCode(200);

        given().auth().oauth2(Tokens.of("siming")).contentType(ContentType.JSON).body("{}")
                .when().post("/api/activities/" + activity + "/held")
                .then().statusCode(200).body("status", equalTo("HELD")).body("heldAt", notNullValue());
        rollCall(activity, family.get(1), false).statusCode(409).contentType(PROBLEM);
        given().auth().oauth2(Tokens.of("siming")).contentType(ContentType.JSON).body("{}")
                .when().post("/api/activities/" + activity + "/held").then().statusCode(409);

        given().auth().oauth2(Tokens.of("siming")).contentType(ContentType.JSON)
                .body(Map.of("familyId", family.get(0), "satisfaction", 5, "comment", "讲得很实在"))
                .when().post("/api/activities/" + activity + "/feedback")
                .then().statusCode(200).body("satisfaction", equalTo(5));
        given().auth().oauth2(Tokens.of("siming")).contentType(ContentType.JSON)
                .body(Map.of("familyId", family.get(2), "satisfaction", 4))
                .when().post("/api/activities/" + activity + "/feedback").then().statusCode(200);
        given().auth().oauth2(Tokens.of("siming")).contentType(ContentType.JSON)
                .body(Map.of("familyId", family.get(1), "satisfaction", 5))
                .when().post("/api/activities/" + activity + "/feedback")
                .then().statusCode(400).contentType(PROBLEM).body("violations[0].field", equalTo("familyId"));
        given().auth().oauth2(Tokens.of("siming")).contentType(ContentType.JSON)
                .body(Map.of("familyId", family.get(0), "satisfaction", 6))
                .when().post("/api/activities/" + activity + "/feedback")
                .then().statusCode(400).body("violations.field", hasItem("satisfaction"));
        given().auth().oauth2(Tokens.of("auditor")).when().get("/api/activities/" + activity)
                .then().body("satisfaction", equalTo(4.5f));

        try (EventTap tap = new EventTap("carehome.events")) {
            List<CloudEvent> held = tap.await(EventTap.of("org.nuanxin.carehome.activity-held.v1", activity),
                    Duration.ofSeconds(20));
            assertEquals(1, held.size());
            JsonNode data = CloudEvents.json(held.get(0));
            assertEquals(2, data.get("registered").asInt());
            assertEquals(2, data.get("attended").asInt());
            assertEquals(1, data.get("walkIns").asInt());
            assertEquals(1, tap.await(EventTap.of("org.nuanxin.carehome.activity-scheduled.v1", activity),
                    Duration.ofSeconds(5)).size());
        }
    }

    @Test
    void shouldRequireExpertsForAFreeClinicAndMealsForACanteenDay() {
        String site = openSimingSite();
        Map<String, Object> clinic = new HashMap<>();
        clinic.put("siteId", site);
        clinic.put("kind", "FREE_CLINIC");
        clinic.put("title", "专家义诊");
        clinic.put("startsAt", NEXT_WEEK);
        clinic.put("endsAt", "2026-12-06T11:30:00+08:00");
        clinic.put("capacity", 40);
        given().auth().oauth2(Tokens.of("siming")).contentType(ContentType.JSON).body(clinic)
                .when().post("/api/activities")
                .then().statusCode(400).contentType(PROBLEM).body("violations[0].field", equalTo("expertIds"));
        clinic.put("endsAt", "2026-12-06T08:30:00+08:00");
        clinic.put("expertIds", List.of(UUID.randomUUID().toString()));
        given().auth().oauth2(Tokens.of("siming")).contentType(ContentType.JSON).body(clinic)
                .when().post("/api/activities")
                .then().statusCode(400).body("violations[0].field", equalTo("endsAt"));

        String canteen = schedule(site, "CANTEEN_MEAL", 100, NEXT_WEEK);
        given().auth().oauth2(Tokens.of("siming")).contentType(ContentType.JSON).body("{}")
                .when().post("/api/activities/" + canteen + "/held")
                .then().statusCode(400).body("violations[0].field", equalTo("mealsServed"));
        given().auth().oauth2(Tokens.of("siming")).contentType(ContentType.JSON).body("{\"mealsServed\":86}")
                .when().post("/api/activities/" + canteen + "/held")
                .then().statusCode(200).body("mealsServed", equalTo(86));
    }

    @Test
    void shouldLetASiteManagerRunTheActivitiesOfTheirSiteOnly() {
        String site = openSimingSite();
        String other = openSimingSite();
        given().auth().oauth2(Tokens.of("volunteer")).contentType(ContentType.JSON)
                .body(Map.of("siteId", site, "kind", "OUTING", "title", "植物园出游", "startsAt", NEXT_WEEK,
                        "endsAt", "2026-12-06T16:00:00+08:00", "capacity", 20))
                .when().post("/api/activities").then().statusCode(403).contentType(PROBLEM);

        given().auth().oauth2(Tokens.of("siming")).when().put("/api/sites/" + site + "/managers/volunteer")
                .then().statusCode(201);
        given().auth().oauth2(Tokens.of("city")).when().get("/api/sites/" + site + "/managers")
                .then().body("[0]", equalTo("volunteer"));
        String activity = given().auth().oauth2(Tokens.of("volunteer")).contentType(ContentType.JSON)
                .body(Map.of("siteId", site, "kind", "OUTING", "title", "植物园出游", "startsAt", NEXT_WEEK,
                        "endsAt", "2026-12-06T16:00:00+08:00", "capacity", 20))
                .when().post("/api/activities").then().statusCode(201).extract().path("id");
        given().auth().oauth2(Tokens.of("volunteer")).contentType(ContentType.JSON)
                .body(Map.of("fileName", "outing-01.jpg", "caption", "合影"))
                .when().post("/api/activities/" + activity + "/photos").then().statusCode(201);
        given().auth().oauth2(Tokens.of("volunteer")).when().get("/api/activities/" + activity + "/photos")
                .then().statusCode(200).body("[0].fileName", equalTo("outing-01.jpg"));
        given().auth().oauth2(Tokens.of("volunteer")).contentType(ContentType.JSON)
                .body(Map.of("siteId", other, "kind", "OUTING", "title", "植物园出游", "startsAt", NEXT_WEEK,
                        "endsAt", "2026-12-06T16:00:00+08:00", "capacity", 20))
                .when().post("/api/activities").then().statusCode(403);
    }

    @Test
    void shouldShowVolunteersTheScheduleAndKeepHuliOutOfSiming() {
        String site = openSimingSite();
        String activity = schedule(site, "LECTURE", 30, NEXT_WEEK);
        given().auth().oauth2(Tokens.of("volunteer")).queryParam("siteId", site).when().get("/api/activities")
                .then().statusCode(200).body("items.id", hasItem(activity)).body("total", equalTo(1));
        given().auth().oauth2(Tokens.of("huli")).when().get("/api/activities/" + activity)
                .then().statusCode(404).contentType(PROBLEM);
        given().auth().oauth2(Tokens.ofHospital("hospital-xianyue", "xianyue-secret")).when().get("/api/activities")
                .then().statusCode(403);
        given().auth().oauth2(Tokens.of("volunteer")).when().get("/api/activities/" + activity)
                .then().body("satisfaction", nullValue());
    }
}
