package org.nuanxin.gateway.targets;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.core.Context;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.nuanxin.common.security.Roles;

import java.util.List;
import java.util.UUID;

@Path("/api/supervision/targets")
@Tag(name = "targets", description = "责任目标: the seven responsibility targets with live progress")
@Produces(MediaType.APPLICATION_JSON)
public class TargetResource {

    private final TargetService targets;

    TargetResource(TargetService targets) {
        this.targets = targets;
    }

    @GET
    @RolesAllowed({Roles.CITY_COORDINATOR, Roles.DISTRICT_COORDINATOR, Roles.AUDITOR})
    @Operation(summary = "The targets of the caller's area with live progress and trend",
            description = "City-wide callers see every target; a district coordinator the targets set for their district.")
    @APIResponse(responseCode = "200", description = "The targets, oldest first")
    @APIResponse(responseCode = "401", description = "No valid token")
    @APIResponse(responseCode = "403", description = "Volunteers and hospitals have no targets")
    public List<TargetView> list() {
        return targets.list();
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.CITY_COORDINATOR, Roles.DISTRICT_COORDINATOR, Roles.AUDITOR})
    @Operation(summary = "One target with live progress and trend")
    @APIResponse(responseCode = "200", description = "The target")
    @APIResponse(responseCode = "401", description = "No valid token")
    @APIResponse(responseCode = "403", description = "Volunteers and hospitals have no targets")
    @APIResponse(responseCode = "404", description = "No such target in the caller's area")
    public TargetView get(@PathParam("id") UUID id) {
        return targets.get(id);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.CITY_COORDINATOR)
    @Operation(summary = "Set a responsibility target",
            description = "The indicator's value now becomes the target's baseline. At most seven targets.")
    @APIResponse(responseCode = "201", description = "The target with its progress; Location names it",
            content = @Content(schema = @Schema(implementation = TargetView.class)))
    @APIResponse(responseCode = "400", description = "A missing or invalid field (a percentage over 100, an unknown district)")
    @APIResponse(responseCode = "401", description = "No valid token")
    @APIResponse(responseCode = "403", description = "Only city coordinators set targets")
    @APIResponse(responseCode = "409", description = "The city already has seven targets")
    public Response create(@Valid @NotNull TargetRequest request, @Context UriInfo uri) {
        TargetView target = targets.create(request);
        return Response.created(uri.getAbsolutePathBuilder().path(target.id().toString()).build()).entity(target).build();
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.CITY_COORDINATOR)
    @Operation(summary = "Change a target's name, owner, value or deadline", description = "Indicator and district stay.")
    @APIResponse(responseCode = "200", description = "The target with its progress")
    @APIResponse(responseCode = "400", description = "A missing or invalid field, or a changed indicator or district")
    @APIResponse(responseCode = "401", description = "No valid token")
    @APIResponse(responseCode = "403", description = "Only city coordinators change targets")
    @APIResponse(responseCode = "404", description = "No such target")
    public TargetView update(@PathParam("id") UUID id, @Valid @NotNull TargetRequest request) {
        return targets.update(id, request);
    }

    @DELETE
    @Path("/{id}")
    @RolesAllowed(Roles.CITY_COORDINATOR)
    @Operation(summary = "Remove a target")
    @APIResponse(responseCode = "204", description = "Removed")
    @APIResponse(responseCode = "401", description = "No valid token")
    @APIResponse(responseCode = "403", description = "Only city coordinators remove targets")
    @APIResponse(responseCode = "404", description = "No such target")
    public void delete(@PathParam("id") UUID id) {
        targets.delete(id);
    }
}
