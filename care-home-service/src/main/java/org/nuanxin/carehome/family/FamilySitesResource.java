package org.nuanxin.carehome.family;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.nuanxin.common.security.Roles;

import java.util.UUID;

@Path("/api/families/{familyId}/sites")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "family-sites", description = "家庭的暖心家园：服务站点、报名与参加")
public class FamilySitesResource {

    private final FamilySitesService service;

    FamilySitesResource(FamilySitesService service) {
        this.service = service;
    }

    @GET
    @RolesAllowed({Roles.CITY_COORDINATOR, Roles.DISTRICT_COORDINATOR, Roles.AUDITOR})
    @Operation(summary = "The sites that serve a family, its coming registrations and last attendances",
            description = "The site serving the family first, then the sites of the activities it is registered for "
                    + "or attended; each with district, whether it meets the standard, the family's coming places "
                    + "(registered or waitlisted, soonest first, at most 10) and its last attendances (at most 5). "
                    + "Empty for a family no site knows of.")
    @APIResponse(responseCode = "200", description = "The family's sites",
            content = @Content(schema = @Schema(implementation = FamilySitesView.class)))
    @APIResponse(responseCode = "401", description = "No valid token")
    @APIResponse(responseCode = "403", description = "Volunteers and hospitals do not see a family's sites")
    @APIResponse(responseCode = "404", description = "The family lies outside the district coordinator's district")
    public FamilySitesView get(@PathParam("familyId") UUID familyId) {
        return service.of(familyId);
    }
}
