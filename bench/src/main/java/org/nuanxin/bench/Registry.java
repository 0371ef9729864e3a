package org.nuanxin.bench;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The registry at scale: families, their members and a year's worth of calls and visits generated straight into
 * family-service's database with {@code generate_series}, then the main reads timed through the gateway as a city
 * coordinator sees them, and their SQL explained.
 *
 * <p>Identity numbers and phones are AES-GCM encrypted with a key only the service holds; the generated members carry
 * the ciphertexts of one family registered through the API (the cipher binds no row data, so the service reads them),
 * and unique made-up blind-index values, so the search by name and by the last four characters of an identity number
 * works on every generated row as on a registered one.
 */
final class Registry {

    /** Surnames and given names of the generated members: 30 × 40 full names, as common in Xiamen. */
    private static final String SURNAMES = "陈林黄张李王吴刘蔡杨郑许谢洪曾邱苏叶庄周柯何施郭卢徐颜江高傅";
    private static final String GIVEN = "秀英美玉淑华丽珍金凤月梅春兰桂芳清明志强建国文德福财宝贵荣昌海山松柏阿水土光辉成";

    private final Bench bench;
    private final int families;
    private final int contactsPerFamily;
    private long generateMillis;
    private long indexMillis;
    private final Map<String, Timing> timings = new LinkedHashMap<>();
    private final Map<String, String> plans = new LinkedHashMap<>();
    private final Map<String, Long> sizes = new LinkedHashMap<>();
    /** Whether family-service's build had the search indexes of its migration V1_13 (trigram on names). */
    private boolean indexed;
    /** family-service's migration with the search indexes: dropped for the first measurement, made for the second. */
    static final String MIGRATION = "family-service/src/main/resources/db/migration/V1_13__member_search_indexes.sql";
    private String phase = "";

    record Timing(String path, int requests, int status, long total, double p50, double p99, double max) {
    }

    Registry(Bench bench, int families, int contactsPerFamily) {
        this.bench = bench;
        this.families = families;
        this.contactsPerFamily = contactsPerFamily;
    }

    void run() throws Exception {
        register(bench.userToken("city"));
        long start = System.nanoTime();
        generate();
        generateMillis = (System.nanoTime() - start) / 1_000_000;
        Bench.log(String.format(Locale.ROOT, "registry: %d families, %d contacts generated in %.1f s", families,
                (long) families * contactsPerFamily, generateMillis / 1000.0));
        boolean built = indexed;
        phase = "without the search indexes";
        if (built) {
            execute("DROP INDEX family_member_name_trigram; DROP INDEX family_member_id_suffix");
        }
        measure(false);
        phase = "with the search indexes (V1_13)";
        long indexing = System.nanoTime();
        execute("SET maintenance_work_mem = '256MB'; " + Files.readString(bench.root.resolve(MIGRATION)));
        execute("VACUUM (ANALYZE) family_member");
        indexMillis = (System.nanoTime() - indexing) / 1_000_000;
        measure(true);
        indexed = built;
    }

    /**
     * The main reads through the gateway, then their SQL explained, under the current {@link #phase}; without the
     * indexes, at half a million families or more, 20 requests a read (each takes a second or so).
     */
    private void measure(boolean withIndexes) throws Exception {
        String partName = "陈秀";
        String fullName = "陈秀玉";
        int requests = bench.options.quick() || (!withIndexes && families >= 500_000) ? 20 : 100;
        time("search by full name", "/api/family/families?q=" + enc(fullName) + "&size=20", requests);
        time("search by part of a name", "/api/family/families?q=" + enc(partName) + "&size=20", requests);
        time("search by last four of the identity number", "/api/family/families?q=0420&size=20", requests);
        time("list a district, newest first", "/api/family/families?districtCode=350203&size=20", requests);
        time("overdue worklist of a district", "/api/family/contacts/overdue?districtCode=350203&size=20",
                requests);
        explain(fullName);
    }

    private void execute(String statements) throws Exception {
        try (Connection db = bench.database("family"); Statement sql = db.createStatement()) {
            sql.execute(statements);
        }
    }

    /** One family through the API: its members' ciphertexts are the ones the generated members carry. */
    private void register(String token) throws Exception {
        String body = """
                {"category":"BEREAVED","districtCode":"350203","street":"鹭江街道","community":"大同社区",
                 "address":"大同路 1 号","members":[
                 {"name":"陈秀英","relation":"MOTHER","idNumber":"%s","phone":"13906001122","livingAlone":false},
                 {"name":"林志强","relation":"FATHER","idNumber":"%s","phone":"13906001133","livingAlone":false}]}"""
                .formatted(Claims.identityNumber(9000), Claims.identityNumber(9001));
        HttpResponse<String> response = bench.http.send(HttpRequest.newBuilder(
                        URI.create(bench.gatewayUrl() + "/api/family/families"))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 201) {
            throw new IllegalStateException("template family: " + response.statusCode() + " " + response.body());
        }
    }

