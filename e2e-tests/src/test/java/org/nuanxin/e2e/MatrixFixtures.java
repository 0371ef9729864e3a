package org.nuanxin.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import org.nuanxin.e2e.AuthorizationMatrix.Column;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.restassured.RestAssured.given;

/**
 * The objects the authorization matrix calls its operations on, set up through the API before it runs, and how a
 * path template and a request body are filled in for each cell.
 *
 * <p>Everything "own" lies in 思明区 (350203), the district of {@code siming} and of the demo {@code volunteer}:
 * a family with a visit task assigned to the volunteer, its contact, insured person and a claim of
 * hospital-xianyue, a warm-home site with a free clinic, a call campaign, a team, a correction request. The
 * volunteer-without-task column calls the same operations on a second 思明 family whose task another volunteer
 * holds, that volunteer, and a campaign in 湖里区 (350206). Operations that change state irreversibly (closing a
 * family, a campaign, holding an activity) get objects of their own; a task's steps get a fresh task per call;
 * a removal gets its object (re)created before each call, so that "let through" never depends on the order of
 * the cells.
 */
final class MatrixFixtures {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final ZoneOffset XIAMEN = ZoneOffset.ofHours(8);
    static final String OWN_DISTRICT = "350203";
    static final String OTHER_DISTRICT = "350206";

    /** Path parameters by the path segment they follow, e.g. {@code families} in {@code /families/{id}}. */
    private final Map<String, String> own = new HashMap<>();
    private final Map<String, String> unrelated = new HashMap<>();
    private final Map<String, ApiOperation> operations = new LinkedHashMap<>();

    private String volunteerId;
    private String insuredPersonId;
    private String siteId;
    private String familyId;

    private MatrixFixtures(List<ApiOperation> all) {
        all.forEach(operation -> operations.put(operation.key(), operation));
    }

    private static MatrixFixtures shared;

    /**
     * The objects, set up once per JVM (their names are unique, so there is one set) for the authorization matrix
     * and then the exposure check. Both run after the journeys (class {@code @Order}), because a journey takes the
     * volunteer's open task, which would be the matrix's once it exists; the matrix first, on the objects as set up,
     * the exposure check after it on what is left; the PII scan last.
     */
    static synchronized MatrixFixtures shared(List<ApiOperation> operations) {
        if (shared == null) {
            shared = create(operations);
        }
        return shared;
    }

    private static MatrixFixtures create(List<ApiOperation> operations) {
        // a set-up call that fails shows its request and response in the log
        io.restassured.RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
        MatrixFixtures fixtures = new MatrixFixtures(operations);
        fixtures.setUp();
        return fixtures;
    }

    // ---------------------------------------------------------------- set-up through the API

    /** What could not be set up, each with its reason; the cells that need it fail naming the missing fixture. */
    List<String> problems() {
        return problems;
    }

    private final List<String> problems = new java.util.ArrayList<>();

    private void step(String what, Runnable step) {
        try {
            step.run();
        } catch (RuntimeException | AssertionError e) {
            problems.add(what + ": " + e.getMessage());
        }
    }

