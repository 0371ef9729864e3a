package org.nuanxin.family.volunteer;

import io.cloudevents.CloudEvent;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;
import org.nuanxin.common.testing.CloudEvents;
import org.nuanxin.common.testing.EventTap;
import org.nuanxin.common.testing.EventWriter;
import org.nuanxin.common.testing.RealInfrastructure;
import org.nuanxin.common.testing.Tokens;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.BooleanSupplier;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.nuanxin.family.family.FamilyFixtures.family;
import static org.nuanxin.family.family.FamilyFixtures.member;
import static org.nuanxin.family.family.FamilyFixtures.newIdNumber;

/**
 * Plays volunteer-service on the real broker: its task events open and close a volunteer's view of a family,
 * and its visit reports become contacts.
 */
@QuarkusTest
@QuarkusTestResource(value = RealInfrastructure.class, restrictToAnnotatedClass = false)
class VolunteerEventsTest {

    private static final String PROBLEM = "application/problem+json";
    private static final String TOPIC = "volunteer.events";

    private static String register() {
        Map<String, Object> body = family("350203", "嘉莲街道", member("陈美华", "MOTHER", newIdNumber()));
        return given().auth().oauth2(Tokens.of("city")).contentType(ContentType.JSON).body(body)
                .when().post("/api/families").then().statusCode(201).extract().path("id");
    }

    private static String assign(String taskId, String familyId, String username, OffsetDateTime start,
                                 OffsetDateTime end) {
        Map<String, Object> data = new HashMap<>();
        data.put("taskId", taskId);
        data.put("familyId", familyId);
        data.put("volunteerId", UUID.randomUUID().toString());
        data.put("volunteerUsername", username);
        data.put("districtCode", "350203");
        data.put("kind", "HOME_VISIT");
        data.put("windowStart", start.toString());
        data.put("windowEnd", end.toString());
        String event = EventWriter.cloudEvent("volunteer-service", "org.nuanxin.volunteer.task-assigned.v1", taskId, data);
        EventWriter.send(TOPIC, taskId, event);
        return event;
    }

    private static int visitCardStatus(String familyId) {
        return given().auth().oauth2(Tokens.of("volunteer")).when().get("/api/families/" + familyId + "/visit-card")
                .then().extract().statusCode();
    }

    private static void await(String what, BooleanSupplier condition) {
        Instant deadline = Instant.now().plusSeconds(20);
        while (!condition.getAsBoolean()) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("timed out waiting until " + what);
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }

    @Test
    void shouldShowTheVisitCardOnlyThroughAnOpenTaskAndAuditEachRead() {
        String familyId = register();
        String other = register();
        String taskId = UUID.randomUUID().toString();
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.ofHours(8));
        given().auth().oauth2(Tokens.of("volunteer")).when().get("/api/families/" + familyId + "/visit-card")
                .then().statusCode(404).contentType(PROBLEM);

        assign(taskId, familyId, "volunteer", now.minusHours(1), now.plusHours(1));
        await("the assignment arrived", () -> visitCardStatus(familyId) == 200);
        given().auth().oauth2(Tokens.of("volunteer")).when().get("/api/families/" + familyId + "/visit-card")
                .then().statusCode(200)
                .body("taskId", equalTo(taskId))
                .body("street", equalTo("嘉莲街道"))
                .body("people.name", contains("陈美华"))
                .body("people[0].phone", equalTo("13959212345"))
                .body("people[0]", not(hasKey("idNumber")));
        given().auth().oauth2(Tokens.of("city")).queryParam("familyId", familyId).when().get("/api/access-audit")
                .then().statusCode(200)
                .body("items.actor", hasItem("volunteer"))
                .body("items.purpose", hasItem("志愿服务任务 " + taskId));

        assertEquals(404, visitCardStatus(other), "no task, no family");
        given().auth().oauth2(Tokens.of("volunteer")).when().get("/api/families/" + familyId)
                .then().statusCode(403).contentType(PROBLEM);
        given().auth().oauth2(Tokens.of("city")).when().get("/api/families/" + familyId + "/visit-card")
                .then().statusCode(403).contentType(PROBLEM);

