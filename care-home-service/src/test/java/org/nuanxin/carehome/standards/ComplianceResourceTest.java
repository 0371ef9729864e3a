package org.nuanxin.carehome.standards;

import com.fasterxml.jackson.databind.JsonNode;
import io.cloudevents.CloudEvent;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.nuanxin.common.testing.CloudEvents;
import org.nuanxin.common.testing.EventTap;
import org.nuanxin.common.testing.RealInfrastructure;
import org.nuanxin.common.testing.Tokens;

import java.time.Duration;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.nuanxin.carehome.testing.CareHomeFixtures.PROBLEM;
import static org.nuanxin.carehome.testing.CareHomeFixtures.activeVolunteer;
import static org.nuanxin.carehome.testing.CareHomeFixtures.addPartner;
import static org.nuanxin.carehome.testing.CareHomeFixtures.addSocialOrganisations;
import static org.nuanxin.carehome.testing.CareHomeFixtures.attach;
import static org.nuanxin.carehome.testing.CareHomeFixtures.await;
import static org.nuanxin.carehome.testing.CareHomeFixtures.CITY;
import static org.nuanxin.carehome.testing.CareHomeFixtures.heldAt;
import static org.nuanxin.carehome.testing.CareHomeFixtures.heldLastMonth;
import static org.nuanxin.carehome.testing.CareHomeFixtures.schedule;
import static org.nuanxin.carehome.testing.CareHomeFixtures.openSimingSite;
import static org.nuanxin.carehome.testing.CareHomeFixtures.openSite;
import static org.nuanxin.carehome.testing.CareHomeFixtures.volunteerStatus;

@QuarkusTest
@QuarkusTestResource(value = RealInfrastructure.class, restrictToAnnotatedClass = false)
class ComplianceResourceTest {

    private static final String MET = "org.nuanxin.carehome.standard-met.v1";
    private static final String BREACHED = "org.nuanxin.carehome.standard-breached.v1";

