package org.nuanxin.family.remembrance;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
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

/** Bereavement data: coordinators only, auditors included out. */
@Path("/api/families/{familyId}/remembrance-dates")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "remembrance", description = "纪念日关怀提醒")
@RolesAllowed({Roles.CITY_COORDINATOR, Roles.DISTRICT_COORDINATOR})
public class RemembranceResource {

    private final RemembranceService service;

    RemembranceResource(RemembranceService service) {
        this.service = service;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Add a yearly date that calls for outreach (death anniversary, birthday…)")
    @APIResponse(responseCode = "201", description = "The date with its next occurrence",
            content = @Content(schema = @Schema(implementation = RemembranceDateView.class)))
    @APIResponse(responseCode = "400", description = "Invalid field (e.g. 30 February), named in violations",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = "No valid token",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Only coordinators see these dates",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such family in the caller's area",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "The family's record is closed",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response add(@PathParam("familyId") UUID familyId,
                        @Valid @NotNull(message = "请求体不能为空") AddRemembranceDateRequest request) {
        return Response.status(Response.Status.CREATED).entity(service.add(familyId, request)).build();
    }

    @GET
    @Operation(summary = "The family's remembrance dates, the next one first")
    @APIResponse(responseCode = "200", description = "The dates")
    @APIResponse(responseCode = "401", description = "No valid token",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Only coordinators see these dates",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such family in the caller's area",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public List<RemembranceDateView> list(@PathParam("familyId") UUID familyId) {
        return service.ofFamily(familyId);
    }
}
