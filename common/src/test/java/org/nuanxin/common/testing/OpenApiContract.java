package org.nuanxin.common.testing;

import io.restassured.path.json.JsonPath;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static io.restassured.RestAssured.given;

/**
 * What every service's published API document must say, checked the same way in each service's
 * {@code OpenApiDocumentTest}: every operation has a summary and a success response, says it answers 401 (unless it
 * is public), and shows each error response as problem+json with an example body; optionally, every field a client
 * sends has an example value or a list of allowed values.
 */
public final class OpenApiContract {

    private static final String PROBLEM = "application/problem+json";
    private static final Set<String> METHODS = Set.of("get", "post", "put", "patch", "delete");

    private OpenApiContract() {
    }

    /** The running service's document ({@code /q/openapi}, JSON). */
    public static JsonPath document() {
        return given().queryParam("format", "json").when().get("/q/openapi")
                .then().statusCode(200).extract().jsonPath();
    }

    /** How many operations the document has. */
    @SuppressWarnings("unchecked")
    public static int operations(JsonPath document) {
        Map<String, Map<String, Object>> paths = document.getMap("paths");
        return paths.values().stream().mapToInt(item -> (int) item.keySet().stream().filter(METHODS::contains).count()).sum();
    }

    /**
     * What the document fails to say, one line per fault ("POST /api/x 409: no example body"); empty when it says
     * everything.
     *
     * @param fieldExamples    also require an example (or enum) for every property of every JSON request body
     * @param publicOperations operations anyone may call, which answer no 401 ("GET /api/config")
     */
    @SuppressWarnings("unchecked")
    public static List<String> faults(JsonPath document, boolean fieldExamples, Set<String> publicOperations) {
        Map<String, Map<String, Object>> paths = document.getMap("paths");
        List<String> faults = new ArrayList<>();
        paths.forEach((path, item) -> item.forEach((method, value) -> {
            if (!METHODS.contains(method) || !(value instanceof Map<?, ?>)) {
                return;
            }
            Map<String, Object> operation = (Map<String, Object>) value;
            String name = method.toUpperCase() + " " + path;
            if (operation.get("summary") == null) {
                faults.add(name + ": no summary");
            }
            Map<String, Map<String, Object>> responses = (Map<String, Map<String, Object>>) operation.get("responses");
            if (responses == null || responses.keySet().stream().noneMatch(status -> status.startsWith("2"))) {
                faults.add(name + ": no success response");
                return;
            }
            if (!responses.containsKey("401") && !publicOperations.contains(name)) {
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
            if (fieldExamples && body != null) {
                Map<String, Object> json = ((Map<String, Map<String, Object>>) body.get("content")).get("application/json");
                if (json != null && json.get("schema") != null) {
                    faults.addAll(fieldsWithoutExamples(document, name, (Map<String, Object>) json.get("schema")));
                }
            }
        }));
        return faults;
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