    private void generate() throws Exception {
        try (Connection db = bench.database("family")) {
            generate(db);
        }
    }

    void generate(Connection db) throws Exception {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        try (Statement sql = db.createStatement()) {
            try (ResultSet rows = sql.executeQuery(
                    "SELECT count(*) FROM pg_indexes WHERE indexname = 'family_member_name_trigram'")) {
                rows.next();
                indexed = rows.getLong(1) > 0;
            }
            sql.execute("CREATE TEMP TABLE bench_street AS SELECT row_number() OVER (ORDER BY district_code, name) - 1 "
                    + "AS n, district_code, name FROM street");
            sql.execute("CREATE TEMP TABLE bench_template AS SELECT id_number_enc, phone_enc FROM family_member "
                    + "ORDER BY position LIMIT 1");
            // families registered over five years, contacted within the last year (a fifth not for 100+ days)
            sql.executeUpdate("""
                    INSERT INTO family (id, category, district_code, street, community, address, status, registered_at,
                                        registered_by, version, risk_level, last_contact_at, last_visit_at)
                    SELECT gen_random_uuid(), CASE WHEN g % 5 = 0 THEN 'DISABLED_CHILD' ELSE 'BEREAVED' END,
                           s.district_code, s.name, '第' || (g % 40) || '社区', '路 ' || g || ' 号', 'ACTIVE',
                           now() - make_interval(mins => ((g::bigint * 2629) % (5 * 365 * 24 * 60))::int), 'bench', 0,
                           (ARRAY['UNASSESSED','LOW','MEDIUM','HIGH'])[1 + g % 4],
                           now() - make_interval(days => CASE WHEN g % 5 = 0 THEN 100 + g % 200 ELSE g % 60 END),
                           now() - make_interval(days => CASE WHEN g % 7 = 0 THEN 200 + g % 100 ELSE g % 150 END)
                    FROM generate_series(1, {families}) g
                    JOIN bench_street s ON s.n = g % (SELECT count(*) FROM bench_street)
                    """.replace("{families}", String.valueOf(families)));
            // two parents each; 1,200 distinct names; unique made-up blind indexes
            sql.executeUpdate("""
                    INSERT INTO family_member (id, family_id, position, name, relation, id_number_enc, id_number_index,
                                               id_suffix, phone_enc, phone_index, birth_date, sex, living_alone)
                    SELECT gen_random_uuid(), f.id, p.position,
                           substr('{surnames}', 1 + (f.k * 7 + p.position) % 30, 1)
                             || substr('{given}', 1 + (f.k / 30 + p.position) % 40, 1)
                             || CASE WHEN f.k % 3 = 0 THEN '' ELSE substr('{given}', 1 + (f.k / 7) % 40, 1) END,
                           CASE p.position WHEN 0 THEN 'MOTHER' ELSE 'FATHER' END,
                           t.id_number_enc, md5(f.id::text || p.position) || md5(p.position || f.id::text),
                           lpad(((f.k * 13 + p.position) % 10000)::text, 4, '0'),
                           t.phone_enc, md5('p' || f.id::text || p.position) || md5(f.id::text || 'p' || p.position),
                           DATE '1940-01-01' + (f.k % 9000)::int, CASE p.position WHEN 0 THEN 'FEMALE' ELSE 'MALE' END,
                           f.k % 4 = 0
                    FROM (SELECT id, (row_number() OVER ())::int AS k FROM family WHERE registered_by = 'bench') f
                    CROSS JOIN (VALUES (0), (1)) p(position)
                    CROSS JOIN bench_template t
                    """.replace("{surnames}", SURNAMES).replace("{given}", GIVEN));
            // a year of calls and visits, a third of them home visits; written in the order of their family and with
            // ids that grow (as time-ordered ids would), so each index is appended to rather than written all over:
            // 20 million rows with random ids took this machine too long to generate for one run
            sql.executeUpdate("""
                    INSERT INTO family_contact (id, family_id, kind, contacted_at, contacted_by, recorded_by,
                                                duration_minutes, wellbeing)
                    SELECT CAST(lpad(to_hex((f.k - 1)::bigint * {contacts} + c), 32, '0') AS uuid), f.id,
                           CASE WHEN c % 3 = 0 THEN 'HOME_VISIT' ELSE 'PHONE_CALL' END,
                           now() - make_interval(days => ((c * 17 + f.k) % 365)::int), '社区联络员', 'bench',
                           10 + c % 50, 1 + c % 5
                    FROM (SELECT id, (row_number() OVER (ORDER BY id))::int AS k FROM family WHERE registered_by = 'bench') f
                    CROSS JOIN generate_series(1, {contacts}) c
                    ORDER BY f.id, c
                    """.replace("{contacts}", String.valueOf(contactsPerFamily)));
            // this year's home visits, kept on the family as ContactService keeps them (migration V1_14)
            sql.executeUpdate("""
                    UPDATE family f SET visit_year = v.year, visits_in_year = v.visits
                    FROM (SELECT family_id, CAST(extract(year FROM now() AT TIME ZONE 'Asia/Shanghai') AS integer) AS year,
                                 count(*) AS visits
                          FROM family_contact
                          WHERE kind = 'HOME_VISIT' AND contacted_at >= date_trunc('year', now() AT TIME ZONE 'Asia/Shanghai')
                                AT TIME ZONE 'Asia/Shanghai'
                          GROUP BY family_id) v
                    WHERE v.family_id = f.id AND f.registered_by = 'bench'""");
            // as autovacuum would have left a registry that has been in use: statistics and the visibility map
            // (which lets the worklist read its index alone)
            sql.execute("VACUUM (ANALYZE) family");
            sql.execute("VACUUM (ANALYZE) family_member");
            sql.execute("ANALYZE family_contact");
            try (ResultSet rows = sql.executeQuery("SELECT count(*) FROM family WHERE district_code = '350203'")) {
                rows.next();
                sizes.put("family in 350203", rows.getLong(1));
            }
            for (String table : List.of("family", "family_member", "family_contact")) {
                try (ResultSet rows = sql.executeQuery("SELECT count(*) FROM " + table)) {
                    rows.next();
                    sizes.put(table, rows.getLong(1));
                }
            }
            try (ResultSet rows = sql.executeQuery("SELECT pg_size_pretty(pg_database_size('family'))")) {
                rows.next();
                sizes.put("database size", -1L);
                plans.put("size", rows.getString(1));
            }
        }
        Bench.log("registry sizes: " + sizes + " " + plans.get("size") + " at " + now);
    }

