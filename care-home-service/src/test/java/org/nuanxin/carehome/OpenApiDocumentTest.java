package org.nuanxin.carehome;

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
 * Every endpoint is documented: a summary, the 401 every one of them can answer, and every error response as
 * problem+json with an example (supplied by common's filter, not repeated on each annotation).
 */
@QuarkusTest
@QuarkusTestResource(value = RealInfrastructure.class, restrictToAnnotatedClass = false)
class OpenApiDocumentTest {

    @Test
    @SuppressWarnings("unchecked")
    void shouldDocumentEveryOperationWithASummaryAndProblemJsonErrorResponses() {
        JsonPath document = given().when().get("/q/openapi?format=json").then().statusCode(200).extract().jsonPath();
        Map<String, Map<String, Object>> paths = document.getMap("paths");
        List<String> undocumented = new ArrayList<>();
        paths.forEach((path, operations) -> operations.forEach((method, value) -> {
            if (!(value instanceof Map<?, ?> operation) || !List.of("get", "post", "put", "delete").contains(method)) {
                return;
            }
            Map<String, Object> responses = (Map<String, Object>) operation.get("responses");
            boolean ok = operation.get("summary") != null && responses != null && responses.containsKey("401")
                    && responses.keySet().stream().anyMatch(status -> status.startsWith("2"))
                    && responses.entrySet().stream().filter(e -> e.getKey().startsWith("4"))
                    .allMatch(e -> e.getValue().toString().contains("application/problem+json")
                            && e.getValue().toString().contains("example"));
            if (!ok) {
                undocumented.add(method.toUpperCase() + " " + path);
            }
        }));
        assertTrue(paths.size() > 20, "all feature paths are in the document: " + paths.keySet());
        assertEquals(List.of(), undocumented);
    }
}