    private void setUp() {
        step("families", () -> {
            familyId = registerFamily(OWN_DISTRICT, "莲前街道");
            own.put("families", familyId);
            unrelated.put("families", registerFamily(OWN_DISTRICT, "莲前街道"));
            own.put("huli-family", registerFamily(OTHER_DISTRICT, "殿前街道"));
            own.put("closure-family", registerFamily(OWN_DISTRICT, "莲前街道"));
            own.put("guardian-family", registerFamily(OWN_DISTRICT, "莲前街道"));
            own.put("check-in-codes", familyId);
            unrelated.put("check-in-codes", unrelated.get("families"));
            own.put("registrations", familyId);
            own.put("liaisons", "COMMUNITY_WORKER");
            own.put("contacts", as("city").contentType(ContentType.JSON)
                    .body(Map.of("kind", "PHONE_CALL", "contactedAt", OffsetDateTime.now(XIAMEN).minusHours(1).toString(),
                            "contactedBy", "郑丽娟", "durationMinutes", 15, "followUp", "联系社区医生上门看膝盖",
                            "followUpDue", OffsetDateTime.now(XIAMEN).plusDays(3).toLocalDate().toString()))
                    .post("/api/family/families/" + familyId + "/contacts").then().statusCode(201).extract().path("id"));
        });
        step("volunteers", () -> {
            volunteerId = theDemoVolunteer();
            own.put("volunteers", volunteerId);
            own.put("members", volunteerId);
            unrelated.put("volunteers", registerVolunteer(OWN_DISTRICT, List.of()));
            own.put("expert-volunteers", registerVolunteer(OWN_DISTRICT, List.of("执业医师")));
        });
        step("tasks", () -> {
            // a volunteer holds one task per time slot: the reported visit is done before the open one is set
            own.put("reported-task", eventually("volunteer-service knows the families", this::reportedTask));
            own.put("tasks", newTask(familyId, volunteerId, OffsetDateTime.now(XIAMEN).minusMinutes(10)));
            unrelated.put("tasks", newTask(unrelated.get("families"), unrelated.get("volunteers"),
                    OffsetDateTime.now(XIAMEN).minusMinutes(10)));
            eventually("family-service opened the volunteer's visit card", () ->
                    as("volunteer").get("/api/family/families/" + familyId + "/visit-card").statusCode() == 200 ? true : null);
        });
        step("campaigns", () -> {
            own.put("campaigns", campaign(OWN_DISTRICT, familyId));
            own.put("calls", nextCall("city", own.get("campaigns")));
            unrelated.put("campaigns", campaign(OTHER_DISTRICT, own.get("huli-family")));
            unrelated.put("calls", nextCall("huli", unrelated.get("campaigns")));
            own.put("closure-campaign", campaign(OWN_DISTRICT, familyId));
        });
        step("experts", () -> own.put("experts", created("city", "POST /api/volunteer/experts")));
        step("teams", () -> own.put("teams", created("city", "POST /api/volunteer/teams")));
        step("corrections", () -> own.put("corrections", as("volunteer").contentType(ContentType.JSON)
                .body(Map.of("volunteerId", volunteerId, "minutes", 30, "reason", "忘记签退，实际服务至 11:30"))
                .post("/api/volunteer/service-hours/corrections").then().statusCode(201).extract().path("id")));
        step("insurance", () -> {
            insuredPersonId = as("city").contentType(ContentType.JSON).body(Map.of("familyId", familyId, "name", "王某某",
                            "identityNumber", WalkingSkeletonTest.newIdNumber(), "coveredFrom", "2024-01-01"))
                    .post("/api/insurance/enrolments").then().statusCode(201).extract().path("id");
            own.put("enrolments", insuredPersonId);
            own.put("coverage", insuredPersonId);
            String year = String.valueOf(OffsetDateTime.now(XIAMEN).getYear());
            own.put("premium-budgets", year);
            own.put("budgets", year);
            own.put("renewals", String.valueOf(Integer.parseInt(year) + 1));
            as("city").contentType(ContentType.JSON).body(Map.of("amount", "1200000.00"))
                    .put("/api/insurance/premium-budgets/" + year).then().statusCode(200);
            // the district coordinator reaches the person once insurance-service has the family's district
            eventually("insurance-service knows the family's district", () ->
                    as("siming").get("/api/insurance/enrolments/" + insuredPersonId).statusCode() == 200 ? true : null);
            own.put("claims", claim("hospital-xianyue", "2025-03-02", "2025-03-12", "1280.50"));
            claim("hospital-zhongshan", "2025-05-02", "2025-05-06", "800.00");
        });
        step("payment batch", () -> own.put("payment-batches", paymentBatch()));
        step("care-home", () -> {
            siteId = as("city").contentType(ContentType.JSON).body(site()).post("/api/care-home/sites")
                    .then().statusCode(201).extract().path("id");
            own.put("sites", siteId);
            own.put("site-compliance", siteId);
            own.put("managers", "site-helper");
            own.put("activities", eventually("care-home-service knows the expert volunteer",
                    () -> activity("FREE_CLINIC", List.of(own.get("expert-volunteers")))));
            own.put("held-activity", activity("LECTURE", List.of()));
            String activity = own.get("activities");
            eventually("care-home-service knows the family", () -> as("city")
                    .put("/api/care-home/activities/" + activity + "/registrations/" + familyId).statusCode() == 200 ? true : null);
            eventually("care-home-service knows the volunteer", () -> as("city")
                    .put("/api/care-home/sites/" + siteId + "/volunteers/" + volunteerId).statusCode() / 100 == 2 ? true : null);
        });
        step("supervision", () -> {
            own.put("indicators", "FAMILIES");
            own.put("districts", OWN_DISTRICT);
            own.put("targets", created("city", "POST /api/supervision/targets"));
            // the contact-cadence rule raises an alert for a family nobody has contacted yet, on its next scan
            own.put("alerts", eventually("the gateway raised an alert in 思明区", () -> {
                List<String> ids = as("city").queryParam("district", OWN_DISTRICT).queryParam("status", "OPEN")
                        .get("/api/supervision/alerts").then().statusCode(200).extract().path("items.id");
                return ids.isEmpty() ? null : ids.get(0);
            }));
        });
    }