    /** One request after the other (closed loop, one client), after five unrecorded ones. */
    /** A fresh token for each read: generating a million families outlasts an access token, and so can a read. */
    private void time(String what, String path, int requests) throws Exception {
        String token = bench.userToken("city");
        List<Long> micros = new ArrayList<>();
        int status = 0;
        long total = -1;
        for (int i = 0; i < requests + 5; i++) {
            long start = System.nanoTime();
            HttpResponse<String> response = bench.http.send(HttpRequest.newBuilder(URI.create(bench.gatewayUrl() + path))
                    .header("Authorization", "Bearer " + token).GET().build(), HttpResponse.BodyHandlers.ofString());
            long took = (System.nanoTime() - start) / 1000;
            status = response.statusCode();
            if (status != 200) {
                throw new IllegalStateException(what + ": " + status + " " + response.body());
            }
            if (i >= 5) {
                micros.add(took);
            }
            if (i == 0) {
                total = Bench.JSON.readTree(response.body()).path("total").asLong(-1);
            }
        }
        Collections.sort(micros);
        Timing timing = new Timing(path, requests, status, total, Bench.percentile(micros, 50) / 1000,
                Bench.percentile(micros, 99) / 1000, micros.get(micros.size() - 1) / 1000.0);
        timings.put(what + ", " + phase, timing);
        Bench.log("registry " + what + ": " + timing);
    }

    /** The SQL family-service issues for the search by name and for the overdue worklist, explained as it runs. */
    private void explain(String name) throws Exception {
        try (Connection db = bench.database("family")) {
            explain(db, name);
        }
    }

