package org.nuanxin.insurance.rules;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.nuanxin.common.testing.RealInfrastructure;
import org.nuanxin.common.testing.Tokens;

import java.time.Year;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
@QuarkusTestResource(value = RealInfrastructure.class, restrictToAnnotatedClass = false)
class BenefitRulesResourceTest {

    private static final String PROBLEM = "application/problem+json";

    @Test
    void shouldPublishTheProgrammesTermsForTheCurrentPolicyYear() {
        given().auth().oauth2(Tokens.of("city")).when().get("/api/benefit-rules")
                .then().statusCode(200)
                .body("policyYear", equalTo(Year.now(BenefitRulesService.POLICY_ZONE).getValue()))
                .body("annualPremiumPerPerson", equalTo("300.00"))
                .body("medicalSubsidyCapPerYear", equalTo("90000.00"))
                .body("nursingAllowancePerInpatientDay", equalTo("300.00"))
                .body("maxNursingDaysPerYear", equalTo(365));
    }

    @Test
    void shouldWriteMoneyAsDecimalStringsNotNumbers() {
        String json = given().auth().oauth2(Tokens.of("auditor")).when().get("/api/benefit-rules")
                .then().statusCode(200)
                .extract().asString();
        assertTrue(json.contains("\"medicalSubsidyCapPerYear\":\"90000.00\""), json);
        assertTrue(json.contains("\"annualPremiumPerPerson\":\"300.00\""), json);
    }

    @Test
    void shouldShowTheRulesToHospitalsAndDistrictCoordinators() {
        given().auth().oauth2(Tokens.ofHospital("hospital-xianyue", "xianyue-secret"))
                .when().get("/api/benefit-rules")
                .then().statusCode(200)
                .body("medicalSubsidyCapPerYear", equalTo("90000.00"));
        given().auth().oauth2(Tokens.of("huli")).when().get("/api/benefit-rules")
                .then().statusCode(200);
    }

    @Test
    void shouldKeepVolunteersOut() {
        given().auth().oauth2(Tokens.of("volunteer")).when().get("/api/benefit-rules")
                .then().statusCode(403)
                .contentType(PROBLEM);
    }

    @Test
    void shouldAnswerAnonymousCallsWith401Problem() {
        given().when().get("/api/benefit-rules")
                .then().statusCode(401)
                .contentType(PROBLEM)
                .header("WWW-Authenticate", containsString("Bearer"));
    }
}
