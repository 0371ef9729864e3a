package org.nuanxin.common.testing;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.atlassian.oai.validator.report.LevelResolver;
import com.atlassian.oai.validator.report.ValidationReport;
import com.atlassian.oai.validator.restassured.RestAssuredRequest;
import com.atlassian.oai.validator.restassured.RestAssuredResponse;
import io.quarkus.test.junit.callback.QuarkusTestBeforeEachCallback;
import io.quarkus.test.junit.callback.QuarkusTestMethodContext;
import io.restassured.RestAssured;
import io.restassured.filter.Filter;
import io.restassured.filter.FilterContext;
import io.restassured.response.Response;
import io.restassured.specification.FilterableRequestSpecification;
import io.restassured.specification.FilterableResponseSpecification;
import io.smallrye.config.SmallRyeConfigBuilder;
import io.smallrye.openapi.api.SmallRyeOpenAPI;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;

/**
 * Holds every response a service's {@code @QuarkusTest}s receive through REST Assured to the service's own OpenAPI
 * document: the status must be documented for the operation, the content type one it declares, the body valid
 * against its schema ({@code swagger-request-validator}). A call to a path or method the document does not have
 * fails too, unless the service refused it with 404 or 405. Requests are not validated (tests send bad ones on purpose), and calls outside the service (Keycloak)
 * or to {@code /q/} (health, the document itself) are left alone.
 * <p>
 * Registered for every {@code @QuarkusTest} through
 * {@code META-INF/services/io.quarkus.test.junit.callback.QuarkusTestBeforeEachCallback} in common's test-jar, active
 * in every service unless it opted out ({@link Contracts}); a test opts out with {@link NotInApiContract}.
 * <p>
 * The document is the one the running service serves at {@code /q/openapi}. SmallRye writes OpenAPI 3.1, which the
 * validator does not read; SmallRye itself rewrites it as 3.0.3 for the validator (type lists become
 * {@code nullable}, {@code examples} become {@code example}), the same content in the older dialect.
 */
public class ApiContractValidation implements QuarkusTestBeforeEachCallback {

    private static final LevelResolver LEVELS = LevelResolver.create()
            // tests send wrong bodies, parameters and tokens on purpose: only the path and method must exist
            .withLevel("validation.request", ValidationReport.Level.IGNORE)
            .withLevel("validation.request.path.missing", ValidationReport.Level.ERROR)
            .withLevel("validation.request.operation.notAllowed", ValidationReport.Level.ERROR)
            .build();

    private static volatile ContractFilter filter;

    @Override
    public void beforeEach(QuarkusTestMethodContext context) {
        if (!Contracts.enabled()) {
            return;
        }
        NotInApiContract exempt = context.getTestMethod().getAnnotation(NotInApiContract.class);
        if (exempt == null) {
            exempt = context.getTestInstance().getClass().getAnnotation(NotInApiContract.class);
        }
        List<Filter> filters = new ArrayList<>(RestAssured.filters());
        filters.removeIf(f -> f.getClass().getName().equals(ContractFilter.class.getName()));
        if (exempt == null) {
            filters.add(filter());
        }
        RestAssured.replaceFiltersWith(filters);
    }

    private static synchronized ContractFilter filter() {
        if (filter == null) {
            filter = new ContractFilter();
        }
        return filter;
    }

