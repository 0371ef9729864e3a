package org.nuanxin.carehome.standards;

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

@Path("/api/site-standards")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "site-standards", description = "暖心家园建设标准")
public class SiteStandardsResource {

    private final SiteStandards standards;

    SiteStandardsResource(SiteStandards standards) {
        this.standards = standards;
    }

    @GET
    @RolesAllowed({Roles.CITY_COORDINATOR, Roles.DISTRICT_COORDINATOR, Roles.VOLUNTEER, Roles.AUDITOR})
    @Operation(summary = "The standard every site must meet", description = "Read-only; set in configuration.")
    @APIResponse(responseCode = "200", description = "The minimum counts per site",
            content = @Content(schema = @Schema(implementation = SiteStandardsView.class)))
    @APIResponse(responseCode = "401", description = "No valid token")
    @APIResponse(responseCode = "403", description = "Hospitals do not see site standards")
    public SiteStandardsView get() {
        return SiteStandardsView.of(standards);
    }
}
