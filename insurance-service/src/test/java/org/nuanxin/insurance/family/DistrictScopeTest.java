package org.nuanxin.insurance.family;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.nuanxin.common.testing.RealInfrastructure;
import org.nuanxin.common.testing.Tokens;
import org.nuanxin.insurance.claim.ClaimBody;
import org.nuanxin.insurance.enrolment.Insured;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A district coordinator reaches the insured persons and claims of their own district's families only; anything of
 * another district is absent to them (404, or missing from the list), as in the other services.
 */
@QuarkusTest
@QuarkusTestResource(value = RealInfrastructure.class, restrictToAnnotatedClass = false)
class DistrictScopeTest {

    private static final String PROBLEM = "application/problem+json";

    private static String simingFamily;
    private static String huliFamily;
    private static String simingPerson;
    private static String huliPerson;
    private static String simingClaim;
    private static String huliClaim;

    /** Once for the class, but after Quarkus has set REST Assured's port (it does so before each test). */
    @BeforeEach
    void oneFamilyWithAClaimInEachOfTwoDistricts() {
        if (simingClaim != null) {
            return;
        }
        simingFamily = Insured.knownFamily("350203");
        huliFamily = Insured.knownFamily("350206");
        simingPerson = enrol(Tokens.of("city"), simingFamily).then().statusCode(201).extract().path("id");
        huliPerson = enrol(Tokens.of("city"), huliFamily).then().statusCode(201).extract().path("id");
        simingClaim = claim(simingPerson);
        huliClaim = claim(huliPerson);
    }

    private static io.restassured.response.Response enrol(String token, String familyId) {
        return given().auth().oauth2(token).contentType(ContentType.JSON)
                .body(Map.of("familyId", familyId, "name", "王某某", "identityNumber", Insured.newIdentityNumber(),
                        "coveredFrom", "2024-01-01"))
                .when().post("/api/enrolments");
    }

    private static String claim(String personId) {
        return given().auth().oauth2(Tokens.ofHospital("hospital-xianyue", "xianyue-secret"))
                .contentType(ContentType.JSON).header("Idempotency-Key", UUID.randomUUID().toString())
                .body(ClaimBody.inpatient(personId).item("MEDICINE", "800").build())
                .when().post("/api/claims").then().statusCode(201).extract().path("id");
    }

    @Test
    void shouldShowADistrictCoordinatorTheirOwnDistrictsInsuredPersonAndNotAnothers() {
        String siming = Tokens.of("siming");
        given().auth().oauth2(siming).when().get("/api/enrolments/" + simingPerson).then().statusCode(200);
        given().auth().oauth2(siming).when().get("/api/enrolments/" + huliPerson)
                .then().statusCode(404).contentType(PROBLEM);
        given().auth().oauth2(siming).when().get("/api/coverage/" + simingPerson).then().statusCode(200);
        given().auth().oauth2(siming).when().get("/api/coverage/" + huliPerson)
                .then().statusCode(404).contentType(PROBLEM);
        given().auth().oauth2(Tokens.of("huli")).when().get("/api/enrolments/" + huliPerson).then().statusCode(200);
    }

    @Test
    void shouldShowADistrictCoordinatorTheirOwnDistrictsClaimsOnly() {
        String siming = Tokens.of("siming");
        given().auth().oauth2(siming).when().get("/api/claims/" + simingClaim).then().statusCode(200);
        given().auth().oauth2(siming).when().get("/api/claims/" + huliClaim)
                .then().statusCode(404).contentType(PROBLEM);
        given().auth().oauth2(siming).when().get("/api/claims/" + huliClaim + "/history")
                .then().statusCode(404).contentType(PROBLEM);
        List<String> listed = given().auth().oauth2(siming).queryParam("size", 100).when().get("/api/claims")
                .then().statusCode(200).extract().path("items.id");
        assertTrue(listed.contains(simingClaim), "the own district's claim is listed");
        assertTrue(!listed.contains(huliClaim), "another district's claim is not listed");
        given().auth().oauth2(Tokens.of("city")).queryParam("size", 100).when().get("/api/claims")
                .then().statusCode(200).body("items.id", hasItem(huliClaim));
        given().auth().oauth2(Tokens.of("huli")).queryParam("size", 100).when().get("/api/claims")
                .then().statusCode(200).body("items.id", not(hasItem(simingClaim)));
    }

    @Test
    void shouldNotLetADistrictCoordinatorReviewAnotherDistrictsClaim() {
        given().auth().oauth2(Tokens.of("huli")).contentType(ContentType.JSON)
                .body(Map.of("decision", "REJECT", "reason", "不在本区"))
                .when().post("/api/claims/" + simingClaim + "/reviews")
                .then().statusCode(404).contentType(PROBLEM);
        given().auth().oauth2(Tokens.of("city")).when().get("/api/claims/" + simingClaim)
                .then().statusCode(200).body("id", equalTo(simingClaim));
    }

    @Test
    void shouldLetADistrictCoordinatorEnrolInTheirOwnDistrictsFamilyOnly() {
        enrol(Tokens.of("siming"), simingFamily).then().statusCode(201);
        enrol(Tokens.of("siming"), huliFamily).then().statusCode(404).contentType(PROBLEM);
        // a family family-service has not reported is nobody's district yet: only the city takes it on its word
        enrol(Tokens.of("siming"), UUID.randomUUID().toString()).then().statusCode(404).contentType(PROBLEM);
        enrol(Tokens.of("city"), UUID.randomUUID().toString()).then().statusCode(201);
    }
}