    /** The service's document from {@code /q/openapi}, rewritten as OpenAPI 3.0.3. */
    static String document(String baseUrl) {
        String json;
        try {
            HttpResponse<String> response = HttpClient.newHttpClient().send(
                    HttpRequest.newBuilder(URI.create(baseUrl + "/q/openapi?format=json")).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            if (response.statusCode() != 200) {
                throw new IllegalStateException("/q/openapi answered " + response.statusCode());
            }
            json = response.body();
        } catch (java.io.IOException e) {
            throw new IllegalStateException("could not read the service's OpenAPI document", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        return nullableReferencesWrittenOut(SmallRyeOpenAPI.builder()
                .withConfig(new SmallRyeConfigBuilder()
                        .withDefaultValue("mp.openapi.extensions.smallrye.openapi", "3.0.3").build())
                .enableModelReader(false)
                .enableStandardStaticFiles(false)
                .enableAnnotationScan(false)
                .enableStandardFilter(false)
                .withCustomStaticFile(() -> new ByteArrayInputStream(bytes))
                .build()
                .toJSON());
    }

    /**
     * OpenAPI 3.1 says "this object or null" as {@code anyOf: [{"$ref": …}, {"type": "null"}]} (common's
     * {@code NullableReferences} writes nullable record fields so); SmallRye renders it for 3.0 as
     * {@code allOf: [{"$ref": …}], nullable: true}, which a 3.0 validator reads as "never null" because the referenced
     * schema is not nullable. The same meaning in 3.0 is the referenced schema written out in place with
     * {@code nullable: true}; this does that, and nothing else, to the rendered document.
     */
    static String nullableReferencesWrittenOut(String document) {
        try {
            ObjectMapper mapper = new ObjectMapper();
            JsonNode root = mapper.readTree(document);
            JsonNode components = root.path("components").path("schemas");
            writeOut(root, components);
            return mapper.writeValueAsString(root);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static void writeOut(JsonNode node, JsonNode components) {
        if (node instanceof ObjectNode object) {
            JsonNode allOf = object.get("allOf");
            if (object.path("nullable").asBoolean(false) && allOf != null && allOf.size() == 1
                    && allOf.get(0).has("$ref") && allOf.get(0).size() == 1) {
                String ref = allOf.get(0).get("$ref").asText();
                JsonNode target = components.get(ref.substring(ref.lastIndexOf('/') + 1));
                if (target instanceof ObjectNode referenced) {
                    object.remove("allOf");
                    referenced.fields().forEachRemaining(field -> {
                        if (!object.has(field.getKey())) {
                            object.set(field.getKey(), field.getValue().deepCopy());
                        }
                    });
                    object.put("nullable", true);
                }
            }
        }
        if (node != null && node.isContainerNode()) {
            node.elements().forEachRemaining(child -> writeOut(child, components));
        }
    }

    /** Validates the calls to the service under test; built on the first one, when its port is known. */
    static final class ContractFilter implements Filter {

        private volatile OpenApiInteractionValidator validator;

        @Override
        public Response filter(FilterableRequestSpecification request, FilterableResponseSpecification response,
                               FilterContext context) {
            URI uri = URI.create(request.getURI());
            boolean service = uri.getPort() == RestAssured.port
                    && ("localhost".equals(uri.getHost()) || "127.0.0.1".equals(uri.getHost()));
            Response received = context.next(request, response);
            if (!service || uri.getPath().startsWith("/q/")) {
                return received;
            }
            ValidationReport report = validator(uri).validate(RestAssuredRequest.of(request), RestAssuredResponse.of(received));
            if (report.hasErrors() && !refusedAsAbsent(report, received.statusCode())) {
                String call = request.getMethod() + " " + uri.getPath() + " -> " + received.statusCode();
                List<String> faults = report.getMessages().stream()
                        .filter(m -> m.getLevel() == ValidationReport.Level.ERROR)
                        .map(m -> call + ": " + m.getKey() + ": " + m.getMessage()).toList();
                if (Contracts.collecting()) {
                    record(faults);
                } else {
                    throw new AssertionError("the response is not what the service's OpenAPI document says:\n  "
                            + String.join("\n  ", faults) + "\nbody: " + received.asString());
                }
            }
            return received;
        }

        /**
         * A call to an operation the document does not have, answered 404 or 405: the service refuses what it does
         * not offer, which is what the document says by leaving it out (tests that show an audit log offers no way to
         * change an entry do exactly this).
         */
        private static boolean refusedAsAbsent(ValidationReport report, int status) {
            return (status == 404 || status == 405) && report.getMessages().stream()
                    .filter(m -> m.getLevel() == ValidationReport.Level.ERROR)
                    .allMatch(m -> m.getKey().equals("validation.request.path.missing")
                            || m.getKey().equals("validation.request.operation.notAllowed"));
        }

        private static synchronized void record(List<String> faults) {
            try {
                Files.write(Path.of("target", "api-contract-violations.txt"), faults, StandardCharsets.UTF_8,
                        StandardOpenOption.CREATE, StandardOpenOption.APPEND);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }

        private OpenApiInteractionValidator validator(URI uri) {
            if (validator == null) {
                synchronized (this) {
                    if (validator == null) {
                        String base = uri.getScheme() + "://" + uri.getHost() + ":" + uri.getPort();
                        validator = OpenApiInteractionValidator
                                .createForInlineApiSpecification(document(base))
                                .withLevelResolver(LEVELS)
                                .build();
                    }
                }
            }
            return validator;
        }
    }
}
