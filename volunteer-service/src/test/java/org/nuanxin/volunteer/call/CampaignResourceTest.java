package org.nuanxin.volunteer.call;

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

import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/** Campaigns here are in 翔安区, which the other tests leave alone. */
@QuarkusTest
@QuarkusTestResource(value = RealInfrastructure.class, restrictToAnnotatedClass = false)
class CampaignResourceTest {

    private static final String PROBLEM = "application/problem+json";
    private static final String XIANGAN = "350213";

    private static String campaign(List<String> familyIds, String delay, int maxAttempts) {
        return given().auth().oauth2(Tokens.of("city")).contentType(ContentType.JSON)
                .body(Map.of("name", "寒潮关怀电话", "purpose", "WELFARE_CHECK", "districtCode", XIANGAN,
                        "familyIds", familyIds, "redeliveryDelay", delay, "maxAttempts", maxAttempts))
                .when().post("/api/campaigns").then().statusCode(201)
                .body("progress.total", equalTo(familyIds.size()))
                .body("progress.pending", equalTo(familyIds.size()))
                .extract().path("id");
    }

    private static io.restassured.response.Response next(String token, String campaignId) {
        return given().auth().oauth2(token).when().post("/api/campaigns/" + campaignId + "/next-call");
    }

    private static void outcome(String token, String campaignId, String entryId, String outcome) {
        given().auth().oauth2(token).contentType(ContentType.JSON).body(Map.of("outcome", outcome, "notes", "备注"))
                .when().post("/api/campaigns/" + campaignId + "/calls/" + entryId + "/outcome").then().statusCode(200);
    }

    @Test
    void shouldRedeliverAnUnansweredEntryAfterTheDelayUntilItsAttemptsRunOut() throws InterruptedException {
        String familyId = Families.registered(XIANGAN);
        String campaignId = campaign(List.of(familyId), "PT2S", 2);
        String city = Tokens.of("city");

        String entryId = next(city, campaignId).then().statusCode(200)
                .body("familyId", equalTo(familyId)).body("attempts", equalTo(0)).extract().path("id");
        try (EventTap tap = new EventTap("volunteer.events")) {
            outcome(city, campaignId, entryId, "NO_ANSWER");
            JsonNode recorded = CloudEvents.json(tap.await(EventTap.of("org.nuanxin.volunteer.call-outcome-recorded.v1", campaignId),
                    Duration.ofSeconds(20)).get(0));
            assertEquals("NO_ANSWER", recorded.get("outcome").asText());
            assertEquals("PENDING", recorded.get("entryStatus").asText());
            assertEquals(familyId, recorded.get("familyId").asText());
            assertFalse(CloudEvents.data(tap.await(EventTap.of("org.nuanxin.volunteer.call-outcome-recorded.v1", campaignId),
                    Duration.ofSeconds(1)).get(0)).contains("备注"), "no notes in events");
        }
        next(city, campaignId).then().statusCode(204);
        Thread.sleep(2500);
        next(city, campaignId).then().statusCode(200).body("id", equalTo(entryId)).body("attempts", equalTo(1))
                .body("lastOutcome", equalTo("NO_ANSWER"));
        outcome(city, campaignId, entryId, "NO_ANSWER");
        Thread.sleep(2500);
        next(city, campaignId).then().statusCode(204);
        given().auth().oauth2(city).when().get("/api/campaigns/" + campaignId)
                .then().statusCode(200)
                .body("progress.unreached", equalTo(1))
                .body("progress.calls", equalTo(2))
                .body("callers[0].caller", equalTo("city"))
                .body("callers[0].callsToday", equalTo(2))
                .body("callers[0].dailyTarget", equalTo(40));
    }

    @Test
    void shouldHandEachEntryToOneCallerAndSettleItOnAnAnswer() {
        List<String> families = List.of(Families.registered(XIANGAN), Families.registered(XIANGAN));
        String campaignId = campaign(families, "PT2H", 3);
        String city = Tokens.of("city");
        String volunteerId = People.active(People.body("翔安志愿者", XIANGAN, List.of("PHONE_CONTACT")));
        given().auth().oauth2(city).contentType(ContentType.JSON).body("{\"username\":null}")
                .when().put("/api/volunteers/" + volunteerId + "/account").then().statusCode(200);
        String first = next(city, campaignId).then().statusCode(200).extract().path("id");
        // asking again hands back the call the caller holds
        next(city, campaignId).then().statusCode(200).body("id", equalTo(first));
        outcome(city, campaignId, first, "REACHED");
        String second = next(city, campaignId).then().statusCode(200).extract().path("id");
        Set<String> seen = new HashSet<>(List.of(first, second));
        assertEquals(2, seen.size());
        outcome(city, campaignId, second, "NEEDS_FOLLOW_UP");
        next(city, campaignId).then().statusCode(204);
        given().auth().oauth2(city).when().get("/api/campaigns/" + campaignId)
                .then().body("progress.done", equalTo(2)).body("progress.needsFollowUp", equalTo(1))
                .body("callers[0].reached", equalTo(1));
    }

