package org.nuanxin.family.liaison;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
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
import org.nuanxin.common.problem.ProblemException;
import org.nuanxin.common.security.Roles;

import java.util.List;
import java.util.UUID;

@Path("/api/families/{familyId}/liaisons")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "liaisons", description = "双岗联系人")
public class LiaisonResource {

    private final LiaisonService service;

    LiaisonResource(LiaisonService service) {
        this.service = service;
    }

    @PUT
    @Path("/{role}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.CITY_COORDINATOR, Roles.DISTRICT_COORDINATOR})
    @Operation(summary = "Fill one of the family's two liaison posts (COMMUNITY_WORKER or BRANCH_WORKER)")
    @APIResponse(responseCode = "200", description = "The liaison, phone masked",
            content = @Content(schema = @Schema(implementation = LiaisonView.class)))
    @APIResponse(responseCode = "400", description = "Invalid field or unknown post, named in violations",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = "No valid token",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Role may not assign liaisons",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such family in the caller's area",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "The family's record is closed",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public LiaisonView assign(@PathParam("familyId") UUID familyId, @PathParam("role") String role,
                              @Valid @NotNull(message = "请求体不能为空") AssignLiaisonRequest request) {
        return service.assign(familyId, roleOf(role), request);
    }

    @GET
    @RolesAllowed({Roles.CITY_COORDINATOR, Roles.DISTRICT_COORDINATOR, Roles.AUDITOR})
    @Operation(summary = "The family's liaisons")
    @APIResponse(responseCode = "200", description = "Zero to two liaisons, phones masked")
    @APIResponse(responseCode = "401", description = "No valid token",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Role may not read liaisons",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such family in the caller's area",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public List<LiaisonView> list(@PathParam("familyId") UUID familyId) {
        return service.ofFamily(familyId);
    }

    private static LiaisonRole roleOf(String role) {
        try {
            return LiaisonRole.valueOf(role);
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalidField("role", "联系人岗位须为 COMMUNITY_WORKER 或 BRANCH_WORKER");
        }
    }
}