    private String registerFamily(String district, String street) {
        return as("city").contentType(ContentType.JSON)
                .body(Map.of("category", "BEREAVED", "districtCode", district, "street", street,
                        "community", "矩阵社区", "address", "测试路 1 号 101 室", "members", List.of(member())))
                .post("/api/family/families").then().statusCode(201).extract().path("id");
    }

    private static Map<String, Object> member() {
        return Map.of("name", "陈美华", "relation", "MOTHER", "idNumber", WalkingSkeletonTest.newIdNumber(),
                "phone", phone(), "livingAlone", true);
    }

    private static String phone() {
        return "139" + (10_000_000 + ThreadLocalRandom.current().nextInt(89_999_999));
    }

    /** The member linked to the demo login {@code volunteer}, registered and activated on first use. */
    private String theDemoVolunteer() {
        Response me = as("volunteer").get("/api/volunteer/volunteers/me");
        if (me.statusCode() == 200) {
            return me.path("id");
        }
        String id = as("city").contentType(ContentType.JSON)
                .body(Map.of("name", "张敏", "phone", phone(), "districtCode", OWN_DISTRICT, "kind", "VOLUNTEER",
                        "skills", List.of("HOME_VISIT", "PHONE_CONTACT"), "username", "volunteer"))
                .post("/api/volunteer/volunteers").then().statusCode(201).extract().path("id");
        activate(id);
        return id;
    }

    private String registerVolunteer(String district, List<String> qualifications) {
        String id = as("city").contentType(ContentType.JSON)
                .body(Map.of("name", "林美玲", "phone", phone(), "districtCode", district, "kind", "VOLUNTEER",
                        "skills", List.of("HOME_VISIT", "PHONE_CONTACT"), "qualifications", qualifications))
                .post("/api/volunteer/volunteers").then().statusCode(201).extract().path("id");
        activate(id);
        return id;
    }

    private static void activate(String volunteer) {
        as("city").contentType(ContentType.JSON).body(Map.of("status", "ACTIVE", "reason", "培训合格"))
                .post("/api/volunteer/volunteers/" + volunteer + "/status").then().statusCode(200);
    }

    /**
     * A home visit for the family from {@code start} for an hour, assigned to the volunteer; null while
     * volunteer-service lacks the family.
     */
    private static String newTask(String family, String volunteer, OffsetDateTime start) {
        Response created = as("city").contentType(ContentType.JSON)
                .body(Map.of("familyId", family, "kind", "HOME_VISIT", "windowStart", start.toString(),
                        "windowEnd", start.plusHours(1).toString(), "verification", "CODE"))
                .post("/api/volunteer/tasks");
        if (created.statusCode() != 201) {
            return null;
        }
        String task = created.path("id");
        expect(as("city").contentType(ContentType.JSON).body(Map.of("volunteerId", volunteer))
                .post("/api/volunteer/tasks/" + task + "/assignment"), 200);
        return task;
    }

    private final java.util.concurrent.atomic.AtomicInteger slots = new java.util.concurrent.atomic.AtomicInteger();
    private final java.util.concurrent.atomic.AtomicInteger guardianPlaces = new java.util.concurrent.atomic.AtomicInteger();

    /** A task of the volunteer's for one of a task's steps, in a future slot no other task of theirs holds. */
    private String freshTask() {
        OffsetDateTime start = OffsetDateTime.now(XIAMEN).plusDays(2).withMinute(0).withSecond(0).withNano(0)
                .plusHours(2L * slots.incrementAndGet());
        return newTask(familyId, volunteerId, start);
    }

    /** The response, or an error naming the status and body it came with instead. */
    static Response expect(Response response, int status) {
        if (response.statusCode() != status) {
            throw new AssertionError("expected " + status + ", got " + response.statusCode() + ": "
                    + response.asString());
        }
        return response;
    }

