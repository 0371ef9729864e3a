package org.nuanxin.e2e;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The expected outcome of every operation for every kind of caller, as written in
 * {@code docs/authorization-matrix.md}: one table row per operation ({@code `GET /api/family/families/{id}`}), one
 * column per {@link Column}, each cell an {@link Expectation}.
 */
final class AuthorizationMatrix {

    /** Who calls, and on which objects: the columns of the table, in their order. */
    enum Column {
        ANONYMOUS("anonymous", null, false),
        CITY("city", "city", false),
        DISTRICT_OWN("district own", "siming", false),
        DISTRICT_OTHER("district other", "huli", false),
        VOLUNTEER_TASK("volunteer task", "volunteer", false),
        VOLUNTEER_NO_TASK("volunteer no task", "volunteer", true),
        HOSPITAL_OWN("hospital own", "hospital-xianyue", false),
        HOSPITAL_OTHER("hospital other", "hospital-zhongshan", false),
        AUDITOR("auditor", "auditor", false);

        final String header;
        /** The demo login or hospital client whose token is sent; none for anonymous. */
        final String caller;
        /** Whether the objects in the path are ones the caller has no task for (another family, task, volunteer). */
        final boolean unrelatedObjects;

        Column(String header, String caller, boolean unrelatedObjects) {
            this.header = header;
            this.caller = caller;
            this.unrelatedObjects = unrelatedObjects;
        }
    }

    /** What a cell says: the call is let through, or refused with exactly this status. */
    enum Expectation {
        /** Let through and successful: 2xx. */
        OK("ok"),
        /** Authorised and in scope, the outcome depending on the object's state: neither 401, 403, 404 nor 5xx. */
        ALLOW("allow"),
        /** A field of the body names an object outside the caller's scope: refused naming that field. */
        INVALID_REFERENCE("400"),
        UNAUTHENTICATED("401"),
        FORBIDDEN("403"),
        NOT_FOUND("404");

        final String cell;

        Expectation(String cell) {
            this.cell = cell;
        }

        static Expectation of(String cell) {
            return Arrays.stream(values()).filter(e -> e.cell.equals(cell)).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("unknown cell '" + cell + "'"));
        }

        /** Null when the status is what the cell says, else why not. */
        String mismatch(int status) {
            return switch (this) {
                case OK -> status >= 200 && status < 300 ? null : "expected 2xx";
                case ALLOW -> status == 401 || status == 403 || status == 404 || status >= 500
                        ? "expected to be let through (not 401/403/404/5xx)" : null;
                case INVALID_REFERENCE -> status == 400 ? null : "expected 400";
                case UNAUTHENTICATED -> status == 401 ? null : "expected 401";
                case FORBIDDEN -> status == 403 ? null : "expected 403";
                case NOT_FOUND -> status == 404 ? null : "expected 404";
            };
        }
    }

    private final Map<String, Map<Column, Expectation>> rows;

    private AuthorizationMatrix(Map<String, Map<Column, Expectation>> rows) {
        this.rows = rows;
    }

    Map<String, Map<Column, Expectation>> rows() {
        return rows;
    }

    /** Reads the table; a header that is not exactly the columns, or a row with a cell missing, is an error. */
    static AuthorizationMatrix read(Path file) throws IOException {
        List<String> all = Files.readAllLines(file).stream().map(String::strip).toList();
        // the matrix is the table whose first column is "operation"; the legends above it are tables too
        int start = all.indexOf(all.stream().filter(line -> line.startsWith("| operation |")).findFirst()
                .orElseThrow(() -> new IllegalStateException(file + " has no table headed '| operation |'")));
        List<String> lines = all.subList(start, all.size()).stream().takeWhile(line -> line.startsWith("|")).toList();
        List<String> header = cells(lines.get(0));
        List<String> expected = Arrays.stream(Column.values()).map(c -> c.header).toList();
        if (!header.subList(1, header.size()).equals(expected)) {
            throw new IllegalStateException(file + ": the table's columns must be " + expected + ", not " + header);
        }
        Map<String, Map<Column, Expectation>> rows = new LinkedHashMap<>();
        for (String line : lines.subList(2, lines.size())) {
            List<String> cells = cells(line);
            if (cells.size() != Column.values().length + 1) {
                throw new IllegalStateException(file + ": row has " + cells.size() + " cells: " + line);
            }
            String operation = cells.get(0).replace("`", "");
            Map<Column, Expectation> row = new EnumMap<>(Column.class);
            for (Column column : Column.values()) {
                row.put(column, Expectation.of(cells.get(column.ordinal() + 1)));
            }
            if (rows.put(operation, row) != null) {
                throw new IllegalStateException(file + ": " + operation + " has two rows");
            }
        }
        return new AuthorizationMatrix(rows);
    }

    private static List<String> cells(String line) {
        String inner = line.substring(1, line.endsWith("|") ? line.length() - 1 : line.length());
        return Arrays.stream(inner.split("\\|", -1)).map(String::strip).toList();
    }
}
