package org.nuanxin.volunteer.checkin;

import jakarta.annotation.security.RolesAllowed;
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

@Path("/api/tasks/{taskId}/check-out")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "check-in")
public class CheckOutResource {

    private final CheckInService service;

    CheckOutResource(CheckInService service) {
        this.service = service;
    }

    @POST
    @RolesAllowed(Roles.VOLUNTEER)
    @Operation(summary = "Check out: ends the verified pair and credits its hours to the ledger",
            description = "Whole minutes from check-in, capped at nuanxin.check-in.max-credited-per-task; publishes hours-credited.")
    @APIResponse(responseCode = "200", description = "The task with its check-out time",
            content = @Content(schema = @Schema(implementation = TaskView.class)))
    @APIResponse(responseCode = "401", description = "No valid token",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Not a volunteer",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "Not the caller's task",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Not checked in, or already checked out",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public TaskView checkOut(@PathParam("taskId") UUID taskId) {
        return service.checkOut(taskId);
    }
}
