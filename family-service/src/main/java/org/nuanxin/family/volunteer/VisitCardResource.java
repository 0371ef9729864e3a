package org.nuanxin.family.volunteer;

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

@Path("/api/families/{familyId}/visit-card")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "volunteer access", description = "志愿者执行任务所需的最少家庭信息")
public class VisitCardResource {

    private final VisitCardService service;

    VisitCardResource(VisitCardService service) {
        this.service = service;
    }

    @GET
    @RolesAllowed(Roles.VOLUNTEER)
    @Operation(summary = "The visit card of a family the calling volunteer holds an open task for",
            description = "Readable from 12 hours before the task window opens to 12 hours after it closes "
                    + "(configurable). Each read is written to the access audit.")
    @APIResponse(responseCode = "200", description = "Address, the people with a phone to call ahead, needs to mind",
            content = @Content(schema = @Schema(implementation = VisitCard.class)))
    @APIResponse(responseCode = "401", description = "No valid token",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Not a volunteer",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No open task of the caller for this family at this time",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public VisitCard visitCard(@PathParam("familyId") UUID familyId) {
        return service.visitCard(familyId);
    }
}
