package org.nuanxin.volunteer;

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

/** Every endpoint is documented: a summary, the 401 every one of them can answer, and problem+json for errors. */
@QuarkusTest
@QuarkusTestResource(value = RealInfrastructure.class, restrictToAnnotatedClass = false)
class OpenApiDocumentTest {

    @Test
    @SuppressWarnings("unchecked")
    void shouldDocumentEveryOperationWithASummaryAndItsErrorResponses() {
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
                    .allMatch(e -> e.getValue().toString().contains("application/problem+json"));
            if (!ok) {
                undocumented.add(method.toUpperCase() + " " + path);
            }
        }));
        assertTrue(paths.size() > 30, "all feature paths are in the document: " + paths.keySet());
        assertEquals(List.of(), undocumented);
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
