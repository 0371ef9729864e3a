package org.nuanxin.e2e;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.TestFactory;
import org.nuanxin.e2e.AuthorizationMatrix.Column;
import org.nuanxin.e2e.AuthorizationMatrix.Expectation;
import org.nuanxin.e2e.ResponseExposure.Kind;

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
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Excessive exposure: every read of every API that {@code docs/authorization-matrix.md} lets a caller make
 * ({@code ok}), made by that caller with a real Keycloak token on the matrix's objects, shows only the sensitive
 * kinds of data (full identity numbers, full phones, health, the family's loss) that {@code docs/security.md}'s
 * exposure table grants that caller for that operation. An operation the table does not name may show none of them
 * to anyone, so a response that starts carrying a diagnosis, a phone in clear or a family's category to a role the
 * table does not name fails here.
 *
 * <p>What the run saw is written to {@code target/response-exposure-observed.md}, in the table's shape.
 */
@Order(Integer.MAX_VALUE - 1) // right after the authorization matrix, on its objects (MatrixFixtures.shared)
class ResponseExposureTest {

    private static final Path SECURITY = Path.of(System.getProperty("nuanxin.root", ".."), "docs", "security.md");
    private static final Path OBSERVED = Path.of("target", "response-exposure-observed.md");
    /**
     * Reads not about people: the APIs' own description (made-up examples in the documented formats, the names of
     * every field), and the live stream, which never ends and sends what {@code GET /api/supervision/snapshot} answers.
     */
    private static final Set<String> NOT_ABOUT_PEOPLE = Set.of("GET /api/openapi", "GET /api/supervision/stream");

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private static List<ApiOperation> operations;
    private static AuthorizationMatrix matrix;
    private static ResponseExposure exposure;
    private static final Map<String, Map<Column, Set<Kind>>> observed = new LinkedHashMap<>();

    @BeforeAll
    static void startTheSystemAndReadTheTables() throws Exception {
        RunningSystem.start();
        operations = ApiOperation.all(RunningSystem.gatewayUrl());
        matrix = AuthorizationMatrix.read(AuthorizationMatrixTest.MATRIX);
        exposure = ResponseExposure.read(SECURITY);
    }

    @TestFactory
    List<DynamicTest> everyReadShowsEachCallerOnlyWhatItsRoleMaySee() {
        List<DynamicTest> tests = new ArrayList<>();
        tests.add(DynamicTest.dynamicTest("every row of the exposure table is a read its callers may make", () ->
                assertEquals(List.of(), staleRows(), "rows or cells of the exposure table in docs/security.md that "
                        + "the authorization matrix does not answer 'ok' for")));
        MatrixFixtures fixtures = MatrixFixtures.shared(operations);
        tests.add(DynamicTest.dynamicTest("the objects of the matrix are set up through the API",
                () -> assertEquals(List.of(), fixtures.problems(), "set-up steps that failed")));
        for (ApiOperation operation : operations) {
            Map<Column, Expectation> row = matrix.rows().get(operation.key());
            if (!operation.reads() || row == null || NOT_ABOUT_PEOPLE.contains(operation.key())) {
                continue;
            }
            tests.add(DynamicTest.dynamicTest(operation.key(), () -> {
                List<String> wrong = new ArrayList<>();
                for (Column column : Column.values()) {
                    if (row.get(column) == Expectation.OK) {
                        wrong.addAll(check(fixtures, operation, column));
                    }
                }
                assertEquals(List.of(), wrong, operation.key() + " shows what the exposure table in "
                        + "docs/security.md does not grant");
            }));
        }
        tests.add(DynamicTest.dynamicTest("each kind the table grants was seen, so the checks can see it", () -> {
            writeObserved();
            Set<Kind> granted = EnumSet.noneOf(Kind.class);
            Set<Kind> seen = EnumSet.noneOf(Kind.class);
            exposure.rows().forEach((operation, kinds) -> kinds.forEach((kind, columns) -> {
                if (!columns.isEmpty()) {
                    granted.add(kind);
                }
                columns.forEach(column -> {
                    if (observed.getOrDefault(operation, Map.of()).getOrDefault(column, Set.of()).contains(kind)) {
                        seen.add(kind);
                    }
                });
            }));
            assertEquals(granted, seen, "kinds of data the table grants somewhere but no granted read showed "
                    + "(see " + OBSERVED + ")");
        }));
        return tests;
    }

    /** The exposure table's operations and columns that are no read the matrix answers 'ok' for. */
    private static List<String> staleRows() {
        List<String> stale = new ArrayList<>();
        exposure.rows().forEach((operation, kinds) -> {
            Map<Column, Expectation> row = matrix.rows().get(operation);
            if (row == null || !operation.startsWith("GET ")) {
                stale.add(operation + ": no read of that name in the authorization matrix");
                return;
            }
            kinds.forEach((kind, columns) -> columns.stream().filter(column -> row.get(column) != Expectation.OK)
                    .forEach(column -> stale.add(operation + " × " + column.header + " (" + kind.header
                            + "): the matrix says '" + row.get(column).cell + "'")));
        });
        return stale;
    }

    /** The cell's read, and what it shows that the table does not grant this column. */
    private static List<String> check(MatrixFixtures fixtures, ApiOperation operation, Column column)
            throws IOException, InterruptedException {
        String path = fixtures.path(operation, column, true);
        String query = MatrixFixtures.query(operation).entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        HttpRequest.Builder request = HttpRequest.newBuilder(
                URI.create(RunningSystem.gatewayUrl() + path + (query.isEmpty() ? "" : "?" + query)))
                .timeout(Duration.ofSeconds(60)).GET();
        if (column.caller != null) {
            request.header("Authorization", "Bearer " + Keycloak.token(column.caller));
        }
        HttpResponse<InputStream> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofInputStream());
        String body;
        try (InputStream in = response.body()) {
            body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        if (response.statusCode() / 100 != 2) {
            return List.of(column.header + ": GET " + path + " answered " + response.statusCode()
                    + " (the matrix says 'ok'), so what it shows was not checked: " + body);
        }
        Map<Kind, String> shown = exposure.shownIn(body);
        synchronized (observed) {
            observed.computeIfAbsent(operation.key(), k -> new EnumMap<>(Column.class)).put(column, Set.copyOf(shown.keySet()));
        }
        List<String> wrong = new ArrayList<>();
        shown.forEach((kind, evidence) -> {
            if (!exposure.allowed(operation.key(), kind).contains(column)) {
                wrong.add(column.header + " (" + column.caller + ") is shown " + kind.header + ": " + evidence);
            }
        });
        return wrong;
    }

    private static void writeObserved() throws IOException {
        StringBuilder table = new StringBuilder("| operation | ")
                .append(String.join(" | ", EnumSet.allOf(Kind.class).stream().map(k -> k.header).toList()))
                .append(" |\n|---|---|---|---|---|\n");
        observed.forEach((operation, columns) -> {
            Map<Kind, List<String>> byKind = new EnumMap<>(Kind.class);
            columns.forEach((column, kinds) -> kinds.forEach(kind ->
                    byKind.computeIfAbsent(kind, k -> new ArrayList<>()).add(column.header)));
            if (!byKind.isEmpty()) {
                table.append("| `").append(operation).append("` |");
                for (Kind kind : Kind.values()) {
                    table.append(' ').append(String.join(", ", byKind.getOrDefault(kind, List.of("—")))).append(" |");
                }
                table.append('\n');
            }
        });
        Files.createDirectories(OBSERVED.getParent());
        Files.writeString(OBSERVED, table);
    }
}
