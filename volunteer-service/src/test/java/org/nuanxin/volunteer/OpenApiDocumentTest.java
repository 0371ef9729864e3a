package org.nuanxin.volunteer;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;
import org.nuanxin.common.testing.OpenApiContract;
import org.nuanxin.common.testing.RealInfrastructure;

import java.util.List;
import java.util.Set;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every endpoint is documented: a summary, the 401 every one of them can answer, and problem+json with an example for
 * errors ({@link OpenApiContract}); and the document shows example requests and responses.
 */
@QuarkusTest
@QuarkusTestResource(value = RealInfrastructure.class, restrictToAnnotatedClass = false)
class OpenApiDocumentTest {

    @Test
    void shouldDocumentEveryOperationWithASummaryAndItsErrorResponses() {
        JsonPath document = OpenApiContract.document();
        assertTrue(OpenApiContract.operations(document) > 30,
                "the volunteer-service API has " + OpenApiContract.operations(document) + " operations");
        assertEquals(List.of(), OpenApiContract.faults(document, false, Set.of()));
    }

    @Test
    void shouldShowExamplesOfRequestsAndResponses() {
        String json = given().when().get("/q/openapi?format=json").then().statusCode(200).extract().asString();
        assertTrue(json.contains("\"example"), "examples are in the document");
        for (String example : List.of("482913", "厦门市仙岳医院", "寒潮关怀电话", "忘记签退，实际服务至 11:30",
                "nuanxin-check-in:v1:", "2026-12-02T09:00:00+08:00")) {
            assertTrue(json.contains(example), example);
        }
    }
}
