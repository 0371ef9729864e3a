package org.nuanxin.family.area;

import io.quarkus.security.Authenticated;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;

@Path("/api/areas")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "areas", description = "行政区划：区 → 街道/镇")
@Authenticated
public class AreaResource {

    @GET
    @Operation(summary = "List Xiamen's districts with their streets and towns")
    @APIResponse(responseCode = "200", description = "The six districts in the association's order")
    @APIResponse(responseCode = "401", description = "No valid token")
    public List<AreaView> list() {
        return District.listInOrder().stream().map(AreaView::of).toList();
    }
}
