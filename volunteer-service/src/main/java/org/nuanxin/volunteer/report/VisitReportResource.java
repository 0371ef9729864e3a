package org.nuanxin.volunteer.report;

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

@Path("/api/tasks/{taskId}/report")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "tasks")
public class VisitReportResource {

    private final CompletionService service;

    VisitReportResource(CompletionService service) {
        this.service = service;
    }

    @GET
    @RolesAllowed({Roles.CITY_COORDINATOR, Roles.DISTRICT_COORDINATOR, Roles.AUDITOR, Roles.VOLUNTEER})
    @Operation(summary = "The visit report of a completed visit or call",
            description = "Notes and follow-up only for coordinators and the volunteer who wrote them.")
    @APIResponse(responseCode = "200", description = "The report",
            content = @Content(schema = @Schema(implementation = VisitReportView.class)))
    @APIResponse(responseCode = "401", description = "No valid token",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Role may not read reports",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such task for the caller, or no report yet",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public VisitReportView report(@PathParam("taskId") UUID taskId) {
        return service.reportOf(taskId);
    }
}
