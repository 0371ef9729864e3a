package org.nuanxin.common.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.restassured.RestAssured;
import io.restassured.config.EncoderConfig;
import io.restassured.config.HttpClientConfig;
import io.restassured.http.ContentType;
import io.restassured.config.RestAssuredConfig;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.RandomGenerator;
import net.jqwik.api.Shrinkable;
import net.jqwik.engine.execution.lifecycle.CurrentTestDescriptor;
import org.junit.platform.engine.TestDescriptor;
import org.junit.platform.engine.UniqueId;
import org.junit.platform.engine.support.descriptor.EngineDescriptor;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Bad-input fuzzing of a service's whole API, driven by the service's own OpenAPI document: for every operation,
 * jqwik generates requests that are wrong by the document's own rules — a wrong JSON type, a string beyond its
 * {@code maxLength}, a value outside its pattern, format or enum (SQL, script and unicode payloads among them), a
 * number below its minimum or beyond {@code long}, a missing required field, an unknown field, a duplicated key,
 * NUL or a lone surrogate in a string, malformed JSON, the wrong content type, a broken path or query parameter —
 * and each must be answered with a 4xx {@code application/problem+json} without a stack trace, by a caller whose
 * role the operation allows (so authorization does not hide the validation).
 * <p>
 * jqwik's engine cannot run inside a {@code @QuarkusTest}, so the properties are driven from a Jupiter test: each
 * kind of attack is a jqwik {@link Arbitrary}, drawn from with a seeded {@link Random}; the first failing request is
 * shrunk through jqwik's own {@link Shrinkable#shrink()} to the simplest request that still fails, and reported
 * with the seed that reproduces it ({@code -Dnuanxin.fuzz.seed=...}).
 */
public final class OpenApiFuzz {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> METHODS = Set.of("get", "post", "put", "patch", "delete");
    private static final String LONE_SURROGATE = "@@lone-surrogate@@";
    /** Texts that must never reach a query or a page unescaped; each is wrong wherever a pattern, format or enum applies. */
    private static final List<String> PAYLOADS = List.of(
            "' OR '1'='1", "'; DROP TABLE family; --", "1; SELECT pg_sleep(0)--", "\" OR \"\"=\"", "%' AND 1=1 --",
            "<script>alert(1)</script>", "<img src=x onerror=alert(1)>", "javascript:alert(1)", "{{7*7}}", "${jndi:ldap://x/a}",
            "../../../../etc/passwd", "%00", "\\", "\"", "null", "NaN", "-Infinity", "true", "[]", "{}",
            "\u202Eevil\u202C", "مرحبا\u200F", "😀👨‍👩‍👧", "e\u0301\u0301\u0301\u0301", "Z\u0336\u0337\u0338",
            "\uFEFF", "\u3000", "ｓｅｌｅｃｔ", "𠜎𠜱𠝹", "\u0007\u001B[31m");
        /** Strings of awkward characters: CJK, RTL marks, combining marks, quotes, escapes, whitespace. */
    private static net.jqwik.api.arbitraries.StringArbitrary awkwardStrings() {
        return Arbitraries.strings().withCharRange('a', 'z').withCharRange('\u4e00', '\u4fff')
                .withChars('\u202E', '\u200F', '\u0301', '\'', '"', '<', '>', '\\', ' ', '\t', '\n', 'é');
    }

    /**
     * jqwik's generators keep their memo in the store of the property being run, and refuse to run outside one; the
     * drawing and shrinking below run as this descriptor, as jqwik's own {@code Arbitrary.sampleStream()} does.
     */
    private static final TestDescriptor FUZZ = new EngineDescriptor(UniqueId.forEngine("nuanxin-openapi-fuzz"), "OpenApiFuzz");

    /**
     * A request that gets no answer (a live stream opened by a request that should have been refused) fails after a
     * while instead of holding the build; it is never a success.
     */
    private static final RestAssuredConfig NO_HANGING = RestAssuredConfig.config().httpClient(HttpClientConfig.httpClientConfig()
            .setParam("http.connection.timeout", 10_000).setParam("http.socket.timeout", 30_000))
            // the body goes as the bytes given, whatever the content type claims
            .encoderConfig(EncoderConfig.encoderConfig().encodeContentTypeAs("application/x-www-form-urlencoded", ContentType.TEXT));

    private OpenApiFuzz() {
    }

    /** One operation of the document, e.g. {@code POST /api/families}, with what it declares. */
    public record Operation(String method, String path, JsonNode spec, JsonNode document) {

        public String name() {
            return method.toUpperCase() + " " + path;
        }

        /** The roles allowed to call it, as the document's security requirement lists them; empty when public. */
        public List<String> roles() {
            List<String> roles = new ArrayList<>();
            spec.path("security").forEach(requirement -> requirement.fields()
                    .forEachRemaining(scheme -> scheme.getValue().forEach(role -> roles.add(role.asText()))));
            return roles;
        }

        public boolean mutates() {
            return !method.equals("get");
        }

        /** The schema of its {@code application/json} request body, resolved; empty when it takes none. */
        public Optional<JsonNode> jsonBody() {
            JsonNode schema = spec.path("requestBody").path("content").path("application/json").path("schema");
            return schema.isMissingNode() ? Optional.empty() : Optional.of(resolve(document, schema));
        }

