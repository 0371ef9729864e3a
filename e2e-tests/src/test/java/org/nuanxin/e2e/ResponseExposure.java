package org.nuanxin.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.nuanxin.e2e.AuthorizationMatrix.Column;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which sensitive kinds of data each operation's response may show to each kind of caller, as written in
 * {@code docs/security.md}, section "What each role's responses show": a table of the {@link Kind}s and the fields
 * that carry them, and a table of the operations that show any of them, with the matrix columns that may see each
 * kind. An operation or column not in that table may see none.
 */
final class ResponseExposure {

    /** What a response may carry that not every role may see. */
    enum Kind {
        /** A full identity number (18 characters, valid check character), wherever it stands. */
        IDENTITY_NUMBER("identity number"),
        /** A full mainland mobile number, wherever it stands. */
        PHONE("phone"),
        /** A person's health: conditions, disability, diagnoses, needs, wellbeing, what a visitor noted. */
        HEALTH("health"),
        /** The family's loss: bereaved or disabled child, the child's remembrance days. */
        BEREAVEMENT("bereavement");

        final String header;

        Kind(String header) {
            this.header = header;
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern CODE = Pattern.compile("`([^`]+)`");

    /** For the field-borne kinds: the field names that carry them, each with the values that count (empty: any). */
    private final Map<Kind, Map<String, Set<String>>> fields;
    private final Map<String, Map<Kind, Set<Column>>> rows;

    private ResponseExposure(Map<Kind, Map<String, Set<String>>> fields, Map<String, Map<Kind, Set<Column>>> rows) {
        this.fields = fields;
        this.rows = rows;
    }

    /** The operations that show some kind to some caller, each with the columns that may see each kind. */
    Map<String, Map<Kind, Set<Column>>> rows() {
        return rows;
    }

    /** The columns that may see {@code kind} in the operation's responses; none unless the table says so. */
    Set<Column> allowed(String operation, Kind kind) {
        return rows.getOrDefault(operation, Map.of()).getOrDefault(kind, Set.of());
    }

    /**
     * The kinds a response body shows, each with what showed it (the number found by {@link PiiDetector}, or the
     * field and its value).
     */
    Map<Kind, String> shownIn(String body) {
        Map<Kind, String> shown = new EnumMap<>(Kind.class);
        for (PiiDetector.Finding finding : PiiDetector.scan(body)) {
            shown.putIfAbsent(finding.kind().equals("identity number") ? Kind.IDENTITY_NUMBER : Kind.PHONE,
                    finding.toString());
        }
        JsonNode json;
        try {
            json = JSON.readTree(body);
        } catch (IOException notJson) {
            return shown;
        }
        walk(json, shown);
        return shown;
    }

    private void walk(JsonNode node, Map<Kind, String> shown) {
        if (node == null) {
            return;
        }
        if (node.isArray()) {
            node.forEach(element -> walk(element, shown));
        } else if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> entries = node.fields(); entries.hasNext(); ) {
                Map.Entry<String, JsonNode> entry = entries.next();
                fields.forEach((kind, names) -> {
                    Set<String> values = names.get(entry.getKey());
                    if (values != null && carries(entry.getValue(), values)) {
                        String value = entry.getValue().toString();
                        shown.putIfAbsent(kind, "\"" + entry.getKey() + "\": "
                                + (value.length() > 80 ? value.substring(0, 80) + "…" : value));
                    }
                });
                walk(entry.getValue(), shown);
            }
        }
    }

    /** Null, an empty string, list or object carry nothing; a value restricted to some values must be one. */
    private static boolean carries(JsonNode value, Set<String> values) {
        if (value == null || value.isNull() || value.isContainerNode() && value.isEmpty()
                || value.isTextual() && value.asText().isBlank()) {
            return false;
        }
        return values.isEmpty() || value.isValueNode() && values.contains(value.asText());
    }

    /**
     * Reads both tables: the kinds ({@code | kind | carried by |}, fields as {@code `name`} or
     * {@code `name=VALUE`}) and the operations ({@code | operation | identity number | phone | health | bereavement
     * | why |}, each cell the matrix columns that may see the kind, comma-separated, or {@code —}).
     */
    static ResponseExposure read(Path file) throws IOException {
        List<String> all = Files.readAllLines(file).stream().map(String::strip).toList();
        Map<Kind, Map<String, Set<String>>> fields = new EnumMap<>(Kind.class);
        for (List<String> cells : table(all, "| kind | carried by |", file)) {
            Kind kind = kind(cells.get(0), file);
            if (kind == Kind.IDENTITY_NUMBER || kind == Kind.PHONE) {
                continue;
            }
            Map<String, Set<String>> names = new LinkedHashMap<>();
            Matcher code = CODE.matcher(cells.get(1));
            while (code.find()) {
                String[] field = code.group(1).split("=", 2);
                names.computeIfAbsent(field[0], n -> new TreeSet<>());
                if (field.length == 2) {
                    names.get(field[0]).add(field[1]);
                }
            }
            fields.put(kind, names);
        }
        Map<String, Map<Kind, Set<Column>>> rows = new LinkedHashMap<>();
        String header = "| operation | " + String.join(" | ", Arrays.stream(Kind.values()).map(k -> k.header).toList())
                + " | why |";
        for (List<String> cells : table(all, header, file)) {
            String operation = cells.get(0).replace("`", "");
            Map<Kind, Set<Column>> row = new EnumMap<>(Kind.class);
            for (Kind kind : Kind.values()) {
                Set<Column> columns = EnumSet.noneOf(Column.class);
                for (String name : cells.get(kind.ordinal() + 1).split(",")) {
                    if (!name.isBlank() && !name.strip().equals("—")) {
                        columns.add(column(name.strip(), file));
                    }
                }
                row.put(kind, columns);
            }
            if (rows.put(operation, row) != null) {
                throw new IllegalStateException(file + ": " + operation + " has two rows in the exposure table");
            }
        }
        return new ResponseExposure(fields, rows);
    }

    private static List<List<String>> table(List<String> lines, String header, Path file) {
        int start = lines.indexOf(header);
        if (start < 0) {
            throw new IllegalStateException(file + " has no table headed '" + header + "'");
        }
        int columns = cells(header).size();
        return lines.subList(start + 2, lines.size()).stream().takeWhile(line -> line.startsWith("|"))
                .map(ResponseExposure::cells).peek(cells -> {
                    if (cells.size() != columns) {
                        throw new IllegalStateException(file + ": a row of '" + header + "' has " + cells.size()
                                + " cells: " + cells);
                    }
                }).toList();
    }

    private static Kind kind(String header, Path file) {
        return Arrays.stream(Kind.values()).filter(k -> k.header.equals(header)).findFirst()
                .orElseThrow(() -> new IllegalStateException(file + ": unknown kind '" + header + "'"));
    }

    private static Column column(String header, Path file) {
        return Arrays.stream(Column.values()).filter(c -> c.header.equals(header)).findFirst()
                .orElseThrow(() -> new IllegalStateException(file + ": unknown column '" + header + "'"));
    }

    private static List<String> cells(String line) {
        String inner = line.substring(1, line.endsWith("|") ? line.length() - 1 : line.length());
        return Arrays.stream(inner.split("\\|", -1)).map(String::strip).toList();
    }
}
