package org.nuanxin.e2e;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.TestFactory;
import org.nuanxin.e2e.AuthorizationMatrix.Column;
import org.nuanxin.e2e.AuthorizationMatrix.Expectation;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Every operation of every API behind the gateway, as its OpenAPI document lists it, called by every kind of caller
 * with a real Keycloak token, against the outcome {@code docs/authorization-matrix.md} declares for that cell. An
 * operation without a row, or a row without an operation, fails too: a new endpoint cannot go unchecked.
 *
 * <p>Each cell is its own test, named {@code <operation> × <column>}. What the run saw is written as a table of the
 * same shape to {@code target/authorization-matrix-observed.md}, to compare with the declared one.
 */
@Order(Integer.MAX_VALUE - 2) // after the journeys (which take the volunteer's open task), on fresh objects
class AuthorizationMatrixTest {

    static final Path MATRIX = Path.of(System.getProperty("nuanxin.root", ".."), "docs", "authorization-matrix.md");
    private static final Path OBSERVED = Path.of("target", "authorization-matrix-observed.md");
    private static final String PROBLEM = "application/problem+json";
    private static final ObjectMapper JSON = new ObjectMapper();

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private static List<ApiOperation> operations;
    private static AuthorizationMatrix matrix;
    private static final Map<String, Map<Column, Integer>> observed = new LinkedHashMap<>();
    /** The 4xx answers of cells that only say "let through", listed with the observed table for review. */
    private static final List<String> refusedButAllowed = new ArrayList<>();

    @BeforeAll
    static void startTheSystemAndReadTheDocuments() throws Exception {
        RunningSystem.start();
        operations = ApiOperation.all(RunningSystem.gatewayUrl());
        matrix = AuthorizationMatrix.read(MATRIX);
    }

    @TestFactory
    List<DynamicTest> everyOperationForEveryCaller() {
        List<DynamicTest> tests = new ArrayList<>();
        Set<String> documented = operations.stream().map(ApiOperation::key).collect(Collectors.toCollection(TreeSet::new));
        Set<String> declared = new TreeSet<>(matrix.rows().keySet());
        tests.add(DynamicTest.dynamicTest("every documented operation has a row in docs/authorization-matrix.md", () -> {
            Set<String> missing = new TreeSet<>(documented);
            missing.removeAll(declared);
            assertEquals(Set.of(), missing, "operations without a declared expectation");
        }));
        tests.add(DynamicTest.dynamicTest("every row of docs/authorization-matrix.md is a documented operation", () -> {
            Set<String> stale = new TreeSet<>(declared);
            stale.removeAll(documented);
            assertEquals(Set.of(), stale, "rows for operations no API documents any more");
        }));
        MatrixFixtures fixtures = MatrixFixtures.shared(operations);
        tests.add(DynamicTest.dynamicTest("the objects of the matrix are set up through the API",
                () -> assertEquals(List.of(), fixtures.problems(), "set-up steps that failed")));
        for (ApiOperation operation : operations) {
            Map<Column, Expectation> row = matrix.rows().get(operation.key());
            for (Column column : Column.values()) {
                tests.add(DynamicTest.dynamicTest(operation.key() + " × " + column.header, () -> {
                    if (row == null) {
                        call(fixtures, operation, column, false);
                        fail(operation.key() + " has no row in docs/authorization-matrix.md");
                    }
                    check(fixtures, operation, column, row.get(column));
                }));
            }
        }
        tests.add(DynamicTest.dynamicTest("the observed table is written for comparison", AuthorizationMatrixTest::writeObserved));
        return tests;
    }

    private static void check(MatrixFixtures fixtures, ApiOperation operation, Column column, Expectation expected)
            throws IOException, InterruptedException {
        Answer answer = call(fixtures, operation, column,
                expected == Expectation.OK || expected == Expectation.ALLOW);
        if (expected == Expectation.ALLOW && answer.status() >= 400) {
            synchronized (refusedButAllowed) {
                refusedButAllowed.add("- `" + operation.key() + "` × " + column.header + ": " + answer.status() + " "
                        + answer.body().replace('\n', ' '));
            }
        }
        String mismatch = expected.mismatch(answer.status());
        if (mismatch != null) {
            fail(operation.key() + " × " + column.header + ": " + mismatch + " (the matrix says '" + expected.cell
                    + "'), got " + answer.status() + " for " + answer.request() + "\n" + answer.body());
        }
        if (expected != Expectation.OK && expected != Expectation.ALLOW) {
            assertEquals(PROBLEM, answer.contentType(), operation.key() + " × " + column.header
                    + ": a refusal is application/problem+json");
        }
    }

    private record Answer(int status, String contentType, String body, String request) {
    }

    private static Answer call(MatrixFixtures fixtures, ApiOperation operation, Column column, boolean letThrough)
            throws IOException, InterruptedException {
        String path = fixtures.path(operation, column, letThrough);
        String query = MatrixFixtures.query(operation).entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        Map<String, Object> body = fixtures.body(operation, column);
        HttpRequest.Builder request = HttpRequest.newBuilder(
                        URI.create(RunningSystem.gatewayUrl() + path + (query.isEmpty() ? "" : "?" + query)))
                .timeout(Duration.ofSeconds(60))
                .header("Idempotency-Key", UUID.randomUUID().toString())
                .method(operation.method(), body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        if (column.caller != null) {
            request.header("Authorization", "Bearer " + Keycloak.token(column.caller));
        }
        HttpResponse<InputStream> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofInputStream());
        String contentType = response.headers().firstValue("Content-Type").orElse("");
        String text;
        try (InputStream in = response.body()) {
            // an event stream never ends: its status and headers are the answer
            text = contentType.startsWith("text/event-stream") ? "(event stream)"
                    : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        synchronized (observed) {
            observed.computeIfAbsent(operation.key(), k -> new LinkedHashMap<>()).put(column, response.statusCode());
        }
        String sent = operation.method() + " " + path + (body == null ? "" : " " + JSON.writeValueAsString(body));
        return new Answer(response.statusCode(), contentType.split(";")[0].strip(),
                text.length() > 600 ? text.substring(0, 600) + "…" : text, sent);
    }

    private static void writeObserved() throws IOException {
        StringBuilder table = new StringBuilder("| operation |");
        for (Column column : Column.values()) {
            table.append(' ').append(column.header).append(" |");
        }
        table.append("\n|---|").append("---|".repeat(Column.values().length)).append('\n');
        observed.forEach((operation, statuses) -> {
            table.append("| `").append(operation).append("` |");
            for (Column column : Column.values()) {
                table.append(' ').append(statuses.getOrDefault(column, 0)).append(" |");
            }
            table.append('\n');
        });
        table.append("\n`allow` cells answered with a client error (state, or a body to improve):\n\n");
        refusedButAllowed.forEach(line -> table.append(line).append('\n'));
        Files.createDirectories(OBSERVED.getParent());
        Files.writeString(OBSERVED, table);
    }
}