    /** A visit the volunteer made and reported: check-in with the family's code, then the completion. */
    private String reportedTask() {
        String task = newTask(familyId, volunteerId, OffsetDateTime.now(XIAMEN).minusMinutes(10));
        if (task == null) {
            return null;
        }
        as("volunteer").post("/api/volunteer/tasks/" + task + "/accept").then().statusCode(200);
        String code = as("city").get("/api/volunteer/check-in-codes/" + familyId).then().statusCode(200)
                .extract().path("code");
        as("volunteer").contentType(ContentType.JSON).body(Map.of("code", code))
                .post("/api/volunteer/tasks/" + task + "/check-in").then().statusCode(200);
        as("volunteer").contentType(ContentType.JSON).body(Map.of("wellbeing", 4, "notes", "老人情绪平稳"))
                .post("/api/volunteer/tasks/" + task + "/completion").then().statusCode(200);
        return task;
    }

    private String campaign(String district, String family) {
        String coordinator = district.equals(OWN_DISTRICT) ? "siming" : "huli";
        return eventually("volunteer-service knows the campaign's family", () -> {
            Response created = as(coordinator).contentType(ContentType.JSON)
                    .body(Map.of("name", "寒潮关怀电话", "purpose", "WELFARE_CHECK", "districtCode", district,
                            "familyIds", List.of(family)))
                    .post("/api/volunteer/campaigns");
            return created.statusCode() == 201 ? created.path("id") : null;
        });
    }

    private static String nextCall(String caller, String campaign) {
        return as(caller).post("/api/volunteer/campaigns/" + campaign + "/next-call")
                .then().statusCode(200).extract().path("id");
    }

    private String claim(String hospital, String admission, String discharge, String amount) {
        return as(hospital).contentType(ContentType.JSON).header("Idempotency-Key", UUID.randomUUID().toString())
                .body(claimBody(admission, discharge, amount))
                .post("/api/insurance/claims").then().statusCode(201).extract().path("id");
    }

    private Map<String, Object> claimBody(String admission, String discharge, String amount) {
        return Map.of("patient", Map.of("insuredPersonId", insuredPersonId), "setting", "INPATIENT",
                "admissionDate", admission, "dischargeDate", discharge,
                "inpatientDays", (int) java.time.temporal.ChronoUnit.DAYS.between(
                        java.time.LocalDate.parse(admission), java.time.LocalDate.parse(discharge)),
                "diagnosisCodes", List.of("I63.9"),
                "items", List.of(Map.of("description", "阿司匹林肠溶片", "category", "MEDICINE", "amount", amount)));
    }

    /** A month's payment to hospital-xianyue, for an approved claim of that month. */
    private String paymentBatch() {
        String claim = claim("hospital-xianyue", "2025-04-01", "2025-04-03", "300.00");
        String status = as("city").get("/api/insurance/claims/" + claim).path("status");
        if (!status.contains("APPROVED")) {
            as("city").contentType(ContentType.JSON).body(Map.of("decision", "APPROVE"))
                    .post("/api/insurance/claims/" + claim + "/reviews").then().statusCode(200);
        }
        return as("city").contentType(ContentType.JSON).body(Map.of("hospitalId", "H-XIANYUE", "month", "2025-04"))
                .post("/api/insurance/payment-batches").then().statusCode(201).extract().path("id");
    }

    private static Map<String, Object> site() {
        return Map.of("name", "矩阵暖心家园" + ThreadLocalRandom.current().nextInt(1_000_000), "districtCode", OWN_DISTRICT,
                "street", "鼓浪屿街道", "address", "鼓浪屿龙头路 28 号", "openingHours", "周一至周五 8:30-17:30",
                "demonstrationLevel", "NONE");
    }

    /** An activity at the site a week ahead; null while the site's service does not know the experts yet. */
    private String activity(String kind, List<String> experts) {
        OffsetDateTime start = OffsetDateTime.now(XIAMEN).plusDays(7).withNano(0);
        Response created = as("city").contentType(ContentType.JSON)
                .body(Map.of("siteId", siteId, "kind", kind, "title", "矩阵测试活动", "startsAt", start.toString(),
                        "endsAt", start.plusHours(2).toString(), "capacity", 30, "expertIds", experts))
                .post("/api/care-home/activities");
        return created.statusCode() == 201 ? created.path("id") : null;
    }

