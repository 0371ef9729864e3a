package org.nuanxin.insurance.renewal;

import io.cloudevents.CloudEvent;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;
import org.nuanxin.common.testing.CloudEvents;
import org.nuanxin.common.testing.EventTap;
import org.nuanxin.common.testing.EventWriter;
import org.nuanxin.common.testing.RealInfrastructure;
import org.nuanxin.common.testing.Tokens;
import org.nuanxin.insurance.enrolment.Insured;
import org.nuanxin.insurance.enrolment.InsuredPerson;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The yearly renewal and the premiums against the budget. Each test works in far-future policy years of its own
 * (2095…2100), which no other test enrols anyone in, so the counts are exact.
 */
@QuarkusTest
@QuarkusTestResource(value = RealInfrastructure.class, restrictToAnnotatedClass = false)
class RenewalResourceTest {

    private static final String PROBLEM = "application/problem+json";

    private static String enrol(String familyId, String coveredFrom) {
        return given().auth().oauth2(Tokens.of("city")).contentType(ContentType.JSON)
                .body(Map.of("familyId", familyId, "name", "王某某", "identityNumber", Insured.newIdentityNumber(),
                        "coveredFrom", coveredFrom))
                .when().post("/api/enrolments").then().statusCode(201).extract().path("id");
    }

    /** Closes the family through family.events and waits until its members' cover has ended. */
    private static void close(String familyId, String personId, String closedAt) throws InterruptedException {
        EventWriter.send("family.events", familyId, EventWriter.cloudEvent("family-service",
                "org.nuanxin.family.family-closed.v1", familyId, Map.of("familyId", familyId, "category", "BEREAVED",
                        "districtCode", "350203", "status", "CLOSED", "closedAt", closedAt)));
        for (int i = 0; i < 100 && QuarkusTransaction.requiringNew().call(() ->
                InsuredPerson.<InsuredPerson>findById(UUID.fromString(personId)).coveredUntil == null); i++) {
            Thread.sleep(200);
        }
    }

    private static io.restassured.response.ValidatableResponse renew(int year) {
        return given().auth().oauth2(Tokens.of("city")).when().post("/api/renewals/" + year).then();
    }

    @Test
    void shouldRenewEveryoneStillCoveredOnceAndSayWhenThereIsNobodyLeft() throws Exception {
        String stays = enrol(UUID.randomUUID().toString(), "2099-03-01");
        String leavingFamily = UUID.randomUUID().toString();
        String leaves = enrol(leavingFamily, "2099-05-01");
        close(leavingFamily, leaves, "2099-07-01T02:00:00Z");

        renew(2100).statusCode(200)
                .body("year", equalTo(2100))
                .body("renewed", equalTo(1))
                .body("insured", equalTo(1))
                .body("ranBy", equalTo("city"))
                .body("message", equalTo("2100 年度续保 1 人"));
        renew(2100).statusCode(200)
                .body("renewed", equalTo(0))
                .body("insured", equalTo(1))
                .body("message", containsString("无人需要续保"));

        try (EventTap tap = new EventTap("insurance.events")) {
            List<CloudEvent> renewed = tap.await(EventTap.of("org.nuanxin.insurance.enrolment-renewed.v1", stays),
                    Duration.ofSeconds(20));
            assertEquals(1, renewed.size());
            assertEquals(2100, CloudEvents.json(renewed.get(0)).get("policyYear").asInt());
            assertTrue(tap.collect(EventTap.of("org.nuanxin.insurance.enrolment-renewed.v1", leaves),
                    Duration.ofSeconds(2)).isEmpty(), "a person whose cover ended is not renewed");
            assertEquals(1, tap.collect(EventTap.of("org.nuanxin.insurance.enrolment-renewed.v1", stays),
                    Duration.ofSeconds(1)).size(), "the second run renewed nobody");
        }
        given().auth().oauth2(Tokens.of("city")).when().get("/api/premium-budgets/2100/totals")
                .then().statusCode(200).body("insuredPersons", equalTo(1)).body("premiumDue", equalTo("300.00"));
    }

