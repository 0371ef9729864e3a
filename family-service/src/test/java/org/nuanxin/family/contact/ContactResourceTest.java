package org.nuanxin.family.contact;

import io.cloudevents.CloudEvent;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;
import org.nuanxin.common.testing.CloudEvents;
import org.nuanxin.common.testing.EventTap;
import org.nuanxin.common.testing.RealInfrastructure;
import org.nuanxin.common.testing.Tokens;
import org.nuanxin.family.family.Family;

import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.nuanxin.family.family.FamilyFixtures.family;
import static org.nuanxin.family.family.FamilyFixtures.member;
import static org.nuanxin.family.family.FamilyFixtures.newIdNumber;

/** Families here live in 翔安区, which no other test of this module uses, so the worklist is theirs alone. */
@QuarkusTest
@QuarkusTestResource(value = RealInfrastructure.class, restrictToAnnotatedClass = false)
class ContactResourceTest {

    private static final String PROBLEM = "application/problem+json";
    private static final String XIANGAN = "350213";

    private static String registerInXiangan(String token) {
        return given().auth().oauth2(token).contentType(ContentType.JSON)
                .body(family(XIANGAN, "马巷街道", member("洪金水", "FATHER", newIdNumber())))
                .when().post("/api/families").then().statusCode(201).extract().path("id");
    }

    private static Map<String, Object> contact(String kind, OffsetDateTime at) {
        Map<String, Object> body = new HashMap<>();
        body.put("kind", kind);
        body.put("contactedAt", at.toString());
        body.put("contactedBy", "郑丽娟");
        body.put("durationMinutes", 40);
        body.put("wellbeing", 4);
        return body;
    }

    /** The worklist row of one family, or null when it is not overdue. */
    private static Map<String, Object> overdueRow(String token, String familyId) {
        JsonPath page = given().auth().oauth2(token).queryParam("districtCode", XIANGAN).queryParam("size", 100)
                .when().get("/api/contacts/overdue").then().statusCode(200).extract().jsonPath();
        return page.getMap("items.find { it.familyId == '" + familyId + "' }");
    }

    @Test
    void shouldListANeverContactedFamilyAsOverdueOnBothCounts() {
        String city = Tokens.of("city");
        String familyId = registerInXiangan(city);
        Map<String, Object> row = overdueRow(city, familyId);
        assertEquals(List.of("NO_CONTACT", "NO_VISIT"), row.get("overdue"));
        assertEquals("洪金水", row.get("headName"));
        assertNull(row.get("lastContactAt"));
    }

    @Test
    void shouldTakeAVisitedFamilyOffTheWorklistAndPublishTheContact() {
        String city = Tokens.of("city");
        String familyId = registerInXiangan(city);
        Map<String, Object> visit = contact("HOME_VISIT", OffsetDateTime.now(ZoneOffset.ofHours(8)).minusHours(3));
        visit.put("location", "家中");
        visit.put("notes", "老人情绪平稳，提到膝盖疼");
        visit.put("followUp", "联系社区医生上门看膝盖");
        visit.put("followUpDue", LocalDate.now().plusDays(7).toString());

        given().auth().oauth2(city).contentType(ContentType.JSON).body(visit)
                .when().post("/api/families/" + familyId + "/contacts")
                .then().statusCode(201)
                .body("kind", equalTo("HOME_VISIT"))
                .body("notes", equalTo("老人情绪平稳，提到膝盖疼"))
                .body("followUp", equalTo("联系社区医生上门看膝盖"));

        assertNull(overdueRow(city, familyId), "a visit today satisfies both the weekly and the monthly cadence");
        try (EventTap tap = new EventTap("family.events")) {
            List<CloudEvent> events = tap.await(
                    EventTap.of("org.nuanxin.family.contact-recorded.v1", familyId), Duration.ofSeconds(20));
            assertEquals(1, events.size());
            assertEquals("HOME_VISIT", CloudEvents.json(events.get(0)).get("kind").asText());
            assertFalse(CloudEvents.data(events.get(0)).contains("膝盖"), "notes and follow-ups stay out of events");
        }
        given().auth().oauth2(Tokens.of("auditor")).when().get("/api/families/" + familyId + "/contacts")
                .then().statusCode(200)
                .body("size()", equalTo(1))
                .body("[0].notes", nullValue())
                .body("[0].followUpDue", equalTo(LocalDate.now().plusDays(7).toString()));
    }

    @Test
    void shouldStillAskForAVisitWhenOnlyCallsWereMade() {
        String city = Tokens.of("city");
        String familyId = registerInXiangan(city);
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.ofHours(8));
        given().auth().oauth2(city).contentType(ContentType.JSON).body(contact("PHONE_CALL", now.minusDays(2)))
                .when().post("/api/families/" + familyId + "/contacts").then().statusCode(201);
        // entered late: an older call must not move the latest contact backwards
        given().auth().oauth2(city).contentType(ContentType.JSON).body(contact("PHONE_CALL", now.minusDays(20)))
                .when().post("/api/families/" + familyId + "/contacts").then().statusCode(201);