    /** Creates with the operation's own body (as the matrix would send it) and answers the new object's id. */
    private String created(String caller, String operation) {
        Map<String, Object> body = body(operations.get(operation), Column.CITY);
        return expect(as(caller).contentType(ContentType.JSON).body(body).post(operations.get(operation).path()), 201)
                .path("id");
    }

    static RequestSpecification as(String caller) {
        return given().auth().oauth2(Keycloak.token(caller));
    }

    static <T> T eventually(String what, Supplier<T> attempt) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(120));
        while (Instant.now().isBefore(deadline)) {
            T result = attempt.get();
            if (result != null) {
                return result;
            }
            try {
                Thread.sleep(300);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
        throw new AssertionError("set-up timed out waiting until " + what);
    }

    // ---------------------------------------------------------------- filling in one cell's call

    private static final Pattern PARAMETER = Pattern.compile("\\{([^}]+)}");

    /** Operations whose object is used up by the call: they get one of their own. */
    private static final Map<String, Map<String, String>> OWN_OBJECT = Map.of(
            "POST /api/family/families/{id}/closure", Map.of("families", "closure-family"),
            "POST /api/volunteer/campaigns/{id}/close", Map.of("campaigns", "closure-campaign"),
            "POST /api/care-home/activities/{id}/held", Map.of("activities", "held-activity"),
            "GET /api/volunteer/tasks/{taskId}/report", Map.of("tasks", "reported-task"),
            // its guardians are made for the removals, apart from those the additions make
            "DELETE /api/family/families/{familyId}/guardians/{guardianId}", Map.of("families", "guardian-family"));

    /** A task's steps move it on for good: each call gets a fresh task of the volunteer's (unless unrelated). */
    private static final Pattern TASK_STEP = Pattern.compile("POST /api/volunteer/tasks/\\{[^}]+}/[a-z-]+");

    /**
     * The concrete path of the operation for this column, after whatever the call needs to exist first;
     * {@code letThrough} when the cell expects the call to pass (a removal then gets an object of its own).
     */
    String path(ApiOperation operation, Column column, boolean letThrough) {
        Map<String, String> values = new HashMap<>();
        Matcher parameters = PARAMETER.matcher(operation.path());
        while (parameters.find()) {
            String segment = segmentBefore(operation.path(), parameters.start());
            String fixture = OWN_OBJECT.getOrDefault(operation.key(), Map.of()).getOrDefault(segment, segment);
            String value = column.unrelatedObjects && unrelated.containsKey(segment) ? unrelated.get(segment)
                    : own.get(fixture);
            boolean putBackFirst = operation.method().equals("DELETE") && parameters.end() == operation.path().length();
            if (value == null && putBackFirst) {
                // the object a removal removes is created for it below
                value = "";
            }
            if (value == null) {
                throw new IllegalStateException("no fixture for {" + parameters.group(1) + "} after /" + segment
                        + "/ in " + operation.key() + ": add one to MatrixFixtures");
            }
            values.put(parameters.group(1), value);
        }
        if (TASK_STEP.matcher(operation.key()).matches() && !column.unrelatedObjects) {
            values.replaceAll((name, value) -> value.equals(own.get("tasks")) ? freshTask() : value);
        }
        String path = fill(operation.path(), values);
        if (operation.method().equals("DELETE")) {
            path = recreate(operation, column, values, path, letThrough);
        }
        return path;
    }

    /**
     * Puts back what a removal removes: a new one created by the POST on its collection, or else the PUT of the same
     * path (as the city coordinator, and as the caller for their own {@code /me}).
     */
    private final Map<String, String> standing = new HashMap<>();

    private String recreate(ApiOperation operation, Column column, Map<String, String> values, String path,
                            boolean letThrough) {
        String collection = operation.path().substring(0, operation.path().lastIndexOf('/'));
        ApiOperation put = operations.get("PUT " + operation.path());
        if (put != null && !operations.containsKey("POST " + collection)) {
            as("city").contentType(ContentType.JSON).body(bodyOrEmpty(put, column)).put(path);
            if (column.caller != null && operation.path().endsWith("/me")) {
                as(column.caller).contentType(ContentType.JSON).body(bodyOrEmpty(put, column)).put(path);
            }
            return path;
        }
        ApiOperation post = operations.get("POST " + collection);
        if (post == null) {
            throw new IllegalStateException("no PUT or POST puts back what " + operation.key() + " removes");
        }
        String parameter = operation.path().substring(operation.path().lastIndexOf('{') + 1, operation.path().length() - 1);
        // a removal that is to be refused aims at one standing object; one to pass removes one made for it
        Supplier<String> create = () -> expect(as("city").contentType(ContentType.JSON).body(bodyOrEmpty(post, column))
                .post(fill(collection, values)), 201).path("id");
        values.put(parameter, letThrough ? create.get()
                : standing.computeIfAbsent(operation.key() + " " + fill(collection, values), key -> create.get()));
        return fill(operation.path(), values);
    }

    private Object bodyOrEmpty(ApiOperation operation, Column column) {
        Map<String, Object> body = body(operation, column);
        return body == null ? Map.of() : body;
    }

    private static String segmentBefore(String path, int parameterStart) {
        String before = path.substring(0, parameterStart - 1);
        return before.substring(before.lastIndexOf('/') + 1);
    }

    private static String fill(String template, Map<String, String> values) {
        Matcher matcher = PARAMETER.matcher(template);
        StringBuilder path = new StringBuilder();
        while (matcher.find()) {
            matcher.appendReplacement(path, Matcher.quoteReplacement(values.get(matcher.group(1))));
        }
        matcher.appendTail(path);
        return path.toString();
    }

    /** Query parameters an operation cannot do without. */
    static Map<String, String> query(ApiOperation operation) {
        return operation.key().equals("GET /api/family/families/{id}/full") ? Map.of("purpose", "权限矩阵测试") : Map.of();
    }

    /**
     * The JSON body: the example values of the operation's request schema in its OpenAPI document, with the
     * fields that must name this run's objects (or be new each time) set from the fixtures. Null without a body.
     */
    Map<String, Object> body(ApiOperation operation, Column column) {
        JsonNode schema = operation.requestSchema();
        if (schema == null) {
            return null;
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> body = (Map<String, Object>) example(operation, schema, 0);
        Map<String, Object> result = body == null ? new LinkedHashMap<>() : new LinkedHashMap<>(body);
        Function<MatrixFixtures, Map<String, Object>> overrides = OVERRIDES.get(operation.key());
        if (overrides != null) {
            overrides.apply(this).forEach((field, value) -> {
                if (value == REMOVE) {
                    result.remove(field);
                } else {
                    result.put(field, value);
                }
            });
        }
        return result;
    }

    private static final Object REMOVE = new Object();

    private static final Map<String, Function<MatrixFixtures, Map<String, Object>>> OVERRIDES = Map.ofEntries(
            Map.entry("POST /api/family/families", f -> Map.of("districtCode", OWN_DISTRICT, "street", "莲前街道",
                    "members", List.of(member()))),
            Map.entry("POST /api/volunteer/volunteers", f -> Map.of("phone", phone(), "username", REMOVE,
                    "districtCode", OWN_DISTRICT)),
            Map.entry("PUT /api/volunteer/volunteers/{id}/account", f -> Map.of("username", "volunteer")),
            Map.entry("POST /api/volunteer/tasks", f -> Map.of("familyId", f.familyId,
                    "windowStart", OffsetDateTime.now(XIAMEN).plusDays(1).toString(),
                    "windowEnd", OffsetDateTime.now(XIAMEN).plusDays(1).plusHours(2).toString(),
                    "requiredSkills", REMOVE)),
            Map.entry("POST /api/volunteer/tasks/{id}/assignment", f -> Map.of("volunteerId", f.volunteerId,
                    "version", REMOVE)),
            Map.entry("POST /api/volunteer/tasks/{id}/decline", f -> Map.of("version", REMOVE)),
            Map.entry("POST /api/volunteer/tasks/{id}/cancel", f -> Map.of("version", REMOVE)),
            Map.entry("POST /api/volunteer/campaigns", f -> Map.of("districtCode", OWN_DISTRICT,
                    "familyIds", List.of(f.familyId), "volunteerIds", REMOVE)),
            Map.entry("POST /api/volunteer/service-hours/corrections", f -> Map.of("volunteerId", f.volunteerId,
                    "taskId", REMOVE)),
            Map.entry("POST /api/volunteer/service-hours/corrections/{id}/decision", f -> Map.of("version", REMOVE)),
            Map.entry("POST /api/insurance/enrolments", f -> Map.of("familyId", f.familyId,
                    "identityNumber", WalkingSkeletonTest.newIdNumber(), "coveredFrom", "2024-01-01")),
            Map.entry("POST /api/insurance/claims", f -> f.claimBody("2025-06-02", "2025-06-05", "500.00")),
            Map.entry("POST /api/insurance/claims/{id}/reviews", f -> Map.of("decision", "APPROVE",
                    "medicalBenefit", REMOVE)),
            Map.entry("POST /api/care-home/sites", f -> site()),
            Map.entry("POST /api/care-home/activities", f -> Map.of("siteId", f.siteId, "kind", "LECTURE",
                    "startsAt", OffsetDateTime.now(XIAMEN).plusDays(8).withNano(0).toString(),
                    "endsAt", OffsetDateTime.now(XIAMEN).plusDays(8).plusHours(2).withNano(0).toString(),
                    "expertIds", REMOVE)),
            Map.entry("POST /api/care-home/activities/{id}/attendance", f -> Map.of("familyId", f.familyId,
                    "walkIn", false)),
            Map.entry("POST /api/care-home/activities/{id}/feedback", f -> Map.of("familyId", f.familyId)),
            Map.entry("POST /api/care-home/activities/{id}/held", f -> Map.of("mealsServed", REMOVE)),
            Map.entry("POST /api/supervision/targets", f -> Map.of("districtCode", OWN_DISTRICT,
                    "name", "联系人全覆盖 " + ThreadLocalRandom.current().nextInt(1_000_000))),
            // a family's guardians each have their own place in the order of contact (1–9): the additions take
            // places 2–9 in turn, the removals' own family (see OWN_OBJECT) the next ones
            Map.entry("POST /api/family/families/{familyId}/guardians", f -> Map.of("priority",
                    2 + f.guardianPlaces.getAndIncrement() % 8)),
            Map.entry("POST /api/care-home/sites/{siteId}/partners", f -> Map.of("name",
                    "厦门市心理咨询师协会 " + ThreadLocalRandom.current().nextInt(1_000_000))),
            // the document's example of the contract is "true", not a contract
            Map.entry("PUT /api/family/families/{familyId}/support-plan", f -> Map.of("familyDoctor", Map.of(
                    "doctorName", "黄志明", "institution", "鼓浪屿社区卫生服务中心", "signedOn", "2026-03-01"))));

    /** The schema's example: OpenAPI 3.1 documents keep them in an {@code examples} array, 3.0 in {@code example}. */
    private static JsonNode exampleOf(JsonNode schema) {
        if (schema.has("examples") && schema.get("examples").isArray() && !schema.get("examples").isEmpty()) {
            return schema.get("examples").get(0);
        }
        return schema.has("example") ? schema.get("example") : null;
    }

    /** An example as the API takes it; a list or object example written as a JSON string is read as JSON. */
    private static Object value(JsonNode example) {
        String text = example.isTextual() ? example.asText().strip() : "";
        if (text.startsWith("[") || text.startsWith("{")) {
            try {
                return JSON.readValue(text, Object.class);
            } catch (java.io.IOException e) {
                return text;
            }
        }
        return JSON.convertValue(example, Object.class);
    }

    /** An example value for the schema: its own example, the first of its enum, or one built from its parts. */
    private static Object example(ApiOperation operation, JsonNode schema, int depth) {
        if (schema == null || depth > 8) {
            return null;
        }
        JsonNode own = exampleOf(schema);
        if (own != null) {
            return value(own);
        }
        JsonNode resolved = operation.resolve(schema);
        if (resolved == null) {
            return null;
        }
        JsonNode shared = exampleOf(resolved);
        if (shared != null) {
            return value(shared);
        }
        if (resolved.has("enum")) {
            return resolved.get("enum").get(0).asText();
        }
        String type = resolved.path("type").asText("");
        if (type.equals("array")) {
            Object item = example(operation, resolved.get("items"), depth + 1);
            return item == null ? List.of() : List.of(item);
        }
        if (type.equals("object") || resolved.has("properties")) {
            Map<String, Object> object = new LinkedHashMap<>();
            for (Iterator<Map.Entry<String, JsonNode>> properties = resolved.path("properties").fields(); properties.hasNext(); ) {
                Map.Entry<String, JsonNode> property = properties.next();
                Object value = example(operation, property.getValue(), depth + 1);
                if (value != null) {
                    object.put(property.getKey(), value);
                }
            }
            return object;
        }
        return null;
    }
}
