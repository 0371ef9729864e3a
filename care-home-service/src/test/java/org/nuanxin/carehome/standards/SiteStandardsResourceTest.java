package org.nuanxin.carehome.standards;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.nuanxin.common.testing.RealInfrastructure;
import org.nuanxin.common.testing.Tokens;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

@QuarkusTest
@QuarkusTestResource(value = RealInfrastructure.class, restrictToAnnotatedClass = false)
class SiteStandardsResourceTest {

    private static final String PROBLEM = "application/problem+json";

    @Test
    void shouldPublishTheAssociationsStandardPerSite() {
        given().auth().oauth2(Tokens.of("siming")).when().get("/api/site-standards")
                .then().statusCode(200)
                .body("minRegularVolunteers", equalTo(10))
                .body("minPartnerOrganisations", equalTo(5))
                .body("minActivitiesPerMonth", equalTo(2));
    }

    @Test
    void shouldShowTheStandardToVolunteers() {
        given().auth().oauth2(Tokens.of("volunteer")).when().get("/api/site-standards")
                .then().statusCode(200);
    }

    @Test
    void shouldKeepHospitalsAndAnonymousCallersOut() {
        given().auth().oauth2(Tokens.ofHospital("hospital-xianyue", "xianyue-secret"))
                .when().get("/api/site-standards")
                .then().statusCode(403)
                .contentType(PROBLEM);
        given().when().get("/api/site-standards")
                .then().statusCode(401)
                .contentType(PROBLEM);
    }
}