        /** The media type of its body if that is JSON or a JSON dialect ({@code application/fhir+json}); else null. */
        String jsonMediaType() {
            Iterator<String> types = spec.path("requestBody").path("content").fieldNames();
            while (types.hasNext()) {
                String type = types.next();
                if (type.equals("application/json") || type.endsWith("+json")) {
                    return type;
                }
            }
            return null;
        }

        List<JsonNode> parameters(String in) {
            List<JsonNode> found = new ArrayList<>();
            spec.path("parameters").forEach(p -> {
                if (in.equals(p.path("in").asText())) {
                    found.add(p);
                }
            });
            return found;
        }

        @Override
        public String toString() {
            return name();
        }
    }

    /** A request to send, and why it is wrong. */
    public record Attack(String why, String method, String path, Map<String, String> query,
                         Map<String, String> headers, String contentType, String body, String field) {

        @Override
        public String toString() {
            StringBuilder text = new StringBuilder(method.toUpperCase()).append(' ').append(path);
            if (!query.isEmpty()) {
                text.append('?').append(query.entrySet().stream().map(e -> e.getKey() + "=" + shorten(e.getValue()))
                        .collect(Collectors.joining("&")));
            }
            headers.forEach((name, value) -> text.append(" [").append(name).append(": ").append(shorten(value)).append(']'));
            if (contentType != null) {
                text.append(" [Content-Type: ").append(contentType).append(']');
            }
            if (body != null) {
                text.append(' ').append(shorten(body.replace(LONE_SURROGATE, "\\ud800")));
            }
            return why + ": " + text;
        }
    }

    /** The operations of a running service's own document ({@code /q/openapi}). */
    public static List<Operation> operations() {
        String text = RestAssured.given().noFilters().queryParam("format", "json").get("/q/openapi")
                .then().statusCode(200).extract().asString();
        try {
            return operations(JSON.readTree(text));
        } catch (java.io.IOException e) {
            throw new IllegalStateException("the OpenAPI document is not JSON", e);
        }
    }

