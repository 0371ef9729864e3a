package org.nuanxin.gateway.alerts;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;
import org.nuanxin.common.testing.RealInfrastructure;
import org.nuanxin.common.testing.Tokens;
import org.nuanxin.gateway.supervision.Publish;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;
import static org.nuanxin.gateway.supervision.Publish.CARE_HOME;
import static org.nuanxin.gateway.supervision.Publish.FAMILY;
import static org.nuanxin.gateway.supervision.Publish.INSURANCE;
import static org.nuanxin.gateway.supervision.Publish.ago;
import static org.nuanxin.gateway.supervision.Publish.event;
import static org.nuanxin.gateway.supervision.Publish.now;

/** The alert rules raise and clear alerts from the read models; coordinators of the area acknowledge and resolve. */
@QuarkusTest
@QuarkusTestResource(value = RealInfrastructure.class, restrictToAnnotatedClass = false)
class AlertsTest {

    private static final String HULI = "350206";
    private static final String PROBLEM = "application/problem+json";

    @Test
    void shouldRaiseASiteAlertThatTheDistrictCoordinatorAcknowledgesAndResolves() {
        UUID site = site(HULI);
        event(CARE_HOME, "standard-breached", site, standard(site, HULI, List.of("REGULAR_VOLUNTEERS"), now()));
        Map<String, Object> alert = awaitAlert("city", a -> String.valueOf(a.get("subjectId")).equals(site.toString()));
        assertEquals("SITE_BELOW_STANDARD", alert.get("kind"));
        assertEquals("HIGH", alert.get("severity"));
        assertEquals(HULI, alert.get("districtCode"));
        String id = (String) alert.get("id");

        given().auth().oauth2(Tokens.of("siming")).when().get("/api/supervision/alerts?kind=SITE_BELOW_STANDARD&size=100")
                .then().statusCode(200).body("items.districtCode.findAll { it != '350203' }", equalTo(List.of()));
        given().auth().oauth2(Tokens.of("siming")).when().post("/api/supervision/alerts/" + id + "/acknowledgement")
                .then().statusCode(404).contentType(PROBLEM);
        given().auth().oauth2(Tokens.of("volunteer")).when().get("/api/supervision/alerts")
                .then().statusCode(403).contentType(PROBLEM);
        given().auth().oauth2(Tokens.of("auditor")).when().post("/api/supervision/alerts/" + id + "/acknowledgement")
                .then().statusCode(403).contentType(PROBLEM);

        given().auth().oauth2(Tokens.of("huli")).when().post("/api/supervision/alerts/" + id + "/acknowledgement")
                .then().statusCode(200).body("status", equalTo("ACKNOWLEDGED")).body("acknowledgedBy", equalTo("huli"));
        given().auth().oauth2(Tokens.of("huli")).contentType("application/json").body(Map.of("resolution", " "))
                .when().post("/api/supervision/alerts/" + id + "/resolution")
                .then().statusCode(400).contentType(PROBLEM).body("violations.field", hasItem("resolution"));
        given().auth().oauth2(Tokens.of("huli")).contentType("application/json")
                .body(Map.of("resolution", "已联系两家社会组织签约志愿服务"))
                .when().post("/api/supervision/alerts/" + id + "/resolution")
                .then().statusCode(200).body("status", equalTo("RESOLVED")).body("resolvedBy", equalTo("huli"));
        given().auth().oauth2(Tokens.of("huli")).contentType("application/json").body(Map.of("resolution", "again"))
                .when().post("/api/supervision/alerts/" + id + "/resolution")
                .then().statusCode(409).contentType(PROBLEM);

        // the site is still below standard, but the coordinator's resolution keeps the rule quiet about it
        pause(3000);
        given().auth().oauth2(Tokens.of("city")).when().get("/api/supervision/alerts?kind=SITE_BELOW_STANDARD&size=100")
                .then().statusCode(200).body("items.subjectId.findAll { it == '" + site + "' }", equalTo(List.of()));
    }

    @Test
    void shouldResolveAnAlertOnItsOwnWhenItsCauseClears() {
        UUID site = site(HULI);
        event(CARE_HOME, "standard-breached", site, standard(site, HULI, List.of("PARTNER_ORGANISATIONS"), ago(Duration.ofHours(1))));
        String id = (String) awaitAlert("city", a -> String.valueOf(a.get("subjectId")).equals(site.toString())).get("id");
        event(CARE_HOME, "standard-met", site, standard(site, HULI, List.of(), now()));
        awaitAlert("city", "RESOLVED", a -> String.valueOf(a.get("id")).equals(id) && "system".equals(String.valueOf(a.get("resolvedBy"))));
    }