    @Test
    void shouldNotRenewACoverThatEndsOnTheLastDayOfTheYear() throws Exception {
        String lastDayFamily = UUID.randomUUID().toString();
        String endsOnLastDay = enrol(lastDayFamily, "2097-01-01");
        close(lastDayFamily, endsOnLastDay, "2097-12-31T02:00:00Z");
        String nextDayFamily = UUID.randomUUID().toString();
        String endsNextYear = enrol(nextDayFamily, "2097-01-01");
        close(nextDayFamily, endsNextYear, "2098-01-01T02:00:00Z");

        renew(2098).statusCode(200).body("renewed", equalTo(1));
        assertEquals(List.of(2097, 2098), QuarkusTransaction.requiringNew().call(() ->
                org.nuanxin.insurance.enrolment.PolicyEnrolment.<org.nuanxin.insurance.enrolment.PolicyEnrolment>list(
                                "personId = ?1 order by policyYear", UUID.fromString(endsNextYear))
                        .stream().map(e -> e.policyYear).toList()));
    }

    @Test
    void shouldReportPremiumsDueAgainstTheBudgetWithRemainingOrOverrun() throws Exception {
        String family = UUID.randomUUID().toString();
        enrol(UUID.randomUUID().toString(), "2095-01-01");
        String leaves = enrol(family, "2095-11-20");
        close(family, leaves, "2095-12-01T02:00:00Z");
        String city = Tokens.of("city");

        given().auth().oauth2(city).when().get("/api/premium-budgets/2095/totals")
                .then().statusCode(200)
                .body("year", equalTo(2095))
                .body("insuredPersons", equalTo(2))
                .body("annualPremiumPerPerson", equalTo("300.00"))
                .body("premiumDue", equalTo("600.00"))
                .body("budget", nullValue())
                .body("remaining", nullValue())
                .body("overrun", nullValue());

        given().auth().oauth2(city).contentType(ContentType.JSON).body(Map.of("amount", "500.00"))
                .when().put("/api/premium-budgets/2095").then().statusCode(200);
        given().auth().oauth2(Tokens.of("auditor")).when().get("/api/premium-budgets/2095/totals")
                .then().statusCode(200)
                .body("budget", equalTo("500.00"))
                .body("remaining", equalTo("0.00"))
                .body("overrun", equalTo("100.00"));

        given().auth().oauth2(city).contentType(ContentType.JSON).body(Map.of("amount", "1000.50"))
                .when().put("/api/premium-budgets/2095").then().statusCode(200);
        given().auth().oauth2(city).when().get("/api/premium-budgets/2095/totals")
                .then().statusCode(200)
                .body("remaining", equalTo("400.50"))
                .body("overrun", equalTo("0.00"));

        given().auth().oauth2(city).when().get("/api/premium-budgets/2096/totals")
                .then().statusCode(200).body("insuredPersons", equalTo(0)).body("premiumDue", equalTo("0.00"));
    }

    @Test
    void shouldInsureAPersonForEveryYearFromTheFirstCoveredDayToTheCurrentOne() {
        String person = enrol(UUID.randomUUID().toString(), "2022-06-01");
        int current = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")).getYear();
        List<Integer> years = QuarkusTransaction.requiringNew().call(() ->
                org.nuanxin.insurance.enrolment.PolicyEnrolment.<org.nuanxin.insurance.enrolment.PolicyEnrolment>list(
                                "personId = ?1 order by policyYear", UUID.fromString(person))
                        .stream().map(e -> e.policyYear).toList());
        assertEquals(2022, years.get(0));
        assertEquals(current, years.get(years.size() - 1));
        assertEquals(current - 2022 + 1, years.size());
    }

    @Test
    void shouldLetOnlyTheCityCoordinatorRenewAndNameAnInvalidYear() {
        given().auth().oauth2(Tokens.of("siming")).when().post("/api/renewals/2030")
                .then().statusCode(403).contentType(PROBLEM);
        renew(2101).statusCode(400).contentType(PROBLEM).body("violations.field", hasItem("year"));
        renew(2020).statusCode(400).contentType(PROBLEM).body("violations.field", hasItem("year"));
        given().auth().oauth2(Tokens.of("volunteer")).when().get("/api/premium-budgets/2095/totals")
                .then().statusCode(403).contentType(PROBLEM);
        given().auth().oauth2(Tokens.of("city")).when().get("/api/premium-budgets/1999/totals")
                .then().statusCode(400).contentType(PROBLEM).body("violations.field", hasItem("year"));
    }
}