    private static List<String> regulars(String siteId, int count) {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String id = activeVolunteer();
            attach(siteId, id);
            ids.add(id);
        }
        return ids;
    }

    private static boolean compliant(String siteId) {
        return given().auth().oauth2(Tokens.of("city")).when().get("/api/site-compliance/" + siteId)
                .then().statusCode(200).extract().path("compliant");
    }

    @Test
    void shouldFallShortWithNineRegularVolunteersAndMeetTheStandardWithTen() {
        String siteId = openSimingSite();
        addSocialOrganisations(siteId, 5);
        heldLastMonth(siteId, 2);
        regulars(siteId, 9);

        given().auth().oauth2(Tokens.of("siming")).when().get("/api/site-compliance/" + siteId)
                .then().statusCode(200)
                .body("regularVolunteers", equalTo(9))
                .body("minRegularVolunteers", equalTo(10))
                .body("partnerOrganisations", equalTo(5))
                .body("compliant", equalTo(false))
                .body("shortfalls", contains("REGULAR_VOLUNTEERS"))
                .body("lastMetAt", nullValue());

        regulars(siteId, 1);
        given().auth().oauth2(Tokens.of("siming")).when().get("/api/site-compliance/" + siteId)
                .then().statusCode(200)
                .body("regularVolunteers", equalTo(10))
                .body("compliant", equalTo(true))
                .body("shortfalls", empty())
                .body("lastMetAt", notNullValue());

        try (EventTap tap = new EventTap("carehome.events")) {
            List<CloudEvent> met = tap.await(EventTap.of(MET, siteId), Duration.ofSeconds(20));
            assertEquals(1, met.size(), "one standard-met when the tenth volunteer arrives");
            JsonNode data = CloudEvents.json(met.get(0));
            assertEquals(10, data.get("regularVolunteers").asInt());
            assertEquals(0, data.get("shortfalls").size());
            assertTrue(tap.collect(EventTap.of(BREACHED, siteId), Duration.ofSeconds(1)).isEmpty(),
                    "a site that never met the standard has nothing to breach");
        }
    }

    @Test
    void shouldPublishABreachWhenARegularVolunteerLeavesVolunteerService() {
        String siteId = openSimingSite();
        addSocialOrganisations(siteId, 5);
        heldLastMonth(siteId, 2);
        List<String> volunteers = regulars(siteId, 10);
        assertTrue(compliant(siteId));

        volunteerStatus(volunteers.get(3), "volunteer-left", "ACTIVE", "LEFT");
        await("the site falls below the standard", () -> !compliant(siteId));

        given().auth().oauth2(Tokens.of("city")).when().get("/api/site-compliance/" + siteId)
                .then().body("regularVolunteers", equalTo(9))
                .body("lastMetAt", notNullValue());
        given().auth().oauth2(Tokens.of("city")).when().get("/api/sites/" + siteId + "/volunteers")
                .then().statusCode(200)
                .body("find { it.volunteerId == '" + volunteers.get(3) + "' }.status", equalTo("LEFT"))
                .body("find { it.volunteerId == '" + volunteers.get(3) + "' }.counts", equalTo(false));
        try (EventTap tap = new EventTap("carehome.events")) {
            List<CloudEvent> breached = tap.await(EventTap.of(BREACHED, siteId), Duration.ofSeconds(20));
            assertEquals(1, breached.size());
            JsonNode data = CloudEvents.json(breached.get(0));
            assertEquals(9, data.get("regularVolunteers").asInt());
            assertEquals("REGULAR_VOLUNTEERS", data.get("shortfalls").get(0).asText());
            assertEquals("350203", data.get("districtCode").asText());
        }
    }

    @Test
    void shouldMeetTheStandardAgainWhenASuspendedVolunteerIsReinstated() {
        String siteId = openSimingSite();
        addSocialOrganisations(siteId, 5);
        heldLastMonth(siteId, 2);
        List<String> volunteers = regulars(siteId, 10);

        volunteerStatus(volunteers.get(0), "volunteer-suspended", "ACTIVE", "SUSPENDED");
        await("the suspension breaches the standard", () -> !compliant(siteId));
        volunteerStatus(volunteers.get(0), "volunteer-reinstated", "SUSPENDED", "ACTIVE");
        await("the reinstatement restores it", () -> compliant(siteId));

        try (EventTap tap = new EventTap("carehome.events")) {
            List<CloudEvent> events = tap.await(EventTap.about(siteId), 3, Duration.ofSeconds(20)).stream()
                    .filter(event -> !event.getType().endsWith("site-opened.v1")).toList();
            assertEquals(List.of(MET, BREACHED, MET), events.stream().map(CloudEvent::getType).toList());
        }
    }

    @Test
    void shouldCountOnlySocialOrganisationsWithAnAgreementInForce() {
        String siteId = openSimingSite();
        heldLastMonth(siteId, 2);
        regulars(siteId, 10);
        addSocialOrganisations(siteId, 4);
        addPartner(siteId, "厦门爱心企业", "ENTERPRISE");
        addPartner(siteId, "厦门大学附属中山医院", "HOSPITAL");
        given().auth().oauth2(Tokens.of("city")).contentType("application/json")
                .body("{\"name\":\"已到期的社会组织\",\"kind\":\"SOCIAL_ORGANISATION\",\"agreement\":\"助老\","
                        + "\"agreementFrom\":\"2020-01-01\",\"agreementUntil\":\"2021-12-31\"}")
                .when().post("/api/sites/" + siteId + "/partners")
                .then().statusCode(201).body("inForce", equalTo(false));

        given().auth().oauth2(Tokens.of("city")).when().get("/api/site-compliance/" + siteId)
                .then().body("partnerOrganisations", equalTo(4))
                .body("compliant", equalTo(false))
                .body("shortfalls", contains("PARTNER_ORGANISATIONS"));

        addPartner(siteId, "第五家社会组织", "SOCIAL_ORGANISATION");
        assertTrue(compliant(siteId));
    }

    @Test
    void shouldBreachWhenACoordinatorDetachesTheTenthVolunteer() {
        String siteId = openSimingSite();
        addSocialOrganisations(siteId, 5);
        heldLastMonth(siteId, 2);
        List<String> volunteers = regulars(siteId, 10);

        given().auth().oauth2(Tokens.of("siming")).when().delete("/api/sites/" + siteId + "/volunteers/" + volunteers.get(9))
                .then().statusCode(204);
        assertTrue(!compliant(siteId));
        given().auth().oauth2(Tokens.of("siming")).when().delete("/api/sites/" + siteId + "/volunteers/" + volunteers.get(9))
                .then().statusCode(404).contentType(PROBLEM);
    }

    @Test
    void shouldRefuseToAttachAVolunteerVolunteerServiceHasNotPublishedAsActive() {
        String siteId = openSimingSite();
        given().auth().oauth2(Tokens.of("city")).when().put("/api/sites/" + siteId + "/volunteers/"
                        + java.util.UUID.randomUUID())
                .then().statusCode(400).contentType(PROBLEM)
                .body("violations[0].field", equalTo("volunteerId"));
    }

    @Test
    void shouldAnswerARepeatedAttachWith204() {
        String siteId = openSimingSite();
        String volunteer = activeVolunteer();
        attach(siteId, volunteer);
        given().auth().oauth2(Tokens.of("city")).when().put("/api/sites/" + siteId + "/volunteers/" + volunteer)
                .then().statusCode(204);
    }

    @Test
    void shouldLetDistrictCoordinatorsManageOnlyTheirOwnDistrictsSites() {
        String simingSite = openSimingSite();
        String volunteer = activeVolunteer();
        attach(simingSite, volunteer);
        given().auth().oauth2(Tokens.of("huli")).when().put("/api/sites/" + simingSite + "/volunteers/" + volunteer)
                .then().statusCode(404).contentType(PROBLEM);
        given().auth().oauth2(Tokens.of("huli")).when().get("/api/site-compliance/" + simingSite)
                .then().statusCode(404).contentType(PROBLEM);
        given().auth().oauth2(Tokens.of("volunteer")).when().put("/api/sites/" + simingSite + "/volunteers/" + volunteer)
                .then().statusCode(403).contentType(PROBLEM);
        given().auth().oauth2(Tokens.of("volunteer")).when().get("/api/site-compliance")
                .then().statusCode(403).contentType(PROBLEM);
    }

    @Test
    void shouldListComplianceOfTheDistrictCoordinatorsOwnDistrictOnly() {
        String huliSite = openSite("350206", "殿前街道");
        openSimingSite();
        given().auth().oauth2(Tokens.of("huli")).queryParam("districtCode", "350203").when().get("/api/site-compliance")
                .then().statusCode(200)
                .body("districtCode", everyItem(equalTo("350206")))
                .body("siteId", hasItem(huliSite));
        given().auth().oauth2(Tokens.of("auditor")).when().get("/api/site-compliance")
                .then().statusCode(200)
                .body("districtName", hasItem("思明区"));
    }

    @Test
    void shouldCountActivitiesHeldInTheLastFullMonthByXiamenTimeAgainstTheMonthlyStandard() {
        String siteId = openSimingSite();
        addSocialOrganisations(siteId, 5);
        regulars(siteId, 10);
        YearMonth lastMonth = YearMonth.now(CITY).minusMonths(1);
        // 00:30 on the first of this month in Xiamen is still last month in UTC: it does not count
        heldAt(siteId, YearMonth.now(CITY).atDay(1).atTime(0, 30).atZone(CITY).toOffsetDateTime());
        // scheduled in last month but never recorded as held: it does not count
        schedule(siteId, "LECTURE", 30, lastMonth.atDay(10).atTime(9, 30).atZone(CITY).toOffsetDateTime().toString());
        heldAt(siteId, lastMonth.atDay(1).atTime(0, 0).atZone(CITY).toOffsetDateTime());

        given().auth().oauth2(Tokens.of("siming")).when().get("/api/site-compliance/" + siteId)
                .then().statusCode(200)
                .body("activities", equalTo(1))
                .body("minActivitiesPerMonth", equalTo(2))
                .body("activitiesMonth", equalTo(lastMonth.toString()))
                .body("compliant", equalTo(false))
                .body("shortfalls", contains("ACTIVITIES"))
                .body("lastMetAt", nullValue());

        // 23:30 on the last day of last month in Xiamen, which is 15:30 UTC: counts
        heldAt(siteId, lastMonth.atEndOfMonth().atTime(23, 30).atZone(CITY).toOffsetDateTime());
        given().auth().oauth2(Tokens.of("siming")).when().get("/api/site-compliance/" + siteId)
                .then().statusCode(200)
                .body("activities", equalTo(2))
                .body("compliant", equalTo(true))
                .body("shortfalls", empty());
        try (EventTap tap = new EventTap("carehome.events")) {
            JsonNode data = CloudEvents.json(tap.await(EventTap.of(MET, siteId), Duration.ofSeconds(20)).get(0));
            assertEquals(2, data.get("activities").asInt());
            assertEquals(2, data.get("minActivitiesPerMonth").asInt());
            assertEquals(lastMonth.toString(), data.get("activitiesMonth").asText());
        }
    }
}
