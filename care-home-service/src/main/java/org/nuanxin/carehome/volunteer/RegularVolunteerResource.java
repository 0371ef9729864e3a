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
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.nuanxin.common.problem.Problem;
import org.nuanxin.common.security.Roles;

import java.util.List;
import java.util.UUID;

@Path("/api/sites/{siteId}/volunteers")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "site-volunteers", description = "暖心家园固定志愿者")
public class RegularVolunteerResource {

    private final RegularVolunteerService service;

    RegularVolunteerResource(RegularVolunteerService service) {
        this.service = service;
    }

    @PUT
    @Path("/{volunteerId}")
    @RolesAllowed({Roles.CITY_COORDINATOR, Roles.DISTRICT_COORDINATOR})
    @Operation(summary = "Make a volunteer a regular of the site",
            description = "The volunteer must be active in volunteer-service. Idempotent.")
    @APIResponse(responseCode = "201", description = "Attached")
    @APIResponse(responseCode = "204", description = "Already a regular of the site")
    @APIResponse(responseCode = "400", description = "Not an active volunteer",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = "No valid token",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Only coordinators manage regular volunteers",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such site in the caller's district",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response attach(@PathParam("siteId") UUID siteId, @PathParam("volunteerId") UUID volunteerId) {
        return service.attach(siteId, volunteerId) ? Response.status(Response.Status.CREATED).build()
                : Response.noContent().build();
    }

    @GET
    @RolesAllowed({Roles.CITY_COORDINATOR, Roles.DISTRICT_COORDINATOR, Roles.AUDITOR})
    @Operation(summary = "A site's regular volunteers", description = "Ids and status only; names stay in volunteer-service.")
    @APIResponse(responseCode = "200", description = "In the order they were attached")
    @APIResponse(responseCode = "401", description = "No valid token",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Volunteers and hospitals do not see the roster",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such site in the caller's district",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public List<RegularVolunteerView> list(@PathParam("siteId") UUID siteId) {
        return service.list(siteId);
    }

    @DELETE
    @Path("/{volunteerId}")
    @RolesAllowed({Roles.CITY_COORDINATOR, Roles.DISTRICT_COORDINATOR})
    @Operation(summary = "Stop counting a volunteer as a regular of the site",
            description = "May breach the site standard, which is then published.")
    @APIResponse(responseCode = "204", description = "Detached")
    @APIResponse(responseCode = "401", description = "No valid token",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Only coordinators manage regular volunteers",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such site, or the volunteer is not a regular of it",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public void detach(@PathParam("siteId") UUID siteId, @PathParam("volunteerId") UUID volunteerId) {
        service.detach(siteId, volunteerId);
    }
}