    @Test
    void shouldAnnounceWhoHoldsACallSoTheFamilysPhoneOpensToThemAlone() {
        String familyId = Families.registered(XIANGAN);
        String campaignId = campaign(List.of(familyId), "PT2H", 3);
        String city = Tokens.of("city");
        try (EventTap tap = new EventTap("volunteer.events")) {
            String entryId = next(city, campaignId).then().statusCode(200).extract().path("id");
            // asking again hands back the held call without announcing it twice
            next(city, campaignId).then().statusCode(200).body("id", equalTo(entryId));
            JsonNode data = CloudEvents.json(tap.await(EventTap.of("org.nuanxin.volunteer.call-claimed.v1", campaignId),
                    Duration.ofSeconds(20)).get(0));
            assertEquals(entryId, data.get("entryId").asText());
            assertEquals(familyId, data.get("familyId").asText());
            assertEquals("city", data.get("volunteerUsername").asText());
            assertEquals(Duration.ofMinutes(30), Duration.between(java.time.OffsetDateTime.parse(data.get("claimedAt").asText()),
                    java.time.OffsetDateTime.parse(data.get("holdUntil").asText())));
            assertEquals(1, tap.collect(EventTap.of("org.nuanxin.volunteer.call-claimed.v1", campaignId), Duration.ofSeconds(2)).size());
        }
    }

    @Test
    void shouldRefuseAnOutcomeForAnEntryTheCallerDoesNotHold() {
        String campaignId = campaign(List.of(Families.registered(XIANGAN)), "PT2H", 3);
        String entryId = next(Tokens.of("city"), campaignId).then().statusCode(200).extract().path("id");
        given().auth().oauth2(Tokens.of("auditor")).contentType(ContentType.JSON).body(Map.of("outcome", "REACHED"))
                .when().post("/api/campaigns/" + campaignId + "/calls/" + entryId + "/outcome").then().statusCode(403);
        given().auth().oauth2(Tokens.of("city")).contentType(ContentType.JSON).body(Map.of("outcome", "HUNG_UP"))
                .when().post("/api/campaigns/" + campaignId + "/calls/" + entryId + "/outcome")
                .then().statusCode(400).contentType(PROBLEM).body("violations[0].field", equalTo("outcome"));
    }

    @Test
    void shouldNameAFamilyOutsideTheCampaignsDistrict() {
        String inXiangan = Families.registered(XIANGAN);
        String inHuli = Families.registered("350206");
        given().auth().oauth2(Tokens.of("city")).contentType(ContentType.JSON)
                .body(Map.of("name", "提醒", "purpose", "REMINDER", "districtCode", XIANGAN, "familyIds", List.of(inXiangan, inHuli)))
                .when().post("/api/campaigns")
                .then().statusCode(400).contentType(PROBLEM)
                .body("violations[0].field", equalTo("familyIds[1]"));
        given().auth().oauth2(Tokens.of("siming")).contentType(ContentType.JSON)
                .body(Map.of("name", "提醒", "purpose", "REMINDER", "districtCode", XIANGAN, "familyIds", List.of(inXiangan)))
                .when().post("/api/campaigns")
                .then().statusCode(403).contentType(PROBLEM);
    }

    @Test
    void shouldKeepOtherDistrictsAwayFromTheQueue() {
        String campaignId = campaign(List.of(Families.registered(XIANGAN)), "PT2H", 3);
        next(Tokens.of("siming"), campaignId).then().statusCode(404).contentType(PROBLEM);
        People.freshDemoVolunteer();
        next(Tokens.of("volunteer"), campaignId).then().statusCode(404);
        given().auth().oauth2(Tokens.of("siming")).when().get("/api/campaigns/" + campaignId).then().statusCode(404);
    }
}