    public static List<Operation> operations(JsonNode document) {
        List<Operation> operations = new ArrayList<>();
        document.path("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(op -> {
            if (METHODS.contains(op.getKey())) {
                operations.add(new Operation(op.getKey(), path.getKey(), op.getValue(), document));
            }
        }));
        return operations;
    }

    /**
     * Every kind of wrong request this operation can be sent, each as a jqwik arbitrary, keyed by kind ("wrong type",
     * "too long", ...). An operation without parameters or body still gets an unacceptable {@code Accept}.
     */
    public static Map<String, Arbitrary<Attack>> attacks(Operation operation) {
        Map<String, Arbitrary<Attack>> attacks = new LinkedHashMap<>();
        Request valid = Request.valid(operation);
        String mediaType = operation.jsonMediaType();
        if (mediaType != null) {
            JsonNode schema = resolve(operation.document(),
                    operation.spec().path("requestBody").path("content").path(mediaType).path("schema"));
            JsonNode drawn = exampleOf(operation.document(), schema);
            ObjectNode example = drawn.isObject() ? (ObjectNode) drawn : JsonNodeFactory.instance.objectNode();
            List<Slot> slots = new ArrayList<>();
            collectSlots(operation.document(), schema, new ArrayList<>(), slots);
            BodyAttacks body = new BodyAttacks(valid, example, mediaType);
            body.wrongTypes(slots).ifPresent(a -> attacks.put("wrong JSON type", a));
            body.tooLong(slots).ifPresent(a -> attacks.put("beyond maxLength/maxItems", a));
            body.outsidePattern(slots).ifPresent(a -> attacks.put("outside pattern, format or enum", a));
            body.outOfRange(slots).ifPresent(a -> attacks.put("number out of range", a));
            body.missingRequired(slots).ifPresent(a -> attacks.put("required field missing or null", a));
            body.controlCharacters(slots).ifPresent(a -> attacks.put("NUL or lone surrogate in a string", a));
            attacks.put("unknown field", body.unknownField());
            attacks.put("duplicated key", body.duplicatedKey());
            attacks.put("malformed JSON", body.malformed());
            attacks.put("wrong content type", body.wrongContentType());
            if (!mediaType.equals("application/json")) {
                // a JSON dialect (FHIR) names its own paths ("Claim.item[0].net"), not the fields of a schema
                attacks.replaceAll((kind, arbitrary) -> arbitrary.map(a -> new Attack(a.why(), a.method(), a.path(),
                        a.query(), a.headers(), a.contentType(), a.body(), null)));
            }
        }
        ParameterAttacks.of(valid, "path").ifPresent(a -> attacks.put("invalid path parameter", a));
        ParameterAttacks.of(valid, "query").ifPresent(a -> attacks.put("invalid query parameter", a));
        ParameterAttacks.of(valid, "header").ifPresent(a -> attacks.put("invalid header", a));
        if (attacks.isEmpty()) {
            attacks.put("unacceptable Accept", Arbitraries.of("application/xml", "text/csv", "image/png")
                    .map(accept -> valid.with("Accept " + accept).header("Accept", accept).attack()));
        }
        return attacks;
    }

    /**
     * Sends {@code tries} requests of every kind of attack on the operation, as the given bearer token; returns the
     * first failure, shrunk, or empty when every answer was a proper 4xx problem.
     */
    public static Optional<String> falsify(Operation operation, String token, int tries, long seed) {
        Random random = new Random(seed ^ operation.name().hashCode());
        for (Map.Entry<String, Arbitrary<Attack>> kind : attacks(operation).entrySet()) {
            Optional<String> failure = falsify(kind.getValue(), tries, random, attack -> answer(attack, token));
            if (failure.isPresent()) {
                return Optional.of(operation.name() + ", " + kind.getKey() + " (seed " + seed + "):\n  " + failure.get());
            }
        }
        return Optional.empty();
    }

    /**
     * The property loop: draws {@code tries} values; on the first that {@code check} finds wrong (a non-null
     * reason), walks jqwik's shrink candidates to the simplest value still wrong.
     */
    public static <T> Optional<String> falsify(Arbitrary<T> arbitrary, int tries, Random random, Function<T, String> check) {
        return CurrentTestDescriptor.runWithDescriptor(FUZZ, () -> falsifyInJqwik(arbitrary, tries, random, check));
    }

    private static <T> Optional<String> falsifyInJqwik(Arbitrary<T> arbitrary, int tries, Random random, Function<T, String> check) {
        RandomGenerator<T> generator = arbitrary.generator(Math.max(tries, 10));
        for (int i = 0; i < tries; i++) {
            Shrinkable<T> drawn = generator.next(random);
            String reason = check.apply(drawn.value());
            if (reason == null) {
                continue;
            }
            Shrinkable<T> smallest = drawn;
            int steps = 0;
            int budget = 150;
            boolean smaller = true;
            while (smaller && budget > 0) {
                smaller = false;
                Iterator<Shrinkable<T>> candidates = smallest.shrink().limit(20).iterator();
                while (candidates.hasNext() && budget-- > 0) {
                    Shrinkable<T> candidate = candidates.next();
                    String candidateReason = check.apply(candidate.value());
                    if (candidateReason != null) {
                        smallest = candidate;
                        reason = candidateReason;
                        steps++;
                        smaller = true;
                        break;
                    }
                }
            }
            return Optional.of("after " + (i + 1) + " tries, shrunk " + steps + " steps: " + smallest.value()
                    + "\n  → " + reason);
        }
        return Optional.empty();
    }

    /** The seed of this run: {@code -Dnuanxin.fuzz.seed} to repeat one, otherwise a new one. */
    public static long seed() {
        String fixed = System.getProperty("nuanxin.fuzz.seed");
        return fixed == null ? new Random().nextLong() : Long.parseLong(fixed);
    }

    public static Response send(Attack attack, String token) {
        RequestSpecification request = RestAssured.given().noFilters().urlEncodingEnabled(false).config(NO_HANGING);
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        attack.headers().forEach(request::header);
        attack.query().forEach((name, value) -> request.queryParam(name, encode(value)));
        if (attack.contentType() != null) {
            request.contentType(attack.contentType());
        }
        if (attack.body() != null) {
            request.body(utf8(attack.body()));
        }
        return request.request(attack.method(), attack.path());
    }

    private static String answer(Attack attack, String token) {
        try {
            return failureOf(send(attack, token), attack);
        } catch (Exception e) {
            return "no answer: " + e;
        }
    }

    /** Why the answer is not a proper refusal of bad input, or null when it is. */
    public static String failureOf(Response response, Attack attack) {
        int status = response.statusCode();
        String body = response.asString();
        String where = "answered " + status + " " + shorten(body);
        if (status < 400 || status >= 500) {
            return where + " — expected a 4xx";
        }
        if (status == 401 || status == 403) {
            return where + " — the caller's role is allowed, so this hides the validation";
        }
        if (!String.valueOf(response.contentType()).startsWith("application/problem+json")) {
            return where + " — content type " + response.contentType() + ", expected application/problem+json";
        }
        JsonNode problem;
        try {
            problem = JSON.readTree(body);
        } catch (java.io.IOException e) {
            return where + " — the problem is not JSON";
        }
        if (problem.path("status").asInt() != status || problem.path("type").asText().isEmpty()) {
            return where + " — the problem's status or type is missing or differs";
        }
        if (body.contains("Exception") || body.contains("\tat ") || body.contains("at org.") || body.contains("at java.")) {
            return where + " — the body shows an exception or a stack trace";
        }
        if (status == 400 && attack.field() != null && !names(problem, attack.field())) {
            return where + " — expected a violation naming " + attack.field();
        }
        return null;
    }

    private static boolean names(JsonNode problem, String field) {
        if (field.matches(".*\\[\\d+]$")) {
            // a violation of a list's element names the list ("qualifications" for qualifications[0])
            return names(problem, field.replaceAll("\\[\\d+]$", "")) || namesExactly(problem, field);
        }
        return namesExactly(problem, field);
    }

    private static boolean namesExactly(JsonNode problem, String field) {
        for (JsonNode violation : problem.path("violations")) {
            String named = violation.path("field").asText();
            if (named.equals(field) || named.endsWith("." + field) || named.endsWith("]." + field)
                    || named.startsWith(field + "[") || named.startsWith(field + ".") || named.contains("." + field + "[")
                    || named.contains("." + field + ".")) {
                return true;
            }
        }
        return false;
    }

    /** A JSON body made of the document's example (or first allowed) value of every property. */
    public static JsonNode exampleOf(JsonNode document, JsonNode schema) {
        JsonNode resolved = resolve(document, schema);
        JsonNode examples = resolved.path("examples");
        boolean wantsObject = typeOf(resolved).equals("object");
        if (examples.isArray() && !examples.isEmpty() && (!wantsObject || examples.get(0).isObject())) {
            return examples.get(0).deepCopy();
        }
        if (resolved.has("example")) {
            return resolved.get("example").deepCopy();
        }
        if (resolved.path("enum").isArray() && !resolved.path("enum").isEmpty()) {
            return resolved.path("enum").get(0).deepCopy();
        }
        if (resolved.has("default")) {
            return resolved.get("default").deepCopy();
        }
        String type = typeOf(resolved);
        switch (type) {
            case "object": {
                ObjectNode object = JsonNodeFactory.instance.objectNode();
                resolved.path("properties").fields().forEachRemaining(p -> object.set(p.getKey(), exampleOf(document, p.getValue())));
                return object;
            }
            case "array": {
                ArrayNode array = JsonNodeFactory.instance.arrayNode();
                if (resolved.has("items")) {
                    array.add(exampleOf(document, resolved.get("items")));
                }
                return array;
            }
            case "integer":
                return JsonNodeFactory.instance.numberNode(Math.max(1, resolved.path("minimum").asLong(1)));
            case "number":
                return JsonNodeFactory.instance.numberNode(1);
            case "boolean":
                return JsonNodeFactory.instance.booleanNode(true);
            default:
                return switch (resolved.path("format").asText()) {
                    case "date" -> JsonNodeFactory.instance.textNode("2026-01-15");
                    case "date-time" -> JsonNodeFactory.instance.textNode("2026-01-15T09:30:00+08:00");
                    case "uuid" -> JsonNodeFactory.instance.textNode(UUID.randomUUID().toString());
                    default -> JsonNodeFactory.instance.textNode("示例");
                };
        }
    }

    /** The schema itself, or the component its {@code $ref} names, merged with the reference's own keywords. */
    static JsonNode resolve(JsonNode document, JsonNode schema) {
        JsonNode current = schema;
        for (int depth = 0; depth < 10 && current.has("$ref"); depth++) {
            String ref = current.get("$ref").asText();
            JsonNode target = document.at(ref.substring(1));
            ObjectNode merged = target.isObject() ? ((ObjectNode) target).deepCopy() : JsonNodeFactory.instance.objectNode();
            current.fields().forEachRemaining(f -> {
                if (!f.getKey().equals("$ref")) {
                    merged.set(f.getKey(), f.getValue());
                }
            });
            current = merged;
        }
        if (current.has("allOf") && current.get("allOf").size() == 1 && !current.has("properties")) {
            return resolve(document, current.get("allOf").get(0));
        }
        return current;
    }

    static String typeOf(JsonNode schema) {
        JsonNode type = schema.path("type");
        if (type.isArray()) {
            for (JsonNode t : type) {
                if (!t.asText().equals("null")) {
                    return t.asText();
                }
            }
        }
        if (type.isTextual()) {
            return type.asText();
        }
        if (schema.has("properties")) {
            return "object";
        }
        return schema.has("enum") ? "string" : "";
    }

    /** A place in the example body a value can be put: its path (names and indexes) and its schema. */
    record Slot(List<Object> path, JsonNode schema, boolean required) {

        String field() {
            StringBuilder text = new StringBuilder();
            for (Object step : path) {
                if (step instanceof Integer index) {
                    text.append('[').append(index).append(']');
                } else {
                    text.append(text.length() == 0 ? "" : ".").append(step);
                }
            }
            return text.toString();
        }

        String type() {
            return typeOf(schema);
        }
    }

    private static void collectSlots(JsonNode document, JsonNode schema, List<Object> path, List<Slot> slots) {
        JsonNode resolved = resolve(document, schema);
        if (path.size() > 6) {
            return;
        }
        Set<String> required = new java.util.HashSet<>();
        resolved.path("required").forEach(r -> required.add(r.asText()));
        resolved.path("properties").fields().forEachRemaining(property -> {
            List<Object> here = new ArrayList<>(path);
            here.add(property.getKey());
            JsonNode propertySchema = resolve(document, property.getValue());
            slots.add(new Slot(here, propertySchema, required.contains(property.getKey())));
            String type = typeOf(propertySchema);
            if (type.equals("object")) {
                collectSlots(document, propertySchema, here, slots);
            } else if (type.equals("array") && propertySchema.has("items")) {
                List<Object> first = new ArrayList<>(here);
                first.add(0);
                JsonNode items = resolve(document, propertySchema.get("items"));
                if (typeOf(items).equals("object")) {
                    collectSlots(document, items, first, slots);
                } else {
                    slots.add(new Slot(first, items, false));
                }
            }
        });
    }

    /** The valid shape of a request to the operation: random ids in the path, no query, no extra headers. */
    private record Request(Operation operation, String path, Map<String, String> query, Map<String, String> headers,
                           String contentType, String body, String why, String field) {

        static Request valid(Operation operation) {
            String path = operation.path();
            for (JsonNode parameter : operation.parameters("path")) {
                String name = parameter.path("name").asText();
                path = path.replace("{" + name + "}", encode(validValue(operation.document(), parameter.path("schema"))));
            }
            Map<String, String> headers = new LinkedHashMap<>();
            for (JsonNode parameter : operation.parameters("header")) {
                if (parameter.path("required").asBoolean()) {
                    headers.put(parameter.path("name").asText(), validValue(operation.document(), parameter.path("schema")));
                }
            }
            return new Request(operation, path, Map.of(), headers, null, null, null, null);
        }

        Request with(String why) {
            return new Request(operation, path, query, headers, contentType, body, why, field);
        }

        Request naming(String field) {
            return new Request(operation, path, query, headers, contentType, body, why, field);
        }

        Request body(String contentType, String body) {
            return new Request(operation, path, query, headers, contentType, body, why, field);
        }

        Request header(String name, String value) {
            Map<String, String> changed = new LinkedHashMap<>(headers);
            changed.put(name, value);
            return new Request(operation, path, query, changed, contentType, body, why, field);
        }

        Request query(String name, String value) {
            Map<String, String> changed = new LinkedHashMap<>(query);
            changed.put(name, value);
            return new Request(operation, path, changed, headers, contentType, body, why, field);
        }

        Request pathParameter(String name, String value) {
            String changed = operation.path();
            for (JsonNode parameter : operation.parameters("path")) {
                String other = parameter.path("name").asText();
                changed = changed.replace("{" + other + "}", other.equals(name) ? encode(value)
                        : encode(validValue(operation.document(), parameter.path("schema"))));
            }
            return new Request(operation, changed, query, headers, contentType, body, why, field);
        }

        Attack attack() {
            return new Attack(why, operation.method(), path, query, headers, contentType, body, field);
        }
    }

    private static String validValue(JsonNode document, JsonNode schema) {
        JsonNode example = exampleOf(document, schema);
        return example.isTextual() ? example.asText() : example.toString();
    }

    private static final class BodyAttacks {

        private final Request valid;
        private final ObjectNode example;
        private final String mediaType;

        BodyAttacks(Request valid, ObjectNode example, String mediaType) {
            this.valid = valid;
            this.example = example;
            this.mediaType = mediaType;
        }

        private Attack put(Slot slot, String why, JsonNode value) {
            ObjectNode body = example.deepCopy();
            set(body, slot.path(), value);
            return valid.with(why + " at " + slot.field()).naming(slot.field())
                    .body(mediaType, write(body)).attack();
        }

        private Optional<Arbitrary<Attack>> over(List<Slot> slots, Function<Slot, Optional<Arbitrary<Attack>>> each) {
            List<Arbitrary<Attack>> arbitraries = slots.stream().map(each).flatMap(Optional::stream).toList();
            return arbitraries.isEmpty() ? Optional.empty() : Optional.of(Arbitraries.oneOf(arbitraries));
        }

        Optional<Arbitrary<Attack>> wrongTypes(List<Slot> slots) {
            return over(slots, slot -> {
                List<JsonNode> wrong = new ArrayList<>();
                JsonNodeFactory f = JsonNodeFactory.instance;
                switch (slot.type()) {
                    case "string" -> {
                        wrong.add(f.objectNode().put("$gt", ""));
                        wrong.add(f.arrayNode().add("' OR 1=1 --"));
                    }
                    case "integer", "number" -> {
                        wrong.add(f.textNode("abc"));
                        wrong.add(f.textNode("1; DROP TABLE x"));
                        wrong.add(f.objectNode());
                        wrong.add(f.arrayNode().add(1));
                    }
                    case "boolean" -> {
                        wrong.add(f.textNode("maybe"));
                        wrong.add(f.objectNode());
                        wrong.add(f.numberNode(2));
                    }
                    case "array" -> {
                        wrong.add(f.textNode("<script>alert(1)</script>"));
                        wrong.add(f.objectNode().put("0", "x"));
                        wrong.add(f.numberNode(7));
                    }
                    case "object" -> {
                        wrong.add(f.textNode("' OR '1'='1"));
                        wrong.add(f.numberNode(42));
                        wrong.add(f.arrayNode());
                    }
                    default -> {
                        return Optional.empty();
                    }
                }
                return Optional.of(Arbitraries.of(wrong).map(value -> put(slot, "wrong JSON type " + value.getNodeType(), value)));
            });
        }

        Optional<Arbitrary<Attack>> tooLong(List<Slot> slots) {
            return over(slots, slot -> {
                if (slot.schema().has("maxLength")) {
                    int max = slot.schema().get("maxLength").asInt();
                    return Optional.of(awkwardStrings().ofMinLength(max + 1).ofMaxLength(Math.max(max + 1, Math.min(max * 50, 20_000)))
                            .map(text -> put(slot, text.length() + " characters (max " + max + ")", JsonNodeFactory.instance.textNode(text))));
                }
                if (slot.schema().has("maxItems") && slot.schema().has("items")) {
                    int max = slot.schema().get("maxItems").asInt();
                    JsonNode item = exampleOf(valid.operation().document(), slot.schema().get("items"));
                    return Optional.of(Arbitraries.integers().between(max + 1, max + 200).map(count -> {
                        ArrayNode items = JsonNodeFactory.instance.arrayNode();
                        for (int i = 0; i < count; i++) {
                            items.add(item.deepCopy());
                        }
                        return put(slot, count + " items (max " + max + ")", items);
                    }));
                }
                return Optional.empty();
            });
        }

        Optional<Arbitrary<Attack>> outsidePattern(List<Slot> slots) {
            return over(slots, slot -> invalidText(slot.schema(), slot.path().get(slot.path().size() - 1).toString())
                    .map(a -> a.map(text -> put(slot, "not a valid value", JsonNodeFactory.instance.textNode(text)))));
        }

        Optional<Arbitrary<Attack>> outOfRange(List<Slot> slots) {
            return over(slots, slot -> invalidNumber(slot.schema()).map(a -> a.map(number -> {
                ObjectNode body = example.deepCopy();
                set(body, slot.path(), JsonNodeFactory.instance.textNode("@@number@@"));
                return valid.with("number " + number + " at " + slot.field()).naming(slot.field())
                        .body(mediaType, write(body).replace("\"@@number@@\"", number)).attack();
            })));
        }

        Optional<Arbitrary<Attack>> missingRequired(List<Slot> slots) {
            List<Slot> required = slots.stream().filter(Slot::required).toList();
            if (required.isEmpty()) {
                return Optional.empty();
            }
            return Optional.of(Combinators.combine(Arbitraries.of(required), Arbitraries.of(true, false)).as((slot, remove) -> {
                ObjectNode body = example.deepCopy();
                if (remove) {
                    remove(body, slot.path());
                } else {
                    set(body, slot.path(), JsonNodeFactory.instance.nullNode());
                }
                return valid.with((remove ? "without " : "null ") + slot.field()).naming(slot.field())
                        .body(mediaType, write(body)).attack();
            }));
        }

        Optional<Arbitrary<Attack>> controlCharacters(List<Slot> slots) {
            return over(slots, slot -> {
                if (!slot.type().equals("string") || slot.schema().has("enum") || slot.schema().has("format")) {
                    // Jackson trims an enum name, a uuid or a date before reading it (String.trim drops NUL):
                    // "HOME_VISIT\0" is HOME_VISIT, stored clean; only free text keeps what it is sent
                    return Optional.empty();
                }
                JsonNode current = get(example, slot.path());
                String text = current != null && current.isTextual() ? current.asText() : "x";
                return Optional.of(Arbitraries.of("\u0000", LONE_SURROGATE, "\u0000" + LONE_SURROGATE)
                        .map(bad -> {
                            ObjectNode body = example.deepCopy();
                            set(body, slot.path(), JsonNodeFactory.instance.textNode(text + bad));
                            return valid.with("NUL or a lone surrogate at " + slot.field()).naming(slot.field())
                                    .body(mediaType, write(body).replace(LONE_SURROGATE, "\\ud800")).attack();
                        }));
            });
        }

        Arbitrary<Attack> unknownField() {
            Arbitrary<String> names = Arbitraries.oneOf(Arbitraries.of("id", "status", "version", "createdAt", "createdBy",
                            "__proto__", "constructor", "$where", "' OR 1=1 --", "<script>", "\u202Eadmin"),
                    Arbitraries.strings().withCharRange('a', 'z').ofMinLength(1).ofMaxLength(12).map(s -> "x" + s));
            return Combinators.combine(names, Arbitraries.of(PAYLOADS)).as((name, value) -> {
                ObjectNode body = example.deepCopy();
                if (body.has(name)) {
                    name = name + "_extra";
                }
                body.put(name, value);
                return valid.with("unknown field " + name).naming(name).body(mediaType, write(body)).attack();
            });
        }

        Arbitrary<Attack> duplicatedKey() {
            List<String> names = new ArrayList<>();
            example.fieldNames().forEachRemaining(names::add);
            if (names.isEmpty()) {
                return Arbitraries.just(valid.with("duplicated key").body(mediaType, "{\"a\":1,\"a\":2}").attack());
            }
            return Combinators.combine(Arbitraries.of(names), Arbitraries.of(PAYLOADS)).as((name, value) -> {
                String body = write(example);
                String duplicate = "{" + write(JsonNodeFactory.instance.textNode(name)) + ":"
                        + write(JsonNodeFactory.instance.textNode(value)) + ",";
                return valid.with("duplicated key " + name).naming(name)
                        .body(mediaType, duplicate + body.substring(1)).attack();
            });
        }

        Arbitrary<Attack> malformed() {
            String body = write(example);
            return Arbitraries.oneOf(
                    Arbitraries.integers().between(1, Math.max(1, body.length() - 1)).map(cut -> body.substring(0, cut)),
                    Arbitraries.of("", " ", "null", "[]", "[" + body + "]", "\"text\"", "42", "1e309", "{'a':1}",
                            body + "}", body + ",", body.replaceFirst("\\{", "{/*comment*/"), body.replaceFirst("\\{", "{,"),
                            "{\"a\":NaN}", "{\"a\":\u0000}", "{\"a\"", "<xml/>",
                            "[".repeat(5000), "{\"a\":".repeat(2000)))
                    .map(text -> valid.with("malformed JSON").body(mediaType, text).attack());
        }

        Arbitrary<Attack> wrongContentType() {
            String body = write(example);
            return Arbitraries.of("text/plain", "application/xml", "application/x-www-form-urlencoded", "text/html",
                            "application/octet-stream", "application/json-patch+json")
                    .map(type -> valid.with("Content-Type " + type).body(type, body).attack());
        }
    }

    private static final class ParameterAttacks {

        static Optional<Arbitrary<Attack>> of(Request valid, String in) {
            List<Arbitrary<Attack>> arbitraries = new ArrayList<>();
            for (JsonNode parameter : valid.operation().parameters(in)) {
                String name = parameter.path("name").asText();
                JsonNode schema = resolve(valid.operation().document(), parameter.path("schema"));
                List<Arbitrary<String>> wrong = new ArrayList<>();
                invalidText(schema, name).ifPresent(wrong::add);
                invalidNumber(schema).ifPresent(wrong::add);
                String type = typeOf(schema);
                if (type.equals("integer") || type.equals("number")) {
                    wrong.add(Arbitraries.of(PAYLOADS).filter(p -> !p.isBlank() && !p.matches("-?[0-9.]+|NaN|-?Infinity")));
                }
                if (schema.has("maxLength")) {
                    int max = schema.get("maxLength").asInt();
                    // kept well inside the HTTP request-line limit (4 KB), which the server answers 414 without a body
                    wrong.add(awkwardStrings().ofMinLength(max + 1).ofMaxLength(Math.min(max + 80, 300)));
                }
                if (type.equals("string") && !in.equals("header")) {
                    wrong.add(Arbitraries.of("\u0000", "a\u0000b", "%00").map(s -> s.equals("%00") ? "\u0000" : s));
                }
                if (wrong.isEmpty()) {
                    continue;
                }
                Arbitrary<String> values = Arbitraries.oneOf(wrong);
                if (in.equals("header")) {
                    // HTTP carries header values as printable ASCII: anything else is not a request but a client error
                    values = values.map(v -> v.replaceAll("[^\\x20-\\x7e]", "x"));
                }
                arbitraries.add(values.map(value -> {
                    Request request = switch (in) {
                        case "path" -> valid.pathParameter(name, value);
                        case "query" -> valid.query(name, value).naming(name);
                        default -> valid.header(name, value).naming(name);
                    };
                    return request.with(in + " parameter " + name).attack();
                }));
            }
            return arbitraries.isEmpty() ? Optional.empty() : Optional.of(Arbitraries.oneOf(arbitraries));
        }
    }

    /** Strings a field with this schema must refuse: outside its format, pattern or enum; hostile where possible. */
    private static Optional<Arbitrary<String>> invalidText(JsonNode schema, String name) {
        List<Arbitrary<String>> wrong = new ArrayList<>();
        String format = schema.path("format").asText();
        String lower = name.toLowerCase();
        Arbitrary<String> hostile = Arbitraries.oneOf(Arbitraries.of(PAYLOADS),
                Combinators.combine(Arbitraries.of(PAYLOADS), awkwardStrings().ofMaxLength(20)).as(String::concat));
        if (schema.path("enum").isArray() && !schema.path("enum").isEmpty()) {
            Set<String> allowed = new java.util.HashSet<>();
            schema.path("enum").forEach(e -> allowed.add(e.asText()));
            wrong.add(hostile.filter(s -> !allowed.contains(s) && !s.isBlank()));
            wrong.add(Arbitraries.of(allowed.stream().map(a -> a.toLowerCase() + "\u0301").toList()));
        }
        switch (format) {
            case "uuid" -> wrong.add(Arbitraries.oneOf(hostile.filter(s -> !s.isBlank()),
                    Arbitraries.of("00000000-0000-0000-0000-00000000000g", "123", "ffffffff-ffff-ffff-ffff-ffffffffffff-1")));
            case "date" -> wrong.add(Arbitraries.of("2026-02-30", "2026-13-01", "0000-00-00", "2026/01/15", "15.01.2026",
                    "2026-01-15T09:00:00Z", "+9999999999-01-01", "yesterday", "2026-1-5", "二〇二六年一月"));
            case "date-time" -> wrong.add(Arbitraries.of("2026-02-30T10:00:00+08:00", "2026-01-15T25:00:00+08:00",
                    "2026-01-15 10:00", "1700000000", "2026-01-15T10:00:00+25:00", "now", "2026-01-15T10:61:00Z"));
            case "time", "partial-time" -> wrong.add(Arbitraries.of("25:00", "12:60", "noon", "9am", "-01:00"));
            default -> {
            }
        }
        if (schema.has("pattern")) {
            Pattern pattern = Pattern.compile(schema.get("pattern").asText());
            // a blank uuid or date is read as absent, not as a wrong value: blanks only where there is no format
            Arbitrary<String> candidates = format.isEmpty() ? Arbitraries.oneOf(hostile, Arbitraries.of(" ", "\t", "\n \n")) : hostile;
            wrong.add(candidates.filter(s -> !s.isBlank() || format.isEmpty()).filter(s -> !pattern.matcher(s).find()));
        }
        if (lower.endsWith("idnumber") || lower.equals("residentid")) {
            wrong.add(invalidIdNumbers());
        }
        if (lower.endsWith("phone") || lower.endsWith("mobile")) {
            wrong.add(Arbitraries.of("1395921234", "139592123456", "23959212345", "1395921234x", "+86 139 5921 2345"));
        }
        return wrong.isEmpty() ? Optional.empty() : Optional.of(Arbitraries.oneOf(wrong));
    }

    /** 18-character resident identity numbers that are not valid: wrong check digit, impossible date, wrong length. */
    private static Arbitrary<String> invalidIdNumbers() {
        Arbitrary<String> wrongCheckDigit = Arbitraries.strings().numeric().ofLength(17).map(body -> {
            char valid = checkDigit(body);
            char wrong = valid == '0' ? '1' : '0';
            return body + wrong;
        });
        return Arbitraries.oneOf(wrongCheckDigit,
                Arbitraries.of("350203195813320010", "35020319580512002", "3502031958051200211", "35020319580512002Y",
                        "ABCDEFGHIJKLMNOPQR", "350203-19580512-002X"));
    }

    private static char checkDigit(String first17) {
        int[] weights = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (first17.charAt(i) - '0') * weights[i];
        }
        return "10X98765432".charAt(sum % 11);
    }

    /** Numbers (as JSON number text) a numeric field with this schema must refuse. */
    private static Optional<Arbitrary<String>> invalidNumber(JsonNode schema) {
        String type = typeOf(schema);
        if (!type.equals("integer") && !type.equals("number")) {
            return Optional.empty();
        }
        List<Arbitrary<String>> wrong = new ArrayList<>();
        if (schema.has("minimum")) {
            long min = schema.get("minimum").asLong();
            wrong.add(Arbitraries.longs().between(Long.MIN_VALUE / 2, min - 1).map(String::valueOf));
        }
        if (schema.has("maximum")) {
            long max = schema.get("maximum").asLong();
            wrong.add(Arbitraries.longs().between(max + 1, Long.MAX_VALUE / 2).map(String::valueOf));
            wrong.add(Arbitraries.of("1e309", "9".repeat(400)));
        }
        if (type.equals("integer")) {
            wrong.add(Arbitraries.of("9223372036854775808", "-9223372036854775809", "99999999999999999999999999"));
        }
        return wrong.isEmpty() ? Optional.empty() : Optional.of(Arbitraries.oneOf(wrong));
    }

    private static void set(ObjectNode root, List<Object> path, JsonNode value) {
        JsonNode parent = ensureParent(root, path);
        Object last = path.get(path.size() - 1);
        if (parent instanceof ObjectNode object) {
            object.set((String) last, value);
        } else if (parent instanceof ArrayNode array) {
            int index = (Integer) last;
            while (array.size() <= index) {
                array.addNull();
            }
            array.set(index, value);
        }
    }

    private static void remove(ObjectNode root, List<Object> path) {
        JsonNode parent = ensureParent(root, path);
        Object last = path.get(path.size() - 1);
        if (parent instanceof ObjectNode object) {
            object.remove((String) last);
        } else if (parent instanceof ArrayNode array && array.size() > (Integer) last) {
            array.remove((Integer) last);
        }
    }

    private static JsonNode get(JsonNode root, List<Object> path) {
        JsonNode node = root;
        for (Object step : path) {
            node = step instanceof Integer index ? node.path(index) : node.path((String) step);
        }
        return node.isMissingNode() ? null : node;
    }

    private static JsonNode ensureParent(ObjectNode root, List<Object> path) {
        JsonNode node = root;
        for (int i = 0; i < path.size() - 1; i++) {
            Object step = path.get(i);
            Object next = path.get(i + 1);
            JsonNode child = step instanceof Integer index ? node.path(index) : node.path((String) step);
            if (!child.isContainerNode()) {
                child = next instanceof Integer ? JsonNodeFactory.instance.arrayNode() : JsonNodeFactory.instance.objectNode();
                if (node instanceof ObjectNode object) {
                    object.set((String) step, child);
                } else if (node instanceof ArrayNode array) {
                    int index = (Integer) step;
                    while (array.size() <= index) {
                        array.addNull();
                    }
                    array.set(index, child);
                }
            }
            node = child;
        }
        return node;
    }

    public static String write(JsonNode node) {
        try {
            return JSON.writeValueAsString(node);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static String shorten(String text) {
        if (text == null) {
            return "";
        }
        String visible = text.replace("\u0000", "\\u0000");
        if (visible.length() <= 300) {
            return visible;
        }
        return visible.substring(0, 200) + "…(" + visible.length() + " characters)…" + visible.substring(visible.length() - 60);
    }

    /** Supplies a token for each role named in the document's security requirements. */
    public interface Callers extends Function<String, String> {

        /** The usual demo caller of each role: city, siming, volunteer, auditor, hospital-xianyue. */
        static Callers demo() {
            Map<String, String> cache = new java.util.concurrent.ConcurrentHashMap<>();
            return role -> cache.computeIfAbsent(role, r -> switch (r) {
                case "city-coordinator" -> Tokens.of("city");
                case "district-coordinator" -> Tokens.of("siming");
                case "volunteer" -> Tokens.of("volunteer");
                case "auditor" -> Tokens.of("auditor");
                case "hospital" -> Tokens.ofHospital("hospital-xianyue", "xianyue-secret");
                default -> throw new IllegalArgumentException("no demo caller for role " + r);
            });
        }
    }

    /**
     * Fuzzes every operation of the running service as a caller its security requirement allows (the first role it
     * lists) and returns every failure, one paragraph per operation; {@code databaseState} is read before and after
     * each mutating operation and must not change.
     */
    public static List<String> fuzzEveryOperation(Callers callers, int tries, Supplier<Map<String, String>> databaseState) {
        long seed = seed();
        List<String> failures = new ArrayList<>();
        for (Operation operation : operations()) {
            List<String> roles = operation.roles();
            String token = roles.isEmpty() ? null : callers.apply(roles.get(0));
            Map<String, String> before = operation.mutates() ? databaseState.get() : Map.of();
            falsify(operation, token, tries, seed).ifPresent(failures::add);
            if (operation.mutates()) {
                Map<String, String> after = databaseState.get();
                if (!after.equals(before)) {
                    failures.add(operation.name() + " (seed " + seed + "): bad input changed the database: "
                            + DatabaseFingerprint.difference(before, after));
                }
            }
        }
        return failures;
    }
}
