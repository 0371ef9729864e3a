package org.nuanxin.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One operation of the system's API as the gateway serves it: method and path template behind the gateway
 * ({@code GET /api/family/families/{id}}), read from the gateway's index of OpenAPI documents ({@code /api/openapi})
 * and each document it lists, so that an endpoint added to any service is enumerated without anyone listing it.
 */
record ApiOperation(String method, String path, String api, JsonNode operation, JsonNode document) {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch");

    /** The key of the operation in the authorization matrix, e.g. {@code GET /api/family/families/{id}}. */
    String key() {
        return method + " " + path;
    }

    boolean reads() {
        return method.equals("GET");
    }

    /** Every operation of every API behind the gateway, reads first, in a stable order. */
    static List<ApiOperation> all(String gatewayUrl) throws IOException, InterruptedException {
        HttpClient http = HttpClient.newHttpClient();
        JsonNode index = get(http, gatewayUrl + "/api/openapi");
        List<ApiOperation> operations = new ArrayList<>();
        for (JsonNode api : index.get("apis")) {
            String name = api.get("name").asText();
            String prefix = api.get("apiPrefix").asText();
            JsonNode document = get(http, gatewayUrl + api.get("openapi").asText() + "?format=json");
            for (Iterator<Map.Entry<String, JsonNode>> paths = document.path("paths").fields(); paths.hasNext(); ) {
                Map.Entry<String, JsonNode> path = paths.next();
                if (!path.getKey().startsWith("/api/")) {
                    throw new IllegalStateException(name + " documents " + path.getKey() + " outside /api/");
                }
                // the document's /api/x is the gateway's <apiPrefix>/x
                String gatewayPath = prefix + path.getKey().substring("/api".length());
                for (Iterator<Map.Entry<String, JsonNode>> methods = path.getValue().fields(); methods.hasNext(); ) {
                    Map.Entry<String, JsonNode> method = methods.next();
                    if (METHODS.contains(method.getKey())) {
                        operations.add(new ApiOperation(method.getKey().toUpperCase(), gatewayPath, name,
                                method.getValue(), document));
                    }
                }
            }
        }
        // reads first and removals last, so that no call finds its object already gone
        operations.sort(Comparator.comparing((ApiOperation o) -> List.of("GET", "POST", "PUT", "PATCH", "DELETE")
                .indexOf(o.method())).thenComparing(ApiOperation::path));
        return operations;
    }

    private static JsonNode get(HttpClient http, String url) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(url)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException(url + " answered " + response.statusCode() + ": " + response.body());
        }
        return JSON.readTree(response.body());
    }

    /** The request body's JSON schema, with {@code $ref}s to the document's components resolved; null if none. */
    JsonNode requestSchema() {
        JsonNode content = operation.path("requestBody").path("content");
        JsonNode json = content.has("application/json") ? content.get("application/json") : null;
        return json == null ? null : resolve(json.path("schema"));
    }

    JsonNode resolve(JsonNode schema) {
        JsonNode current = schema;
        for (int depth = 0; current != null && current.has("$ref") && depth < 10; depth++) {
            String ref = current.get("$ref").asText();
            current = document.at(ref.substring(1));
        }
        if (current != null && current.has("allOf") && current.get("allOf").size() == 1) {
            return resolve(current.get("allOf").get(0));
        }
        return current;
    }
}
