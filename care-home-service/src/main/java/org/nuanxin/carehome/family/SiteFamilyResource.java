package org.nuanxin.carehome.family;

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

@Path("/api/sites/{siteId}/families")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "site-families", description = "暖心家园服务的家庭")
public class SiteFamilyResource {

    private final SiteMembershipService membership;
    private final SiteFamilies families;

    SiteFamilyResource(SiteMembershipService membership, SiteFamilies families) {
        this.membership = membership;
        this.families = families;
    }

    @PUT
    @Path("/{familyId}")
    @RolesAllowed({Roles.CITY_COORDINATOR, Roles.DISTRICT_COORDINATOR})
    @Operation(summary = "A family joins the site",
            description = "An active family of the site's district, served by no other site. Idempotent.")
    @APIResponse(responseCode = "201", description = "Joined")
    @APIResponse(responseCode = "204", description = "Already served by this site")
    @APIResponse(responseCode = "400", description = "Not an active family, or of another district")
    @APIResponse(responseCode = "401", description = "No valid token")
    @APIResponse(responseCode = "403", description = "Only coordinators manage a site's families")
    @APIResponse(responseCode = "404", description = "No such site in the caller's district")
    @APIResponse(responseCode = "409", description = "Another site serves the family")
    public Response join(@PathParam("siteId") UUID siteId, @PathParam("familyId") UUID familyId) {
        return membership.attach(families, siteId, familyId) ? Response.status(Response.Status.CREATED).build()
                : Response.noContent().build();
    }

    @GET
    @RolesAllowed({Roles.CITY_COORDINATOR, Roles.DISTRICT_COORDINATOR, Roles.AUDITOR})
    @Operation(summary = "The families a site serves", description = "Ids, category and street only.")
    @APIResponse(responseCode = "200", description = "In the order they joined")
    @APIResponse(responseCode = "401", description = "No valid token")
    @APIResponse(responseCode = "403", description = "Volunteers and hospitals do not see the families")
    @APIResponse(responseCode = "404", description = "No such site in the caller's district")
    public List<ServedFamilyView> list(@PathParam("siteId") UUID siteId) {
        return membership.list(families, siteId);
    }

    @DELETE
    @Path("/{familyId}")
    @RolesAllowed({Roles.CITY_COORDINATOR, Roles.DISTRICT_COORDINATOR})
    @Operation(summary = "A family leaves the site")
    @APIResponse(responseCode = "204", description = "Left")
    @APIResponse(responseCode = "401", description = "No valid token")
    @APIResponse(responseCode = "403", description = "Only coordinators manage a site's families")
    @APIResponse(responseCode = "404", description = "No such site, or the site does not serve the family")
    public void leave(@PathParam("siteId") UUID siteId, @PathParam("familyId") UUID familyId) {
        membership.detach(families, siteId, familyId);
    }
}