    @Test
    void shouldAlertOnAHighRiskFamilyWithoutAVisitAndClearWithTheVisit() {
        UUID family = Publish.family(HULI, "BEREAVED", 2);
        event(FAMILY, "needs-assessed", family, Map.of("familyId", family.toString(), "assessmentId", UUID.randomUUID().toString(),
                "districtCode", HULI, "riskLevel", "HIGH", "previousRiskLevel", "MEDIUM", "needs", List.of(),
                "assessedAt", now()));
        Map<String, Object> alert = awaitAlert("huli", a -> String.valueOf(a.get("subjectId")).equals(family.toString())
                && String.valueOf(a.get("kind")).equals("HIGH_RISK_NOT_VISITED"));
        assertEquals("CRITICAL", alert.get("severity"));
        event(FAMILY, "contact-recorded", family, Map.of("familyId", family.toString(), "contactId", UUID.randomUUID().toString(),
                "districtCode", HULI, "kind", "HOME_VISIT", "contactedAt", now(), "durationMinutes", 50, "source", "LIAISON"));
        awaitAlert("huli", "RESOLVED", a -> String.valueOf(a.get("id")).equals(alert.get("id")));
    }

    @Test
    void shouldAlertOnAClaimWaitingForReviewTooLong() {
        UUID family = Publish.family(HULI, "BEREAVED", 2);
        UUID person = UUID.randomUUID();
        UUID claim = UUID.randomUUID();
        event(INSURANCE, "enrolled", person, Map.of("personId", person.toString(), "familyId", family.toString(),
                "coveredFrom", "2026-01-01", "enrolledAt", now()));
        event(INSURANCE, "claim-submitted", claim, Map.of("claimId", claim.toString(), "hospitalId", "hospital-first",
                "insuredPersonId", person.toString(), "setting", "INPATIENT", "admissionDate", "2026-11-01",
                "dischargeDate", "2026-11-10", "inpatientDays", 9, "claimedAmount", "60000.00",
                "submittedAt", ago(Duration.ofDays(4))));
        event(INSURANCE, "claim-adjudicated", claim, Map.of("claimId", claim.toString(), "hospitalId", "hospital-first",
                "insuredPersonId", person.toString(), "policyYear", 2026, "outcome", "PENDING_REVIEW",
                "claimedAmount", "60000.00", "benefitAmount", "57700.00"));
        Map<String, Object> alert = awaitAlert("huli", a -> String.valueOf(a.get("subjectId")).equals(claim.toString()));
        assertEquals("CLAIM_REVIEW_OVERDUE", alert.get("kind"));
        assertEquals(HULI, alert.get("districtCode"));
    }

    @Test
    void shouldRefuseBadQueries() {
        given().auth().oauth2(Tokens.of("city")).when().get("/api/supervision/alerts?status=CLOSED")
                .then().statusCode(400).contentType(PROBLEM);
        given().auth().oauth2(Tokens.of("city")).when().get("/api/supervision/alerts?size=1000")
                .then().statusCode(400).contentType(PROBLEM);
        given().auth().oauth2(Tokens.of("city")).when().post("/api/supervision/alerts/" + UUID.randomUUID() + "/acknowledgement")
                .then().statusCode(404).contentType(PROBLEM);
        given().when().get("/api/supervision/alerts").then().statusCode(401);
    }

    static UUID site(String district) {
        UUID site = UUID.randomUUID();
        event(CARE_HOME, "site-opened", site, Map.of("siteId", site.toString(), "name", "测试暖心家园" + site.toString().substring(0, 4),
                "districtCode", district, "street", "殿前街道", "featuredPractice", "帮扶八要", "demonstrationLevel", "NONE",
                "latitude", 24.5, "longitude", 118.1, "openedAt", ago(Duration.ofDays(10))));
        return site;
    }

    static Map<String, Object> standard(UUID site, String district, List<String> shortfalls, String at) {
        return Map.of("siteId", site.toString(), "districtCode", district, "regularVolunteers", 9,
                "partnerOrganisations", 5, "minRegularVolunteers", 10, "minPartnerOrganisations", 5,
                "shortfalls", shortfalls, "changedAt", at);
    }

    static Map<String, Object> awaitAlert(String user, Predicate<Map<String, Object>> matches) {
        return awaitAlert(user, null, matches);
    }

    /** Waits up to 30 s for an alert in the user's list (live ones, or those of {@code status}). */
    static Map<String, Object> awaitAlert(String user, String status, Predicate<Map<String, Object>> matches) {
        Instant deadline = Instant.now().plusSeconds(30);
        while (Instant.now().isBefore(deadline)) {
            JsonPath page = given().auth().oauth2(Tokens.of(user))
                    .when().get("/api/supervision/alerts?size=100" + (status == null ? "" : "&status=" + status))
                    .then().statusCode(200).extract().jsonPath();
            for (Map<String, Object> alert : page.<Map<String, Object>>getList("items")) {
                if (matches.test(alert)) {
                    return alert;
                }
            }
            pause(300);
        }
        return fail("no such alert for " + user);
    }

    static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
