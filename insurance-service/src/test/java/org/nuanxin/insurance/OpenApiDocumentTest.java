package org.nuanxin.insurance;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;
import org.nuanxin.common.testing.RealInfrastructure;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The API document hospitals integrate against: each operation has a summary, a success and a 401, every error
 * response is problem+json with an example body (the resources declare only status and description; the shared
 * filter adds the rest), and the FHIR form of the claims API is declared with its media type.
 */
@QuarkusTest
@QuarkusTestResource(value = RealInfrastructure.class, restrictToAnnotatedClass = false)
class OpenApiDocumentTest {

    private static final String PROBLEM = "application/problem+json";
    private static final String FHIR = "application/fhir+json";

    private static JsonPath document() {
        return given().queryParam("format", "json").when().get("/q/openapi")
                .then().statusCode(200).extract().jsonPath();
    }

    @Test
    @SuppressWarnings("unchecked")
    void shouldDescribeEveryOperationWithItsErrorsAsProblems() {
        Map<String, Map<String, Map<String, Object>>> paths = document().getMap("paths");
        List<String> faults = new ArrayList<>();
        int operations = 0;
        for (var path : paths.entrySet()) {
            for (var entry : path.getValue().entrySet()) {
                String name = entry.getKey().toUpperCase() + " " + path.getKey();
                Map<String, Object> operation = entry.getValue();
                operations++;
                if (operation.get("summary") == null) {
                    faults.add(name + ": no summary");
                }
                Map<String, Map<String, Object>> responses = (Map<String, Map<String, Object>>) operation.get("responses");
                if (responses.keySet().stream().noneMatch(status -> status.startsWith("2"))) {
                    faults.add(name + ": no success response");
                }
                if (!responses.containsKey("401")) {
                    faults.add(name + ": no 401");
                }
                responses.forEach((status, response) -> {
                    if (status.startsWith("4") || status.startsWith("5")) {
                        Map<String, Map<String, Object>> content = (Map<String, Map<String, Object>>) response.get("content");
                        if (content == null || !content.containsKey(PROBLEM)) {
                            faults.add(name + " " + status + ": not problem+json");
                        } else if (content.get(PROBLEM).get("examples") == null) {
                            faults.add(name + " " + status + ": no example body");
                        }
                    }
                });
            }
        }
        assertTrue(operations >= 16, "the insurance-service API has " + operations + " operations");
        assertEquals(List.of(), faults);
    }

    @Test
    void shouldDeclareTheFhirFormOfTheClaimsApi() {
        JsonPath document = document();
        assertTrue(document.getMap("paths.'/api/claims'.post.requestBody.content").containsKey(FHIR));
        assertTrue(document.getMap("paths.'/api/claims'.post.requestBody.content").containsKey("application/json"));
        assertTrue(document.getMap("paths.'/api/claims/{id}'.get.responses.'200'.content").containsKey(FHIR));
        assertTrue(document.getMap("paths.'/api/renewals/{year}'.post.responses").containsKey("200"));
        assertTrue(document.getMap("paths.'/api/premium-budgets/{year}/totals'.get.responses").containsKey("200"));
    }
}
