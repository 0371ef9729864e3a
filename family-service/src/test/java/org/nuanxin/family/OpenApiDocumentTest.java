package org.nuanxin.family;

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
 * The published API document is the contract partner systems build against: every operation says what it does,
 * how it fails (each error response as problem+json with an example body) and shows example values for every
 * field a client sends.
 */
@QuarkusTest
@QuarkusTestResource(value = RealInfrastructure.class, restrictToAnnotatedClass = false)
class OpenApiDocumentTest {

    private static final String PROBLEM = "application/problem+json";

    private static JsonPath document() {
        return given().queryParam("format", "json").when().get("/q/openapi")
                .then().statusCode(200).extract().jsonPath();
    }

    @Test
    @SuppressWarnings("unchecked")
    void shouldDescribeEveryOperationWithItsErrorsAndExampleBodies() {
        JsonPath document = document();
        Map<String, Map<String, Map<String, Object>>> paths = document.getMap("paths");
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
                Map<String, Object> body = (Map<String, Object>) operation.get("requestBody");
                if (body != null) {
                    Map<String, Object> json = ((Map<String, Map<String, Object>>) body.get("content")).get("application/json");
                    faults.addAll(fieldsWithoutExamples(document, name, (Map<String, Object>) json.get("schema")));
                }
            }
        }
        assertTrue(operations >= 25, "the family-service API has " + operations + " operations");
        assertEquals(List.of(), faults);
    }

    @Test
    void shouldShowTheProblemAClientGetsForAnInvalidRegistration() {
        JsonPath document = document();
        String example = "paths.'/api/families'.post.responses.'400'.content.'application/problem+json'.examples.'400'.value";
        assertEquals(400, document.getInt(example + ".status"));
        assertEquals("members[0].idNumber", document.getString(example + ".violations[0].field"));
    }

    /** Properties of a request schema a client fills in without an example or a list of allowed values. */
    @SuppressWarnings("unchecked")
    private static List<String> fieldsWithoutExamples(JsonPath document, String operation, Map<String, Object> schema) {
        List<String> missing = new ArrayList<>();
        String ref = (String) schema.get("$ref");
        if (ref == null) {
            return missing;
        }
        String component = ref.substring(ref.lastIndexOf('/') + 1);
        Map<String, Map<String, Object>> properties = document.getMap("components.schemas." + component + ".properties");
        if (properties == null) {
            return missing;
        }
        properties.forEach((field, property) -> {
            boolean described = property.containsKey("examples") || property.containsKey("example")
                    || property.containsKey("$ref") || property.containsKey("enum");
            Map<String, Object> items = (Map<String, Object>) property.get("items");
            if (items != null) {
                described = described || items.containsKey("$ref") || items.containsKey("enum");
                if (items.containsKey("$ref")) {
                    missing.addAll(fieldsWithoutExamples(document, operation, items));
                }
            }
            if (property.containsKey("$ref")) {
                missing.addAll(fieldsWithoutExamples(document, operation, property));
            }
            if (!described) {
                missing.add(operation + ": " + component + "." + field + " has no example");
            }
        });
        return missing;
    }
}
