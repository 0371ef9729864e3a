package org.nuanxin.common.testing;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * What a service's database holds, table by table (row count and a digest of the rows), to show that a request
 * changed nothing. Tables that change on their own are left out: the outbox and the consumer's processed events,
 * Flyway's history, and whatever the caller names (audit trails, read models fed by Kafka).
 */
public final class DatabaseFingerprint {

    private static final Set<String> ALWAYS_IGNORED = Set.of("flyway_schema_history", "outbox_event", "processed_event");

    private DatabaseFingerprint() {
    }

    /** Table name → "rows:digest" of every table of the public schema but the ignored ones. */
    public static Map<String, String> of(DataSource dataSource, Set<String> ignored) {
        Map<String, String> state = new TreeMap<>();
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            List<String> tables = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery("SELECT table_name FROM information_schema.tables "
                    + "WHERE table_schema = current_schema() AND table_type = 'BASE TABLE'")) {
                while (rows.next()) {
                    tables.add(rows.getString(1));
                }
            }
            for (String table : tables) {
                if (ALWAYS_IGNORED.contains(table) || ignored.contains(table)) {
                    continue;
                }
                try (ResultSet rows = statement.executeQuery("SELECT count(*) || ':' || coalesce(md5(string_agg(md5(t::text), '' "
                        + "ORDER BY md5(t::text))), '') FROM \"" + table + "\" t")) {
                    rows.next();
                    state.put(table, rows.getString(1));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not read the database", e);
        }
        return state;
    }

    /** The tables whose content differs, e.g. "family 3 → 4 rows". */
    public static String difference(Map<String, String> before, Map<String, String> after) {
        Set<String> tables = new TreeSet<>(before.keySet());
        tables.addAll(after.keySet());
        List<String> changed = new ArrayList<>();
        for (String table : tables) {
            String was = before.get(table);
            String is = after.get(table);
            if (was == null || !was.equals(is)) {
                changed.add(table + " " + rows(was) + " → " + rows(is) + " rows" + (rows(was).equals(rows(is)) ? " (changed)" : ""));
            }
        }
        return String.join(", ", changed);
    }

    private static String rows(String state) {
        return state == null ? "-" : state.substring(0, state.indexOf(':'));
    }
}
