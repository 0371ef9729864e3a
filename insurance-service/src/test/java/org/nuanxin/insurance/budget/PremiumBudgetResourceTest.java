package org.nuanxin.insurance.budget;

import io.cloudevents.CloudEvent;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;
import org.nuanxin.common.testing.CloudEvents;
import org.nuanxin.common.testing.EventTap;
import org.nuanxin.common.testing.RealInfrastructure;
import org.nuanxin.common.testing.Tokens;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Each test works on its own policy year: the database lives as long as the test JVM. */
@QuarkusTest
@QuarkusTestResource(value = RealInfrastructure.class, restrictToAnnotatedClass = false)
class PremiumBudgetResourceTest {

    private static final String PROBLEM = "application/problem+json";

    @Test
    void shouldSetABudgetAndPublishItsEvent() {
        given().auth().oauth2(Tokens.of("city")).contentType(ContentType.JSON).body(Map.of("amount", "1200000.5"))
                .when().put("/api/premium-budgets/2031")
                .then().statusCode(200)
                .body("year", equalTo(2031))
                .body("amount", equalTo("1200000.50"))
                .body("annualPremiumPerPerson", equalTo("300.00"))
                .body("insurablePersons", equalTo(4000))
                .body("setBy", equalTo("city"))
                .body("setAt", notNullValue());

        try (EventTap tap = new EventTap("insurance.events")) {
            List<CloudEvent> events = tap.await(EventTap.about("2031"), Duration.ofSeconds(20));
            assertEquals(1, events.size(), "one premium-budget-set event keyed by the year");
            assertEquals("org.nuanxin.insurance.premium-budget-set.v1", events.get(0).getType());
            assertEquals("1200000.50", CloudEvents.json(events.get(0)).get("amount").asText());
        }
    }

    @Test
    void shouldReadBackTheBudgetLastSet() {
        String city = Tokens.of("city");
        given().auth().oauth2(city).contentType(ContentType.JSON).body(Map.of("amount", "4510000"))
                .when().put("/api/premium-budgets/2032").then().statusCode(200);
        given().auth().oauth2(city).contentType(ContentType.JSON).body(Map.of("amount", "4000000.00"))
                .when().put("/api/premium-budgets/2032").then().statusCode(200);

        given().auth().oauth2(Tokens.of("auditor")).when().get("/api/premium-budgets/2032")
                .then().statusCode(200)
                .body("amount", equalTo("4000000.00"))
                .body("insurablePersons", equalTo(13333));

        try (EventTap tap = new EventTap("insurance.events")) {
            List<CloudEvent> events = tap.await(EventTap.about("2032").and(
                    e -> "4510000.00".equals(CloudEvents.json(e).path("previousAmount").asText())), Duration.ofSeconds(20));
            assertEquals(1, events.size(), "the change names the amount it replaced");
        }
    }

    @Test
    void shouldPublishNothingWhenTheSameAmountIsSetAgain() {
        String city = Tokens.of("city");
        given().auth().oauth2(city).contentType(ContentType.JSON).body(Map.of("amount", "300.00"))
                .when().put("/api/premium-budgets/2033").then().statusCode(200);
        given().auth().oauth2(city).contentType(ContentType.JSON).body(Map.of("amount", "300"))
                .when().put("/api/premium-budgets/2033")
                .then().statusCode(200)
                .body("amount", equalTo("300.00"))
                .body("insurablePersons", equalTo(1));

        try (EventTap tap = new EventTap("insurance.events")) {
            tap.await(EventTap.about("2033"), Duration.ofSeconds(20));
            List<CloudEvent> events = tap.collect(EventTap.about("2033"), Duration.ofSeconds(3));
            assertEquals(1, events.size(), "setting the same amount again publishes nothing: " + events);
        }
    }

    @Test
    void shouldAnswerAYearWithoutBudgetWith404Problem() {
        given().auth().oauth2(Tokens.of("city")).when().get("/api/premium-budgets/2099")
                .then().statusCode(404)
                .contentType(PROBLEM)
                .body("status", equalTo(404));
    }

    @Test
    void shouldRejectANegativeAmountNamingIt() {
        rejectsAmount("-100.00");
    }

    @Test
    void shouldRejectAFractionOfAFenNamingTheAmount() {
        rejectsAmount("100.005");
    }

    @Test
    void shouldRejectAnAmountThatIsNotANumberNamingIt() {
        rejectsAmount("三百万");
    }

    @Test
    void shouldRejectAMissingAmountNamingIt() {
        given().auth().oauth2(Tokens.of("city")).contentType(ContentType.JSON).body("{}")
                .when().put("/api/premium-budgets/2034")
                .then().statusCode(400)
                .contentType(PROBLEM)
                .body("violations.field", hasItem("amount"));
    }

    @Test
    void shouldRejectAYearOutsideTheProgrammeNamingIt() {
        given().auth().oauth2(Tokens.of("city")).contentType(ContentType.JSON).body(Map.of("amount", "100.00"))
                .when().put("/api/premium-budgets/2019")
                .then().statusCode(400)
                .contentType(PROBLEM)
                .body("violations.field", hasItem("year"));
    }

    @Test
    void shouldForbidHospitalsToSetBudgets() {
        given().auth().oauth2(Tokens.ofHospital("hospital-xianyue", "xianyue-secret")).contentType(ContentType.JSON)
                .body(Map.of("amount", "100.00"))
                .when().put("/api/premium-budgets/2035")
                .then().statusCode(403)
                .contentType(PROBLEM);
    }

    @Test
    void shouldForbidDistrictCoordinatorsToSetBudgets() {
        given().auth().oauth2(Tokens.of("siming")).contentType(ContentType.JSON).body(Map.of("amount", "100.00"))
                .when().put("/api/premium-budgets/2035")
                .then().statusCode(403)
                .contentType(PROBLEM);
    }

    @Test
    void shouldAnswerAnonymousCallsWith401Problem() {
        given().contentType(ContentType.JSON).body(Map.of("amount", "100.00"))
                .when().put("/api/premium-budgets/2035")
                .then().statusCode(401)
                .contentType(PROBLEM)
                .header("WWW-Authenticate", containsString("Bearer"));
        given().when().get("/api/premium-budgets/2035")
                .then().statusCode(401)
                .contentType(PROBLEM);
    }

    private static void rejectsAmount(String amount) {
        given().auth().oauth2(Tokens.of("city")).contentType(ContentType.JSON).body(Map.of("amount", amount))
                .when().put("/api/premium-budgets/2036")
                .then().statusCode(400)
                .contentType(PROBLEM)
                .body("violations[0].field", equalTo("amount"));
        given().auth().oauth2(Tokens.of("city")).when().get("/api/premium-budgets/2036")
                .then().statusCode(404);
    }
}
