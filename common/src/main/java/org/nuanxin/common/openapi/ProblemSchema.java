package org.nuanxin.common.openapi;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.media.Schema.SchemaType;

/**
 * Puts the {@code Problem} schema (and its {@code Violation}) into a service's document when no endpoint declared it
 * itself: {@link ProblemExamples} points every error response without a body at {@code #/components/schemas/Problem},
 * and a document whose reference leads nowhere cannot be read by a client generator or a validator. Mirrors
 * {@link org.nuanxin.common.problem.Problem} as Jackson writes it.
 */
@OpenApiFilter(OpenApiFilter.RunStage.BUILD)
public class ProblemSchema implements OASFilter {

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getComponents() == null) {
            openAPI.setComponents(OASFactory.createComponents());
        }
        if (openAPI.getComponents().getSchemas() != null && openAPI.getComponents().getSchemas().containsKey("Problem")) {
            return;
        }
        if (openAPI.getComponents().getSchemas() == null || !openAPI.getComponents().getSchemas().containsKey("Violation")) {
            openAPI.getComponents().addSchema("Violation", OASFactory.createSchema().addType(SchemaType.OBJECT)
                    .addProperty("field", text("members[0].idNumber"))
                    .addProperty("message", text("身份证号校验位不正确")));
        }
        openAPI.getComponents().addSchema("Problem", OASFactory.createSchema().addType(SchemaType.OBJECT)
                .addProperty("type", text("https://nuanxin.org/problems/validation"))
                .addProperty("title", text("请求参数无效"))
                .addProperty("status", OASFactory.createSchema().addType(SchemaType.INTEGER).format("int32").addExample(400))
                .addProperty("detail", text("members[0].idNumber: 身份证号校验位不正确"))
                .addProperty("instance", text("/api/families"))
                .addProperty("violations", OASFactory.createSchema().addType(SchemaType.ARRAY)
                        .items(OASFactory.createSchema().ref("Violation")))
                .addProperty("errorId", text("0f8a4c2e-5d1b-4c3e-9a77-2b6d1e9f0a11")));
    }

    private static Schema text(String example) {
        return OASFactory.createSchema().addType(SchemaType.STRING).addExample(example);
    }
}
