package org.nuanxin.carehome.budget;

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
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.nuanxin.carehome.testing.CareHomeFixtures.PROBLEM;
import static org.nuanxin.carehome.testing.CareHomeFixtures.openSimingSite;
import static org.nuanxin.carehome.testing.CareHomeFixtures.schedule;

/** Uses the year 2033, which no other test touches. */
@QuarkusTest
@QuarkusTestResource(value = RealInfrastructure.class, restrictToAnnotatedClass = false)
class BudgetResourceTest {

    @Test
    void shouldChargeSpendToTheSiteAndCityLinesOfTheActivitysYear() {
        String site = openSimingSite();
        String lecture = schedule(site, "LECTURE", 30, "2033-03-01T09:30:00+08:00");
        given().auth().oauth2(Tokens.of("city")).contentType(ContentType.JSON).body(Map.of("amount", "4510000"))
                .when().put("/api/budgets/2033").then().statusCode(204);
        given().auth().oauth2(Tokens.of("city")).contentType(ContentType.JSON).body(Map.of("amount", "300000.00"))
                .when().put("/api/budgets/2033/sites/" + site).then().statusCode(204);

        given().auth().oauth2(Tokens.of("siming")).contentType(ContentType.JSON)
                .body(Map.of("amount", "1280.50", "purpose", "讲师课酬与茶点"))
                .when().post("/api/activities/" + lecture + "/spend")
                .then().statusCode(201).body("amount", equalTo("1280.50")).body("year", equalTo(2033));
        given().auth().oauth2(Tokens.of("siming")).contentType(ContentType.JSON)
                .body(Map.of("amount", "19.5", "purpose", "打印资料"))
                .when().post("/api/activities/" + lecture + "/spend").then().statusCode(201);

        given().auth().oauth2(Tokens.of("auditor")).when().get("/api/budgets/2033")
                .then().statusCode(200)
                .body("cityBudget", equalTo("4510000.00"))
                .body("citySpent", equalTo("1300.00"))
                .body("cityRemaining", equalTo("4508700.00"))
                .body("sites.find { it.siteId == '" + site + "' }.budget", equalTo("300000.00"))
                .body("sites.find { it.siteId == '" + site + "' }.remaining", equalTo("298700.00"));

        try (EventTap tap = new EventTap("carehome.events")) {
            List<CloudEvent> spent = tap.await(EventTap.of("org.nuanxin.carehome.spend-recorded.v1", lecture), 2,
                    Duration.ofSeconds(20));
            assertEquals(2, spent.size());
            assertEquals("1280.50", CloudEvents.json(spent.get(0)).get("amount").asText());
        }
    }

    @Test
    void shouldRefuseAmountsThatAreNotYuanAndLetOnlyTheCitySetFunds() {
        String lecture = schedule(openSimingSite(), "LECTURE", 30, "2033-04-01T09:30:00+08:00");
        given().auth().oauth2(Tokens.of("siming")).contentType(ContentType.JSON)
                .body(Map.of("amount", "12.345", "purpose", "茶点"))
                .when().post("/api/activities/" + lecture + "/spend")
                .then().statusCode(400).contentType(PROBLEM).body("violations[0].field", equalTo("amount"));
        given().auth().oauth2(Tokens.of("siming")).contentType(ContentType.JSON)
                .body(Map.of("amount", "0", "purpose", "茶点"))
                .when().post("/api/activities/" + lecture + "/spend")
                .then().statusCode(400).body("violations[0].field", equalTo("amount"));
        given().auth().oauth2(Tokens.of("siming")).contentType(ContentType.JSON).body(Map.of("amount", "100"))
                .when().put("/api/budgets/2033").then().statusCode(403).contentType(PROBLEM);
        given().auth().oauth2(Tokens.of("huli")).contentType(ContentType.JSON)
                .body(Map.of("amount", "10", "purpose", "茶点"))
                .when().post("/api/activities/" + lecture + "/spend").then().statusCode(404);
        given().auth().oauth2(Tokens.of("volunteer")).when().get("/api/budgets/2033").then().statusCode(403);
    }
}
