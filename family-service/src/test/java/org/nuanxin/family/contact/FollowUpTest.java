package org.nuanxin.family.contact;

import io.cloudevents.CloudEvent;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.nuanxin.common.testing.CloudEvents;
import org.nuanxin.common.testing.EventTap;
import org.nuanxin.common.testing.RealInfrastructure;
import org.nuanxin.common.testing.Tokens;

import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.nuanxin.family.family.FamilyFixtures.family;
import static org.nuanxin.family.family.FamilyFixtures.member;
import static org.nuanxin.family.family.FamilyFixtures.newIdNumber;

/** Follow-ups promised at a contact: the overdue worklist, the one-time overdue event, and closing them. */
@QuarkusTest
@QuarkusTestResource(value = RealInfrastructure.class, restrictToAnnotatedClass = false)
class FollowUpTest {

    private static final String PROBLEM = "application/problem+json";
    private static final String HAICANG = "350205";

    @Inject
    FollowUpWatch watch;

    private static String register(String token) {
        return given().auth().oauth2(token).contentType(ContentType.JSON)
                .body(family(HAICANG, "海沧街道", member("王秀英", "MOTHER", newIdNumber())))
                .when().post("/api/families").then().statusCode(201).extract().path("id");
    }

    /** A call ten days ago that promised something by {@code due}; returns the contact id. */
    private static String callWithFollowUp(String token, String familyId, LocalDate due) {
        return given().auth().oauth2(token).contentType(ContentType.JSON)
                .body(Map.of("kind", "PHONE_CALL", "contactedAt", OffsetDateTime.now(ZoneOffset.ofHours(8)).minusDays(10).toString(),
                        "contactedBy", "林志强", "durationMinutes", 15, "followUp", "帮忙预约眼科复查", "followUpDue", due.toString()))
                .when().post("/api/families/" + familyId + "/contacts").then().statusCode(201).extract().path("id");
    }

    private static Map<String, Object> overdueRow(String token, String contactId) {
        JsonPath page = given().auth().oauth2(token).queryParam("size", 100)
                .when().get("/api/follow-ups/overdue").then().statusCode(200).extract().jsonPath();
        return page.getMap("items.find { it.contactId == '" + contactId + "' }");
    }

    @Test
    void shouldListAnnounceOnceAndCloseAnOverdueFollowUp() {
        String city = Tokens.of("city");
        String familyId = register(city);
        LocalDate today = LocalDate.now(ZoneOffset.ofHours(8));
        String contactId = callWithFollowUp(city, familyId, today.minusDays(3));
        String notYetDue = callWithFollowUp(city, familyId, today);

        Map<String, Object> row = overdueRow(city, contactId);
        assertEquals("帮忙预约眼科复查", row.get("followUp"));
        assertEquals(3, ((Number) row.get("daysOverdue")).intValue());
        assertEquals("王秀英", row.get("headName"));
        assertNull(overdueRow(city, notYetDue), "due today is not overdue yet");
        assertNull(overdueRow(Tokens.of("auditor"), contactId).get("followUp"), "the auditor sees that, not what");

        watch.announceOverdue();
        watch.announceOverdue();
        try (EventTap tap = new EventTap("family.events")) {
            List<CloudEvent> overdue = tap.collect(EventTap.of("org.nuanxin.family.follow-up-overdue.v1", familyId),
                    Duration.ofSeconds(8));
            assertEquals(1, overdue.size(), "announced once however often the watch runs");
            assertEquals(contactId, CloudEvents.json(overdue.get(0)).get("contactId").asText());
            assertEquals(3, CloudEvents.json(overdue.get(0)).get("daysOverdue").asInt());
            assertFalse(CloudEvents.data(overdue.get(0)).contains("眼科"), "the follow-up's text stays out of events");
        }

        given().auth().oauth2(city).when()
                .post("/api/families/" + familyId + "/contacts/" + contactId + "/follow-up-completion")
                .then().statusCode(200).body("followUpDoneAt", notNullValue());
        assertNull(overdueRow(city, contactId), "a done follow-up leaves the worklist");
        try (EventTap tap = new EventTap("family.events")) {
            CloudEvent done = tap.await(EventTap.of("org.nuanxin.family.follow-up-completed.v1", familyId),
                    Duration.ofSeconds(20)).get(0);
            assertTrue(CloudEvents.json(done).get("late").asBoolean());
        }
    }

    @Test
    void shouldRefuseToCloseAFollowUpTwiceOrOneThatWasNeverPromised() {
        String city = Tokens.of("city");
        String familyId = register(city);
        String contactId = callWithFollowUp(city, familyId, LocalDate.now(ZoneOffset.ofHours(8)).plusDays(2));
        String path = "/api/families/" + familyId + "/contacts/" + contactId + "/follow-up-completion";
        given().auth().oauth2(city).when().post(path).then().statusCode(200);
        given().auth().oauth2(city).when().post(path).then().statusCode(409).contentType(PROBLEM);

        String plain = given().auth().oauth2(city).contentType(ContentType.JSON)
                .body(Map.of("kind", "PHONE_CALL", "contactedAt", OffsetDateTime.now(ZoneOffset.ofHours(8)).toString(),
                        "contactedBy", "林志强", "durationMinutes", 5))
                .when().post("/api/families/" + familyId + "/contacts").then().statusCode(201).extract().path("id");
        given().auth().oauth2(city).when()
                .post("/api/families/" + familyId + "/contacts/" + plain + "/follow-up-completion")
                .then().statusCode(409).contentType(PROBLEM);
        given().auth().oauth2(Tokens.of("huli")).when().post(path).then().statusCode(404).contentType(PROBLEM);
        given().auth().oauth2(Tokens.of("auditor")).when().post(path).then().statusCode(403).contentType(PROBLEM);
    }

    @Test
    void shouldKeepTheWorklistInTheCallersDistrict() {
        String familyId = register(Tokens.of("city"));
        String contactId = callWithFollowUp(Tokens.of("city"), familyId, LocalDate.now(ZoneOffset.ofHours(8)).minusDays(1));
        given().auth().oauth2(Tokens.of("huli")).queryParam("size", 100).when().get("/api/follow-ups/overdue")
                .then().statusCode(200).body("items.districtCode", everyItem(equalTo("350206")));
        assertEquals(contactId, overdueRow(Tokens.of("city"), contactId).get("contactId"));
        given().auth().oauth2(Tokens.of("volunteer")).when().get("/api/follow-ups/overdue")
                .then().statusCode(403).contentType(PROBLEM);
    }
}
