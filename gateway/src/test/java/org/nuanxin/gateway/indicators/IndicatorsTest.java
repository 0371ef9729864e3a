package org.nuanxin.gateway.indicators;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.nuanxin.common.testing.RealInfrastructure;
import org.nuanxin.common.testing.Tokens;
import org.nuanxin.gateway.supervision.Figures;
import org.nuanxin.gateway.supervision.SupervisionService;

import java.time.LocalDate;
import java.time.ZoneId;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;

/** Indicator values now and their daily trend, per area. */
@QuarkusTest
@QuarkusTestResource(value = RealInfrastructure.class, restrictToAnnotatedClass = false)
class IndicatorsTest {

    private static final String PROBLEM = "application/problem+json";

    @Inject
    IndicatorService indicators;

    @Inject
    SupervisionService supervision;

    @Test
    void shouldKeepEachDaysValueForTheTrend() {
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        indicators.record(today.minusDays(2), supervision.snapshot());
        indicators.record(today, supervision.snapshot());
        long families = Figures.count("350203", "families");

        given().auth().oauth2(Tokens.of("siming")).when().get("/api/supervision/indicators/FAMILIES?days=7")
                .then().statusCode(200)
                .body("scope", equalTo("350203"))
                .body("value", equalTo((float) families))
                .body("trend.day", hasItem(today.toString()))
                .body("trend.day", hasItem(today.minusDays(2).toString()))
                .body("trend.find { it.day == '" + today + "' }.value", equalTo((float) families));
        given().auth().oauth2(Tokens.of("city")).when().get("/api/supervision/indicators?district=350203")
                .then().statusCode(200).body("$", hasSize(Indicator.values().length))
                .body("find { it.indicator == 'FAMILIES' }.value", equalTo((float) families));
    }

    @Test
    void shouldKeepDistrictCoordinatorsToTheirDistrict() {
        given().auth().oauth2(Tokens.of("siming")).when().get("/api/supervision/indicators/FAMILIES?district=350206")
                .then().statusCode(404).contentType(PROBLEM);
        given().auth().oauth2(Tokens.of("city")).when().get("/api/supervision/indicators/NO_SUCH")
                .then().statusCode(404).contentType(PROBLEM);
        given().auth().oauth2(Tokens.of("city")).when().get("/api/supervision/indicators/FAMILIES?days=0")
                .then().statusCode(400).contentType(PROBLEM);
        given().auth().oauth2(Tokens.of("city")).when().get("/api/supervision/indicators?district=999999")
                .then().statusCode(404).contentType(PROBLEM);
        given().auth().oauth2(Tokens.of("volunteer")).when().get("/api/supervision/indicators")
                .then().statusCode(403).contentType(PROBLEM);
    }
}
