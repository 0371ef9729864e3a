package org.nuanxin.common.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The fuzzing engine itself, without a service: what it generates from a document, and that it shrinks. */
class OpenApiFuzzTest {

    private static final String DOCUMENT = """
            {"paths": {"/api/things/{id}": {"put": {
              "security": [{"SecurityScheme": ["city-coordinator", "auditor"]}],
              "parameters": [{"in": "path", "name": "id", "schema": {"type": "string", "format": "uuid"}},
                             {"in": "query", "name": "size", "schema": {"type": "integer", "minimum": 1, "maximum": 100}}],
              "requestBody": {"content": {"application/json": {"schema": {"$ref": "#/components/schemas/Thing"}}}}}}},
             "components": {"schemas": {
               "Thing": {"type": "object", "required": ["name"], "properties": {
                 "name": {"type": "string", "maxLength": 5, "examples": ["茶"]},
                 "kind": {"$ref": "#/components/schemas/Kind"},
                 "day": {"type": "string", "format": "date"},
                 "count": {"type": "integer", "minimum": 0, "maximum": 9},
                 "tags": {"type": "array", "maxItems": 2, "items": {"type": "string"}}}},
               "Kind": {"type": "string", "enum": ["SMALL", "LARGE"]}}}}
            """;

    private static OpenApiFuzz.Operation operation() throws Exception {
        JsonNode document = new ObjectMapper().readTree(DOCUMENT);
        return OpenApiFuzz.operations(document).get(0);
    }

    @Test
    void shouldBuildAValidBodyFromTheDocumentsExamples() throws Exception {
        OpenApiFuzz.Operation operation = operation();
        JsonNode example = OpenApiFuzz.exampleOf(operation.document(), operation.jsonBody().orElseThrow());
        assertEquals("茶", example.get("name").asText());
        assertEquals("SMALL", example.get("kind").asText());
        assertEquals(List.of("city-coordinator", "auditor"), operation.roles());
    }

    @Test
    void shouldGenerateEveryKindOfBadInputTheDocumentRulesOut() throws Exception {
        Map<String, Arbitrary<OpenApiFuzz.Attack>> attacks = OpenApiFuzz.attacks(operation());
        assertEquals(List.of("wrong JSON type", "beyond maxLength/maxItems", "outside pattern, format or enum",
                "number out of range", "required field missing or null", "NUL or lone surrogate in a string",
                "unknown field", "duplicated key", "malformed JSON", "wrong content type", "invalid path parameter",
                "invalid query parameter"), List.copyOf(attacks.keySet()));
        attacks.get("beyond maxLength/maxItems").sampleStream().limit(50).forEach(attack ->
                assertTrue(attack.why().contains("max"), attack.toString()));
        attacks.get("invalid path parameter").sampleStream().limit(50).forEach(attack ->
                assertFalse(attack.path().matches("/api/things/[0-9a-f-]{36}"), attack.toString()));
    }

    @Test
    void shouldShrinkAFailureToTheSimplestExample() {
        Arbitrary<String> strings = Arbitraries.strings().withCharRange('a', 'z').ofMinLength(0).ofMaxLength(200);
        Optional<String> failure = OpenApiFuzz.falsify(strings, 200, new Random(42),
                s -> s.length() > 10 ? "longer than 10" : null);
        assertTrue(failure.isPresent());
        assertTrue(failure.get().matches("(?s).*shrunk \\d+ steps: [a-z]{11}\n.*"), failure.get());
    }
}
