package org.nuanxin.carehome.volunteer;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.nuanxin.carehome.site.SiteMembershipService;
import org.nuanxin.common.security.Roles;

import java.util.List;
import java.util.UUID;

@Path("/api/sites/{siteId}/volunteers")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "site-volunteers", description = "暖心家园固定志愿者")
public class RegularVolunteerResource {

    private final SiteMembershipService membership;
    private final RegularVolunteers regulars;

    RegularVolunteerResource(SiteMembershipService membership, RegularVolunteers regulars) {
        this.membership = membership;
        this.regulars = regulars;
    }

    @PUT
    @Path("/{volunteerId}")
    @RolesAllowed({Roles.CITY_COORDINATOR, Roles.DISTRICT_COORDINATOR})
    @Operation(summary = "Make a volunteer a regular of the site",
            description = "The volunteer must be active in volunteer-service. Idempotent.")
    @APIResponse(responseCode = "201", description = "Attached")
    @APIResponse(responseCode = "204", description = "Already a regular of the site")
    @APIResponse(responseCode = "400", description = "Not an active volunteer")
    @APIResponse(responseCode = "401", description = "No valid token")
    @APIResponse(responseCode = "403", description = "Only coordinators manage regular volunteers")
    @APIResponse(responseCode = "404", description = "No such site in the caller's district")
    public Response attach(@PathParam("siteId") UUID siteId, @PathParam("volunteerId") UUID volunteerId) {
        return membership.attach(regulars, siteId, volunteerId) ? Response.status(Response.Status.CREATED).build()
                : Response.noContent().build();
    }

    @GET
    @RolesAllowed({Roles.CITY_COORDINATOR, Roles.DISTRICT_COORDINATOR, Roles.AUDITOR})
    @Operation(summary = "A site's regular volunteers", description = "Ids and status only; names stay in volunteer-service.")
    @APIResponse(responseCode = "200", description = "In the order they were attached")
    @APIResponse(responseCode = "401", description = "No valid token")
    @APIResponse(responseCode = "403", description = "Volunteers and hospitals do not see the roster")
    @APIResponse(responseCode = "404", description = "No such site in the caller's district")
    public List<RegularVolunteerView> list(@PathParam("siteId") UUID siteId) {
        return membership.list(regulars, siteId);
    }

    @DELETE
    @Path("/{volunteerId}")
    @RolesAllowed({Roles.CITY_COORDINATOR, Roles.DISTRICT_COORDINATOR})
    @Operation(summary = "Stop counting a volunteer as a regular of the site",
            description = "May breach the site standard, which is then published.")
    @APIResponse(responseCode = "204", description = "Detached")
    @APIResponse(responseCode = "401", description = "No valid token")
    @APIResponse(responseCode = "403", description = "Only coordinators manage regular volunteers")
    @APIResponse(responseCode = "404", description = "No such site, or the volunteer is not a regular of it")
    public void detach(@PathParam("siteId") UUID siteId, @PathParam("volunteerId") UUID volunteerId) {
        membership.detach(regulars, siteId, volunteerId);
    }
}
