package org.nuanxin.carehome.family;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.nuanxin.common.security.Roles;

@Path("/api/site-coverage")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "site-families", description = "暖心家园服务的家庭")
public class CoverageResource {

    private final CoverageService service;

    CoverageResource(CoverageService service) {
        this.service = service;
    }

    @GET
    @RolesAllowed({Roles.CITY_COORDINATOR, Roles.DISTRICT_COORDINATOR, Roles.AUDITOR})
    @Operation(summary = "Share of active bereaved families served by a site",
            description = "City-wide and per district; a district coordinator's totals are their district's.")
    @APIResponse(responseCode = "200", description = "Coverage against the goal",
            content = @Content(schema = @Schema(implementation = CoverageView.class)))
    @APIResponse(responseCode = "401", description = "No valid token")
    @APIResponse(responseCode = "403", description = "Volunteers and hospitals do not see coverage")
    public CoverageView get() {
        return service.coverage();
    }
}
