package org.nuanxin.carehome.budget;

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
import org.nuanxin.common.security.Roles;

import java.util.List;
import java.util.UUID;

@Path("/api/activities/{id}/spend")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "budget", description = "暖心专项经费")
public class SpendResource {

    private final BudgetService service;

    SpendResource(BudgetService service) {
        this.service = service;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.CITY_COORDINATOR, Roles.DISTRICT_COORDINATOR, Roles.VOLUNTEER, Roles.AUDITOR})
    @Operation(summary = "Record what an activity cost",
            description = "Coordinators of the district and the site's managers; publishes spend-recorded.")
    @APIResponse(responseCode = "201", description = "Recorded",
            content = @Content(schema = @Schema(implementation = SpendView.class)))
    @APIResponse(responseCode = "400", description = "Invalid amount or purpose")
    @APIResponse(responseCode = "401", description = "No valid token")
    @APIResponse(responseCode = "403", description = "Neither a coordinator nor a manager of the site")
    @APIResponse(responseCode = "404", description = "No such activity in the caller's district")
    public Response record(@PathParam("id") UUID id, @Valid @NotNull(message = "请求体不能为空") RecordSpendRequest request) {
        return Response.status(Response.Status.CREATED).entity(service.record(id, request)).build();
    }

    @GET
    @RolesAllowed({Roles.CITY_COORDINATOR, Roles.DISTRICT_COORDINATOR, Roles.VOLUNTEER, Roles.AUDITOR})
    @Operation(summary = "What an activity cost")
    @APIResponse(responseCode = "200", description = "In the order recorded")
    @APIResponse(responseCode = "401", description = "No valid token")
    @APIResponse(responseCode = "403", description = "Hospitals do not see activities")
    @APIResponse(responseCode = "404", description = "No such activity in the caller's district")
    public List<SpendView> spend(@PathParam("id") UUID id) {
        return service.spendOf(id);
    }

}
