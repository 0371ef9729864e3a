package org.nuanxin.gateway.proxy;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.ArrayList;
import java.util.List;

/** The one index of every API behind the gateway and where each one's OpenAPI document is. */
@Path("/api/openapi")
@Tag(name = "config")
public class ApiIndexResource {

    /**
     * One API: its name, the path prefix its operations have behind the gateway, and its OpenAPI document (whose
     * paths start {@code /api/}, which the gateway serves as {@code apiPrefix}).
     */
    public record Api(String name, String apiPrefix, String openapi) {
    }

    public record ApiIndex(List<Api> apis, String swaggerUi) {
    }

    private final ApiIndex index;

    ApiIndexResource(ServiceRoutesConfig routes) {
        List<Api> apis = new ArrayList<>();
        apis.add(new Api("gateway", "/api", "/q/openapi"));
        routes.services().keySet().stream().sorted()
                .forEach(service -> apis.add(new Api(service, "/api/" + service, "/openapi/" + service)));
        this.index = new ApiIndex(List.copyOf(apis), "/q/swagger-ui");
    }

    @GET
    @PermitAll
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Every API behind the gateway with its OpenAPI document (public)")
    @APIResponse(responseCode = "200", description = "The gateway's own API and one entry per service")
    public ApiIndex index() {
        return index;
    }
}
