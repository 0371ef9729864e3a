package org.nuanxin.common.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.restassured.response.Response;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;

/**
 * Mass assignment, for every operation of a service's document that takes a JSON body: the operation's example body
 * plus a field the request does not define — one a client must never set (ids, status, version, verified hours,
 * approved or paid amounts, audit fields, the hospital, the district) or any unknown one — is refused with a 400
 * problem+json naming that field, and changes nothing. The system's policy: request bodies are records of exactly
 * what a client may send ({@code StrictRequestJson} in common refuses everything else).
 */
public final class MassAssignment {

    /** Fields only the service sets, tried on every request that does not define them. */
    public static final List<String> PRIVILEGED = List.of("id", "status", "version", "districtCode", "hours",
            "verifiedHours", "approvedAmount", "paidAmount", "createdAt", "createdBy", "updatedAt", "hospitalId",
            "hospital", "familyId", "volunteerId", "role", "roles", "owner", "deleted");

    private MassAssignment() {
    }

    /**
     * The privileged-looking fields that some request does define ("POST /api/x: version"): accepted on purpose,
     * each checked by the service's own rules (optimistic locking, the caller's district); a service's test lists
     * them so that a new one is a decision, not an accident.
     */
    public static Set<String> privilegedFieldsDefined() {
        Set<String> defined = new TreeSet<>();
        for (OpenApiFuzz.Operation operation : OpenApiFuzz.operations()) {
            operation.jsonBody().ifPresent(schema -> schema.path("properties").fieldNames().forEachRemaining(field -> {
                if (PRIVILEGED.contains(field)) {
                    defined.add(operation.name() + ": " + field);
                }
            }));
        }
        return defined;
    }

    /** What went wrong, one line per operation and field; empty when every extra field was refused. */
    public static List<String> failures(OpenApiFuzz.Callers callers, Supplier<Map<String, String>> databaseState) {
        List<String> failures = new ArrayList<>();
        for (OpenApiFuzz.Operation operation : OpenApiFuzz.operations()) {
            if (operation.jsonBody().isEmpty()) {
                continue;
            }
            JsonNode schema = operation.jsonBody().get();
            List<String> extra = new ArrayList<>();
            PRIVILEGED.stream().filter(field -> !schema.path("properties").has(field)).forEach(extra::add);
            extra.add("unexpectedField");
            List<String> roles = operation.roles();
            String token = roles.isEmpty() ? null : callers.apply(roles.get(0));
            Map<String, String> before = databaseState.get();
            for (String field : extra) {
                ObjectNode body = (ObjectNode) OpenApiFuzz.exampleOf(operation.document(), schema);
                body.put(field, field.equals("id") || field.endsWith("Id") ? "7b3e4c1a-0d2f-4e5a-9b6c-1d2e3f4a5b6c"
                        : field.endsWith("Amount") || field.endsWith("ours") ? "999999.00" : "CHOSEN_BY_CLIENT");
                OpenApiFuzz.Attack attack = new OpenApiFuzz.Attack("extra field " + field, operation.method(),
                        examplePath(operation), Map.of(), Map.of(), "application/json", OpenApiFuzz.write(body), field);
                Response response = OpenApiFuzz.send(attack, token);
                String failure = OpenApiFuzz.failureOf(response, attack);
                if (failure == null && response.statusCode() != 400) {
                    failure = "answered " + response.statusCode() + ", expected 400";
                }
                if (failure != null) {
                    failures.add(operation.name() + " with " + field + ": " + failure);
                }
            }
            Map<String, String> after = databaseState.get();
            if (!after.equals(before)) {
                failures.add(operation.name() + ": an extra field changed the database: "
                        + DatabaseFingerprint.difference(before, after));
            }
        }
        return failures;
    }

    private static String examplePath(OpenApiFuzz.Operation operation) {
        String path = operation.path();
        for (JsonNode parameter : operation.spec().path("parameters")) {
            if (parameter.path("in").asText().equals("path")) {
                JsonNode example = OpenApiFuzz.exampleOf(operation.document(), parameter.path("schema"));
                path = path.replace("{" + parameter.path("name").asText() + "}", example.isTextual() ? example.asText() : example.toString());
            }
        }
        return path;
    }
}