        EventWriter.send(TOPIC, taskId, EventWriter.cloudEvent("volunteer-service",
                "org.nuanxin.volunteer.task-completed.v1", taskId,
                Map.of("taskId", taskId, "familyId", familyId, "districtCode", "350203", "kind", "HOME_VISIT")));
        await("the completion closed the card", () -> visitCardStatus(familyId) == 404);
    }

    @Test
    void shouldOpenTheFamilysPhonesToTheCallerOfACampaignCallUntilTheOutcome() {
        String familyId = register();
        String campaignId = UUID.randomUUID().toString();
        String entryId = UUID.randomUUID().toString();
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.ofHours(8));
        EventWriter.send(TOPIC, campaignId, EventWriter.cloudEvent("volunteer-service",
                "org.nuanxin.volunteer.call-claimed.v1", campaignId,
                Map.of("campaignId", campaignId, "entryId", entryId, "familyId", familyId, "districtCode", "350203",
                        "volunteerUsername", "volunteer", "claimedAt", now.minusMinutes(1).toString(),
                        "holdUntil", now.plusMinutes(29).toString())));
        await("the claimed call opened the card", () -> visitCardStatus(familyId) == 200);
        given().auth().oauth2(Tokens.of("volunteer")).when().get("/api/families/" + familyId + "/visit-card")
                .then().statusCode(200)
                .body("taskId", equalTo(entryId))
                .body("taskKind", equalTo("CAMPAIGN_CALL"))
                .body("people[0].phone", equalTo("13959212345"));

        Map<String, Object> outcome = new HashMap<>();
        outcome.put("campaignId", campaignId);
        outcome.put("entryId", entryId);
        outcome.put("familyId", familyId);
        outcome.put("districtCode", "350203");
        outcome.put("purpose", "WELFARE_CHECK");
        outcome.put("outcome", "REACHED");
        outcome.put("attempt", 1);
        outcome.put("entryStatus", "DONE");
        outcome.put("recordedAt", now.toString());
        EventWriter.send(TOPIC, campaignId, EventWriter.cloudEvent("volunteer-service",
                "org.nuanxin.volunteer.call-outcome-recorded.v1", campaignId, outcome));
        await("the outcome closed the card", () -> visitCardStatus(familyId) == 404);
    }

    @Test
    void shouldKeepTheCardOfACallClosedOnceItsHoldRanOut() {
        String familyId = register();
        String campaignId = UUID.randomUUID().toString();
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.ofHours(8));
        EventWriter.send(TOPIC, campaignId, EventWriter.cloudEvent("volunteer-service",
                "org.nuanxin.volunteer.call-claimed.v1", campaignId,
                Map.of("campaignId", campaignId, "entryId", UUID.randomUUID().toString(), "familyId", familyId,
                        "districtCode", "350203", "volunteerUsername", "volunteer",
                        "claimedAt", now.minusMinutes(40).toString(), "holdUntil", now.minusMinutes(10).toString())));
        // the campaign's next call, after it on the same partition (same key): once it is applied, so is the first
        String marker = register();
        EventWriter.send(TOPIC, campaignId, EventWriter.cloudEvent("volunteer-service",
                "org.nuanxin.volunteer.call-claimed.v1", campaignId,
                Map.of("campaignId", campaignId, "entryId", UUID.randomUUID().toString(), "familyId", marker,
                        "districtCode", "350203", "volunteerUsername", "volunteer",
                        "claimedAt", now.toString(), "holdUntil", now.plusMinutes(30).toString())));
        await("the events arrived", () -> visitCardStatus(marker) == 200);
        assertEquals(404, visitCardStatus(familyId), "an abandoned call opens nothing, unlike a task's 12 hours of slack");
    }

    @Test
    void shouldKeepTheCardClosedOutsideTheTaskWindowAndForOtherVolunteers() {
        String familyId = register();
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.ofHours(8));
        String nextWeek = UUID.randomUUID().toString();
        assign(nextWeek, familyId, "volunteer", now.plusDays(7), now.plusDays(7).plusHours(2));
        String someoneElses = UUID.randomUUID().toString();
        assign(someoneElses, familyId, "another-volunteer", now.minusHours(1), now.plusHours(1));
        // a third event after both, so that once it is applied both have been
        String marker = register();
        assign(UUID.randomUUID().toString(), marker, "volunteer", now.minusHours(1), now.plusHours(1));
        await("the events arrived", () -> visitCardStatus(marker) == 200);

        assertEquals(404, visitCardStatus(familyId), "a task next week opens nothing today, nor another's task");
    }

    @Test
    void shouldRecordAVisitReportAsAContactOnceEvenWhenDeliveredTwice() {
        String familyId = register();
        String taskId = UUID.randomUUID().toString();
        Map<String, Object> data = new HashMap<>();
        data.put("reportId", UUID.randomUUID().toString());
        data.put("taskId", taskId);
        data.put("familyId", familyId);
        data.put("districtCode", "350203");
        data.put("volunteerId", UUID.randomUUID().toString());
        data.put("kind", "HOME_VISIT");
        data.put("contactedAt", OffsetDateTime.now(ZoneOffset.ofHours(8)).minusHours(2).toString());
        data.put("durationMinutes", 55);
        data.put("location", "家中");
        data.put("wellbeing", 3);
        data.put("needsObserved", List.of("DAILY_CARE"));
        data.put("followUp", "请社区安排助浴");
        data.put("followUpDue", OffsetDateTime.now(ZoneOffset.ofHours(8)).plusDays(5).toLocalDate().toString());
        String event = EventWriter.cloudEvent("volunteer-service", "org.nuanxin.volunteer.visit-reported.v1", taskId, data);
        EventWriter.send(TOPIC, taskId, event);
        // the same report again under a new event id (a retried completion), and the very same event again
        data.put("reportId", UUID.randomUUID().toString());
        EventWriter.send(TOPIC, taskId, EventWriter.cloudEvent("volunteer-service",
                "org.nuanxin.volunteer.visit-reported.v1", taskId, data));
        EventWriter.send(TOPIC, taskId, event);

        String city = Tokens.of("city");
        try (EventTap tap = new EventTap("family.events")) {
            CloudEvent recorded = tap.await(EventTap.of("org.nuanxin.family.contact-recorded.v1", familyId),
                    Duration.ofSeconds(20)).get(0);
            assertEquals("VOLUNTEER", CloudEvents.json(recorded).get("source").asText());
            assertEquals(3, CloudEvents.json(recorded).get("wellbeing").asInt());
            assertTrue(tap.collect(EventTap.of("org.nuanxin.family.contact-recorded.v1", familyId),
                    Duration.ofSeconds(3)).size() == 1, "one contact per task");
        }
        given().auth().oauth2(city).when().get("/api/families/" + familyId + "/contacts")
                .then().statusCode(200)
                .body("size()", equalTo(1))
                .body("[0].source", equalTo("VOLUNTEER"))
                .body("[0].kind", equalTo("HOME_VISIT"))
                .body("[0].needsObserved", contains("DAILY_CARE"))
                .body("[0].followUp", equalTo("请社区安排助浴"));
    }
}
