package org.nuanxin.carehome.standards;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.nuanxin.carehome.site.SiteAccess;
import org.nuanxin.common.security.Roles;

import java.util.List;
import java.util.UUID;

@Path("/api/site-compliance")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "site-standards", description = "暖心家园建设标准")
public class ComplianceResource {

    private final ComplianceService service;
    private final SiteAccess access;

    ComplianceResource(ComplianceService service, SiteAccess access) {
        this.service = service;
        this.access = access;
    }

    @GET
    @RolesAllowed({Roles.CITY_COORDINATOR, Roles.DISTRICT_COORDINATOR, Roles.AUDITOR})
    @Operation(summary = "Every site against the standard",
            description = "District coordinators see their own district whatever districtCode says.")
    @APIResponse(responseCode = "200", description = "By district, then site name")
    @APIResponse(responseCode = "400", description = "Invalid district code")
    @APIResponse(responseCode = "401", description = "No valid token")
    @APIResponse(responseCode = "403", description = "Volunteers and hospitals do not see compliance")
    public List<ComplianceView> list(@QueryParam("districtCode")
                                     @Pattern(regexp = "\\d{6}", message = "区划代码须为 6 位数字") String districtCode) {
        return service.list(access.scope().orElse(districtCode));
    }

    @GET
    @Path("/{siteId}")
    @RolesAllowed({Roles.CITY_COORDINATOR, Roles.DISTRICT_COORDINATOR, Roles.AUDITOR})
    @Operation(summary = "One site against the standard")
    @APIResponse(responseCode = "200", description = "The site's standing",
            content = @Content(schema = @Schema(implementation = ComplianceView.class)))
    @APIResponse(responseCode = "401", description = "No valid token")
    @APIResponse(responseCode = "403", description = "Volunteers and hospitals do not see compliance")
    @APIResponse(responseCode = "404", description = "No such site in the caller's district")
    public ComplianceView get(@PathParam("siteId") UUID siteId) {
        return service.of(siteId);
    }
}
