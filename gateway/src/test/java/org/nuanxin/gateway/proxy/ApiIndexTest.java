package org.nuanxin.gateway.proxy;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.nuanxin.common.testing.RealInfrastructure;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;

/** The one index of every API behind the gateway (the documents themselves are checked end to end in e2e-tests). */
@QuarkusTest
@QuarkusTestResource(value = RealInfrastructure.class, restrictToAnnotatedClass = false)
class ApiIndexTest {

    @Test
    void shouldListEveryApiWithItsDocumentWithoutAToken() {
        given().when().get("/api/openapi").then().statusCode(200)
                .body("apis.name", hasItems("gateway", "family", "volunteer", "insurance", "care-home"))
                .body("apis.find { it.name == 'insurance' }.openapi", equalTo("/openapi/insurance"))
                .body("apis.find { it.name == 'insurance' }.apiPrefix", equalTo("/api/insurance"))
                .body("swaggerUi", equalTo("/q/swagger-ui"));
    }
}
