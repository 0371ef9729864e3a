package org.nuanxin.volunteer.matching;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
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
import org.nuanxin.common.problem.Problem;
import org.nuanxin.common.security.Roles;

import java.util.List;
import java.util.UUID;

@Path("/api/tasks/{taskId}/candidates")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "tasks")
public class CandidateResource {

    private final MatchingService service;

    CandidateResource(MatchingService service) {
        this.service = service;
    }

    @GET
    @RolesAllowed({Roles.CITY_COORDINATOR, Roles.DISTRICT_COORDINATOR})
    @Operation(summary = "Volunteers suggested for the task, best first",
            description = "Active members of the task's district, free in its window, who have not declined it; ranked by "
                    + "skill fit, distance, availability, load and dialect (formula in the README).")
    @APIResponse(responseCode = "200", description = "The ranked candidates with the parts of their scores")
    @APIResponse(responseCode = "400", description = "Invalid limit",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = "No valid token",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Role may not assign",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such task in the caller's district",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "The task is under way, completed or cancelled",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public List<Candidate> candidates(@PathParam("taskId") UUID taskId,
                                      @QueryParam("limit") @Min(value = 1, message = "至少 1 人")
                                      @Max(value = 50, message = "最多 50 人") Integer limit) {
        return service.candidates(taskId, limit);
    }
}