        Map<String, Object> row = overdueRow(city, familyId);
        assertEquals(List.of("NO_VISIT"), row.get("overdue"));
        assertEquals(2, ((Number) row.get("daysSinceContact")).intValue());
    }

    @Test
    void shouldNameTheFieldsOfAnImpossibleContact() {
        String city = Tokens.of("city");
        String familyId = registerInXiangan(city);
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.ofHours(8));

        Map<String, Object> future = contact("PHONE_CALL", now.plusDays(1));
        given().auth().oauth2(city).contentType(ContentType.JSON).body(future)
                .when().post("/api/families/" + familyId + "/contacts")
                .then().statusCode(400).contentType(PROBLEM).body("violations[0].field", equalTo("contactedAt"));

        Map<String, Object> badScore = contact("PHONE_CALL", now);
        badScore.put("wellbeing", 6);
        given().auth().oauth2(city).contentType(ContentType.JSON).body(badScore)
                .when().post("/api/families/" + familyId + "/contacts")
                .then().statusCode(400).body("violations[0].field", equalTo("wellbeing"));

        Map<String, Object> undated = contact("PHONE_CALL", now);
        undated.put("followUp", "送药");
        given().auth().oauth2(city).contentType(ContentType.JSON).body(undated)
                .when().post("/api/families/" + familyId + "/contacts")
                .then().statusCode(400).body("violations[0].field", equalTo("followUpDue"));

        given().auth().oauth2(city).when().get("/api/families/" + familyId + "/contacts")
                .then().statusCode(200).body("size()", equalTo(0));
    }

    @Test
    void shouldKeepContactsAndTheWorklistInTheCallersDistrict() {
        String familyId = registerInXiangan(Tokens.of("city"));
        String huli = Tokens.of("huli");
        given().auth().oauth2(huli).contentType(ContentType.JSON)
                .body(contact("PHONE_CALL", OffsetDateTime.now(ZoneOffset.ofHours(8))))
                .when().post("/api/families/" + familyId + "/contacts")
                .then().statusCode(404).contentType(PROBLEM);
        given().auth().oauth2(huli).queryParam("size", 100).when().get("/api/contacts/overdue")
                .then().statusCode(200).body("items.districtCode", everyItem(equalTo("350206")));
        given().auth().oauth2(Tokens.of("volunteer")).when().get("/api/contacts/overdue")
                .then().statusCode(403).contentType(PROBLEM);
    }

    @Test
    void shouldKeepTheNeedsObservedAndPublishThem() {
        String city = Tokens.of("city");
        String familyId = registerInXiangan(city);
        Map<String, Object> visit = contact("HOME_VISIT", OffsetDateTime.now(ZoneOffset.ofHours(8)).minusHours(1));
        visit.put("needsObserved", List.of("DAILY_CARE", "MEDICAL", "DAILY_CARE"));
        given().auth().oauth2(city).contentType(ContentType.JSON).body(visit)
                .when().post("/api/families/" + familyId + "/contacts")
                .then().statusCode(201)
                .body("needsObserved", equalTo(List.of("DAILY_CARE", "MEDICAL")))
                .body("source", equalTo("LIAISON"));
        try (EventTap tap = new EventTap("family.events")) {
            CloudEvent event = tap.await(EventTap.of("org.nuanxin.family.contact-recorded.v1", familyId),
                    Duration.ofSeconds(20)).get(0);
            assertEquals("[\"DAILY_CARE\",\"MEDICAL\"]", CloudEvents.json(event).get("needsObserved").toString());
            assertEquals("LIAISON", CloudEvents.json(event).get("source").asText());
        }

        visit.put("needsObserved", List.of("LONELINESS"));
        given().auth().oauth2(city).contentType(ContentType.JSON).body(visit)
                .when().post("/api/families/" + familyId + "/contacts")
                .then().statusCode(400).contentType(PROBLEM).body("violations[0].field", equalTo("needsObserved[0]"));
    }

    @Test
    void shouldRejectAFollowUpDueBeforeTheContact() {
        String city = Tokens.of("city");
        String familyId = registerInXiangan(city);
        Map<String, Object> call = contact("PHONE_CALL", OffsetDateTime.now(ZoneOffset.ofHours(8)).minusDays(3));
        call.put("followUp", "送药");
        call.put("followUpDue", LocalDate.now(ZoneOffset.ofHours(8)).minusDays(5).toString());
        given().auth().oauth2(city).contentType(ContentType.JSON).body(call)
                .when().post("/api/families/" + familyId + "/contacts")
                .then().statusCode(400).contentType(PROBLEM).body("violations[0].field", equalTo("followUpDue"));
    }

    @Test
    void shouldCountThisYearsHomeVisitsAgainstTheYearlyMinimum() {
        String city = Tokens.of("city");
        String familyId = registerInXiangan(city);
        // registered long ago: this year's visits count from 1 January
        QuarkusTransaction.requiringNew().run(() -> Family.<Family>findById(UUID.fromString(familyId)).registeredAt =
                OffsetDateTime.now(ZoneOffset.UTC).minusYears(2));
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.ofHours(8));
        given().auth().oauth2(city).contentType(ContentType.JSON).body(contact("HOME_VISIT", now.minusHours(2)))
                .when().post("/api/families/" + familyId + "/contacts").then().statusCode(201);
        // recorded late: a visit of last year and a call count for none of this year's visits
        given().auth().oauth2(city).contentType(ContentType.JSON)
                .body(contact("HOME_VISIT", now.withDayOfYear(1).minusDays(3)))
                .when().post("/api/families/" + familyId + "/contacts").then().statusCode(201);
        given().auth().oauth2(city).contentType(ContentType.JSON).body(contact("PHONE_CALL", now.minusHours(1)))
                .when().post("/api/families/" + familyId + "/contacts").then().statusCode(201);

        LocalDate today = LocalDate.now(ZoneOffset.ofHours(8));
        long due = 4L * today.getDayOfYear() / today.lengthOfYear();
        Map<String, Object> row = overdueRow(city, familyId);
        if (due > 1) {
            assertEquals(List.of("FEW_VISITS_THIS_YEAR"), row.get("overdue"), "one visit where " + due + " are due");
            assertEquals(1, ((Number) row.get("homeVisitsThisYear")).intValue());
            assertEquals(due, ((Number) row.get("homeVisitsDue")).longValue());
        } else {
            assertNull(row, "early in the year one visit is enough");
        }
    }
}
