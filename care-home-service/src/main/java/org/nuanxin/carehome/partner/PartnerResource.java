package org.nuanxin.carehome.partner;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.nuanxin.common.security.Roles;

import java.util.List;
import java.util.UUID;

@Path("/api/sites/{siteId}/partners")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "site-partners", description = "暖心家园合作单位")
public class PartnerResource {

    private final PartnerService service;

    PartnerResource(PartnerService service) {
        this.service = service;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.CITY_COORDINATOR, Roles.DISTRICT_COORDINATOR})
    @Operation(summary = "Add a partner organisation with its agreement",
            description = "Social organisations whose agreement holds today count towards the site standard.")
    @APIResponse(responseCode = "201", description = "Added",
            content = @Content(schema = @Schema(implementation = PartnerView.class)))
    @APIResponse(responseCode = "400", description = "Invalid field, named in violations")
    @APIResponse(responseCode = "401", description = "No valid token")
    @APIResponse(responseCode = "403", description = "Only coordinators manage partners")
    @APIResponse(responseCode = "404", description = "No such site in the caller's district")
    @APIResponse(responseCode = "409", description = "The organisation already partners this site")
    public Response add(@PathParam("siteId") UUID siteId,
                        @Valid @NotNull(message = "请求体不能为空") AddPartnerRequest request, @Context UriInfo uri) {
        PartnerView partner = service.add(siteId, request);
        return Response.created(uri.getAbsolutePathBuilder().path(partner.id().toString()).build())
                .entity(partner).build();
    }

    @GET
    @RolesAllowed({Roles.CITY_COORDINATOR, Roles.DISTRICT_COORDINATOR, Roles.VOLUNTEER, Roles.AUDITOR})
    @Operation(summary = "A site's partner organisations")
    @APIResponse(responseCode = "200", description = "By kind, then name")
    @APIResponse(responseCode = "401", description = "No valid token")
    @APIResponse(responseCode = "403", description = "Hospitals do not see sites")
    @APIResponse(responseCode = "404", description = "No such site in the caller's district")
    public List<PartnerView> list(@PathParam("siteId") UUID siteId) {
        return service.list(siteId);
    }

    @DELETE
    @Path("/{partnerId}")
    @RolesAllowed({Roles.CITY_COORDINATOR, Roles.DISTRICT_COORDINATOR})
    @Operation(summary = "End a partnership", description = "May breach the site standard, which is then published.")
    @APIResponse(responseCode = "204", description = "Removed")
    @APIResponse(responseCode = "401", description = "No valid token")
    @APIResponse(responseCode = "403", description = "Only coordinators manage partners")
    @APIResponse(responseCode = "404", description = "No such site or partner")
    public void remove(@PathParam("siteId") UUID siteId, @PathParam("partnerId") UUID partnerId) {
        service.remove(siteId, partnerId);
    }
}
