package org.nuanxin.volunteer.report;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
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
import org.nuanxin.volunteer.task.TaskView;

import java.util.UUID;

@Path("/api/tasks/{taskId}/completion")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "tasks")
public class CompletionResource {

    private final CompletionService service;

    CompletionResource(CompletionService service) {
        this.service = service;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.VOLUNTEER)
    @Operation(summary = "Complete the caller's task; a visit or call with its report",
            description = "On-site tasks need a verified check-in; a missing check-out is made now. Publishes "
                    + "task-completed and, for HOME_VISIT and PHONE_CONTACT, visit-reported in the same transaction.")
    @APIResponse(responseCode = "200", description = "The completed task",
            content = @Content(schema = @Schema(implementation = TaskView.class)))
    @APIResponse(responseCode = "400", description = "Report incomplete (wellbeing, followUpDue, durationMinutes…), named in violations",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = "No valid token",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Not a volunteer",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "Not the caller's task",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Not checked in (on-site kinds), already completed or cancelled",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public TaskView complete(@PathParam("taskId") UUID taskId, @Valid CompleteTaskRequest request) {
        return service.complete(taskId, request);
    }
}
