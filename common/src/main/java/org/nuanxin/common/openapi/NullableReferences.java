package org.nuanxin.common.openapi;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import io.smallrye.openapi.internal.models.media.SchemaSupport;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.media.Schema.SchemaType;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Makes {@code @Schema(nullable = true)} on a field whose type is a component ({@code UUID}, {@code OffsetDateTime},
 * {@code LocalDate}, an enum, a record) say "null or the value" in a form every reader of the document understands.
 * <p>
 * SmallRye OpenAPI 4 writes such a field in one of three shapes: the reference with {@code "type": [..., "null"]}
 * beside it (JSON Schema reads "null and the referenced type at once", which nothing satisfies), the bare reference
 * with the nullability kept only as a private extension (so the document says "never null"), or
 * {@code anyOf: [the reference, {"type": "null"}]} (right in OpenAPI 3.1, but rendered for OpenAPI 3.0 as
 * {@code allOf: [the reference], nullable: true}, which rejects null: the referenced schema is not nullable).
 * <p>
 * A reference to a plain value (a string with a format or a pattern, an enum) becomes that value written out in
 * place with {@code null} added to its types (and to its enum), which reads the same in 3.1 and 3.0. A reference to
 * an object becomes {@code anyOf: [the object, null]}, the 3.1 form ({@code ApiContractValidation} in common's
 * test-jar writes it out for the 3.0 validator). Every service's document runs through it (a Quarkus
 * {@link OpenApiFilter} found in common's index).
 */
@OpenApiFilter(OpenApiFilter.RunStage.BUILD)
public class NullableReferences implements OASFilter {

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        Map<String, Schema> components = openAPI.getComponents() == null || openAPI.getComponents().getSchemas() == null
                ? Map.of() : openAPI.getComponents().getSchemas();
        Set<Schema> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        components.values().forEach(schema -> visit(schema, components, seen));
        if (openAPI.getPaths() != null && openAPI.getPaths().getPathItems() != null) {
            openAPI.getPaths().getPathItems().values().forEach(item -> item.getOperations().values().forEach(operation -> {
                if (operation.getResponses() != null && operation.getResponses().getAPIResponses() != null) {
                    operation.getResponses().getAPIResponses().values().forEach(response -> {
                        if (response.getContent() != null && response.getContent().getMediaTypes() != null) {
                            response.getContent().getMediaTypes().values().stream().map(MediaType::getSchema)
                                    .forEach(schema -> visit(schema, components, seen));
                        }
                    });
                }
            }));
        }
    }

    private static void visit(Schema schema, Map<String, Schema> components, Set<Schema> seen) {
        if (schema == null || !seen.add(schema)) {
            return;
        }
        fix(schema, components);
        if (schema.getProperties() != null) {
            schema.getProperties().values().forEach(property -> visit(property, components, seen));
        }
        visit(schema.getItems(), components, seen);
        for (List<Schema> group : Arrays.asList(schema.getAllOf(), schema.getAnyOf(), schema.getOneOf())) {
            if (group != null) {
                new ArrayList<>(group).forEach(member -> visit(member, components, seen));
            }
        }
    }

    private static void fix(Schema schema, Map<String, Schema> components) {
        String ref = nullableReference(schema);
        if (ref == null) {
            return;
        }
        Schema target = components.get(ref.substring(ref.lastIndexOf('/') + 1));
        boolean value = target != null && target.getProperties() == null && target.getType() != null
                && !target.getType().contains(SchemaType.OBJECT) && !target.getType().contains(SchemaType.ARRAY);
        schema.setRef(null);
        schema.setAnyOf(null);
        if (value) {
            List<SchemaType> valueOrNull = new ArrayList<>(target.getType());
            if (!valueOrNull.contains(SchemaType.NULL)) {
                valueOrNull.add(SchemaType.NULL);
            }
            schema.setType(valueOrNull);
            if (schema.getFormat() == null) {
                schema.setFormat(target.getFormat());
            }
            if (schema.getPattern() == null) {
                schema.setPattern(target.getPattern());
            }
            if (target.getEnumeration() != null) {
                List<Object> values = new ArrayList<>(target.getEnumeration());
                values.add(null);
                schema.setEnumeration(values);
            }
        } else {
            schema.setType(null);
            schema.setAnyOf(List.of(OASFactory.createSchema().ref(ref), SchemaSupport.nullSchema()));
        }
    }

    /** The component a nullable field refers to, in any of SmallRye's three shapes; {@code null} for anything else. */
    private static String nullableReference(Schema schema) {
        List<SchemaType> types = schema.getType();
        if (schema.getRef() != null) {
            boolean nullable = (types != null && types.contains(SchemaType.NULL))
                    // a bare reference keeps @Schema(nullable = true) only as SmallRye's private extension
                    || Boolean.TRUE.equals(SchemaSupport.getNullable(schema));
            return nullable ? schema.getRef() : null;
        }
        List<Schema> anyOf = schema.getAnyOf();
        if (anyOf == null || anyOf.size() != 2) {
            return null;
        }
        Schema reference = anyOf.stream().filter(member -> member.getRef() != null).findFirst().orElse(null);
        boolean orNull = anyOf.stream().anyMatch(member -> member.getRef() == null
                && List.of(SchemaType.NULL).equals(member.getType()));
        return reference != null && orNull ? reference.getRef() : null;
    }
}
