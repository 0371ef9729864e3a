package org.nuanxin.insurance.enrolment;

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

import java.util.UUID;

@Path("/api/enrolments")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "enrolments", description = "参保登记：失独家庭成员全覆盖")
public class EnrolmentResource {

    private final EnrolmentService service;

    EnrolmentResource(EnrolmentService service) {
        this.service = service;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.CITY_COORDINATOR, Roles.DISTRICT_COORDINATOR})
    @Operation(summary = "Enrol a family member",
            description = "The identity number is stored encrypted and matched through a blind index.")
    @APIResponse(responseCode = "201", description = "Enrolled; the person's id is what claims name",
            content = @Content(schema = @Schema(implementation = InsuredPersonView.class)))
    @APIResponse(responseCode = "400", description = "Missing name or invalid identity number, named in violations")
    @APIResponse(responseCode = "401", description = "No valid token")
    @APIResponse(responseCode = "403", description = "Only coordinators enrol")
    @APIResponse(responseCode = "404", description = "The family lies outside a district coordinator's district "
            + "(reported as absent, so its existence does not leak)")
    @APIResponse(responseCode = "409", description = "The identity number is already enrolled")
    @APIResponse(responseCode = "422", description = "The family is not insurable: not a bereaved family, or closed (familyId named in violations)")
    public Response enrol(@Valid @NotNull(message = "请求体不能为空") EnrolRequest request) {
        return Response.status(201).entity(service.enrol(request)).build();
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.CITY_COORDINATOR, Roles.DISTRICT_COORDINATOR, Roles.AUDITOR})
    @Operation(summary = "An insured person, identity number masked")
    @APIResponse(responseCode = "200", description = "The insured person",
            content = @Content(schema = @Schema(implementation = InsuredPersonView.class)))
    @APIResponse(responseCode = "401", description = "No valid token")
    @APIResponse(responseCode = "403", description = "Role may not see insured persons")
    @APIResponse(responseCode = "404", description = "No such insured person")
    public InsuredPersonView get(@PathParam("id") UUID id) {
        return service.get(id);
    }
}
