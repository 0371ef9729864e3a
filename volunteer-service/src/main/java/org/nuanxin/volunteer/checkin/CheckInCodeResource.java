package org.nuanxin.volunteer.checkin;

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
import org.nuanxin.common.problem.Problem;
import org.nuanxin.common.security.Roles;

import java.util.UUID;

@Path("/api/check-in-codes/{familyId}")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "check-in", description = "签到码、签到与签退")
public class CheckInCodeResource {

    private final CheckInCodeService service;

    CheckInCodeResource(CheckInCodeService service) {
        this.service = service;
    }

    @GET
    @RolesAllowed({Roles.CITY_COORDINATOR, Roles.DISTRICT_COORDINATOR})
    @Operation(summary = "The family's current rotating check-in code and its QR payload",
            description = "For the family's or site's display. Volunteers cannot fetch codes: they read them on the spot.")
    @APIResponse(responseCode = "200", description = "The current code",
            content = @Content(schema = @Schema(implementation = CheckInCodeView.class)))
    @APIResponse(responseCode = "401", description = "No valid token",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Role may not fetch codes",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such family in the caller's district",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public CheckInCodeView current(@PathParam("familyId") UUID familyId) {
        return service.current(familyId);
    }
}