    void explain(Connection db, String name) throws Exception {
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        {
            // FamilyService.search: the page and its count (Hibernate's SQL for the JPQL, written out)
            String search = """
                    FROM family f WHERE 1 = 1 AND EXISTS (SELECT 1 FROM family_member m WHERE m.family_id = f.id
                      AND (m.name LIKE ? OR m.id_suffix = ? OR m.id_number_index = ? OR m.phone_index = ?))""";
            plans.put("search by full name: the page, " + phase, plan(db, "SELECT f.id, f.registered_at " + search
                    + " ORDER BY f.registered_at DESC OFFSET 0 ROWS FETCH FIRST 20 ROWS ONLY", "%" + name + "%", name,
                    "0".repeat(64), "0".repeat(64)));
            plans.put("search by full name: the count, " + phase, plan(db, "SELECT count(f.id) " + search, "%" + name + "%",
                    name, "0".repeat(64), "0".repeat(64)));
            // ContactService.overdue: its native SQL as it is
            String overdue = """
                    FROM family f
                    WHERE f.status = 'ACTIVE'
                      AND (f.last_contact_at IS NULL OR f.last_contact_at <= ?
                        OR f.last_visit_at IS NULL OR f.last_visit_at <= ?
                        OR CASE WHEN f.visit_year = ? THEN f.visits_in_year ELSE 0 END < ? * GREATEST(0, ? - GREATEST(?,
                            CAST(f.registered_at AT TIME ZONE 'Asia/Shanghai' AS date)) + 1) / ?)
                      AND f.district_code = ?""";
            Object[] parameters = {now.minusDays(7), now.minusDays(31), today.getYear(), 4, today, today.withDayOfYear(1),
                    today.lengthOfYear(), "350203"};
            plans.put("overdue worklist: the page, " + phase, plan(db, "SELECT f.id " + overdue
                    + " ORDER BY f.last_contact_at ASC NULLS FIRST, f.registered_at ASC, f.id LIMIT 20", parameters));
            plans.put("overdue worklist: the count, " + phase, plan(db, "SELECT count(*) " + overdue, parameters));
        }
    }

    private static String plan(Connection db, String sql, Object... parameters) throws Exception {
        try (PreparedStatement explain = db.prepareStatement("EXPLAIN (ANALYZE, BUFFERS, COSTS OFF) " + sql)) {
            for (int i = 0; i < parameters.length; i++) {
                explain.setObject(i + 1, parameters[i]);
            }
            List<String> lines = new ArrayList<>();
            try (ResultSet rows = explain.executeQuery()) {
                while (rows.next()) {
                    lines.add(rows.getString(1));
                }
            }
            return String.join("\n", lines);
        }
    }

    String section(String context) {
        List<String> lines = new ArrayList<>();
        lines.add("<!-- registry:start -->");
        lines.add("## Registry at scale: family search and the overdue worklist (family-service)");
        lines.add("");
        lines.add(context);
        lines.add("");
        lines.add(String.format(Locale.ROOT, (families >= 1_000_000 ? "**At the issue's size**: " : "**Sized down** "
                        + "(the issue names 1 million families and 20 million visits): ") + "%,d families (two members "
                        + "each) and %,d calls and "
                        + "visits (%d per family, a third of them home visits, over the last year). Generated straight into "
                        + "family-service's database with `generate_series` in %.1f s (database %s), spread over the "
                        + "six districts (思明区 holds %s of them); members carry the ciphertexts of a family "
                        + "registered through the API and unique made-up blind indexes, so the service reads and "
                        + "masks them as its own. Each read: one client, one request after the other, through the "
                        + "gateway as the city coordinator, 5 unrecorded then %d recorded (%d without the indexes). "
                        + "Each read is measured twice on the same "
                        + "data: without the search indexes of family-service's migration V1_13 (dropped first if the "
                        + "build had them; this build %s), and with them (the migration's SQL run, then `VACUUM "
                        + "ANALYZE`: %.1f s).", families,
                (long) families * contactsPerFamily, contactsPerFamily, generateMillis / 1000.0, plans.get("size"),
                String.format(Locale.ROOT, "%,d", sizes.getOrDefault("family in 350203", -1L)),
                timings.values().stream().mapToInt(Timing::requests).max().orElse(0),
                timings.values().stream().mapToInt(Timing::requests).min().orElse(0),
                indexed ? "had them" : "did not", indexMillis / 1000.0));
        lines.add("");
        lines.add("| read | request | total found | p50 ms | p99 ms | max ms |");
        lines.add("|---|---|---|---|---|---|");
        timings.forEach((what, t) -> lines.add(String.format(Locale.ROOT, "| %s | `GET %s` | %,d | %.0f | %.0f | %.0f |",
                what, t.path(), t.total(), t.p50(), t.p99(), t.max())));
        lines.add("");
        lines.add("The plans (`EXPLAIN (ANALYZE, BUFFERS)` of the SQL the service issues, with the parameters of the "
                + "first rows above):");
        lines.add("");
        plans.forEach((what, plan) -> {
            if (!what.equals("size")) {
                lines.add("<details><summary>" + what + "</summary>");
                lines.add("");
                lines.add("```");
                lines.add(plan);
                lines.add("```");
                lines.add("</details>");
                lines.add("");
            }
        });
        lines.add("<!-- registry:end -->");
        return String.join("\n", lines);
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
