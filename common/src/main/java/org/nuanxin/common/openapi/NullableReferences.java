package org.nuanxin.common.openapi;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.media.Schema.SchemaType;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Makes {@code @Schema(nullable = true)} true for fields whose type is a component ({@code UUID},
 * {@code OffsetDateTime}, {@code LocalDate}, an enum, a record). SmallRye writes such a field as the reference plus
 * {@code "type": ["null"]}, which JSON Schema reads as "null and the referenced type at once", so no value fits.
 * A reference to a plain value (a string with a format, an enum) becomes that value written out with {@code null}
 * added to its types (and to its enum); a reference to an object becomes {@code anyOf: [the object, null]}.
 * Every service's document runs through it (a Quarkus {@link OpenApiFilter} found in common's index).
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
        for (List<Schema> group : new ArrayList<>(java.util.Arrays.asList(schema.getAllOf(), schema.getAnyOf(), schema.getOneOf()))) {
            if (group != null) {
                group.forEach(member -> visit(member, components, seen));
            }
        }
    }

    private static void fix(Schema schema, Map<String, Schema> components) {
        String ref = schema.getRef();
        List<SchemaType> types = schema.getType();
        if (ref == null || types == null || !types.contains(SchemaType.NULL)) {
            return;
        }
        Schema target = components.get(ref.substring(ref.lastIndexOf('/') + 1));
        boolean value = target != null && target.getProperties() == null && target.getType() != null
                && !target.getType().contains(SchemaType.OBJECT) && !target.getType().contains(SchemaType.ARRAY);
        schema.setRef(null);
        if (value) {
            List<SchemaType> nullable = new ArrayList<>(target.getType());
            if (!nullable.contains(SchemaType.NULL)) {
                nullable.add(SchemaType.NULL);
            }
            schema.setType(nullable);
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
            schema.setAnyOf(List.of(OASFactory.createSchema().ref(ref), OASFactory.createSchema().addType(SchemaType.NULL)));
        }
    }
}
