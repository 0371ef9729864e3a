package org.nuanxin.carehome.site;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.nuanxin.common.paging.PageResponse;
import org.nuanxin.common.security.Roles;

import java.util.List;
import java.util.UUID;

@Path("/api/sites")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "sites", description = "暖心家园站点")
public class SiteResource {

    private final SiteService service;

    SiteResource(SiteService service) {
        this.service = service;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.CITY_COORDINATOR)
    @Operation(summary = "Open a warm-home site", description = "The city association opens sites; names are unique.")
    @APIResponse(responseCode = "201", description = "Opened",
            content = @Content(schema = @Schema(implementation = SiteView.class)))
    @APIResponse(responseCode = "400", description = "Invalid field, named in violations")
    @APIResponse(responseCode = "401", description = "No valid token")
    @APIResponse(responseCode = "403", description = "Only the city coordinator opens sites")
    @APIResponse(responseCode = "409", description = "A site of that name already exists")
    public Response open(@Valid @NotNull(message = "请求体不能为空") OpenSiteRequest request, @Context UriInfo uri) {
        SiteView site = service.open(request);
        return Response.created(uri.getAbsolutePathBuilder().path(site.id().toString()).build())
                .entity(site).build();
    }

    @GET
    @RolesAllowed({Roles.CITY_COORDINATOR, Roles.DISTRICT_COORDINATOR, Roles.VOLUNTEER, Roles.AUDITOR})
    @Operation(summary = "List warm-home sites",
            description = "District coordinators see their own district; the other roles see the whole city.")
    @APIResponse(responseCode = "200", description = "One page, by district then name")
    @APIResponse(responseCode = "400", description = "Invalid filter or paging")
    @APIResponse(responseCode = "401", description = "No valid token")
    @APIResponse(responseCode = "403", description = "Hospitals do not see sites")
    public PageResponse<SiteView> search(
            @QueryParam("districtCode") @Pattern(regexp = "\\d{6}", message = "区划代码须为 6 位数字") String districtCode,
            @QueryParam("demonstrationLevel") @Pattern(regexp = "NONE|STREET|DISTRICT",
                    message = "示范级别须为 NONE、STREET 或 DISTRICT") String demonstrationLevel,
            @QueryParam("page") @DefaultValue("0") @Min(value = 0, message = "页码从 0 开始") int page,
            @QueryParam("size") @DefaultValue("20") @Min(value = 1, message = "每页至少 1 条")
            @Max(value = 100, message = "每页最多 100 条") int size) {
        return service.search(new SiteSearch(districtCode,
                demonstrationLevel == null ? null : DemonstrationLevel.valueOf(demonstrationLevel), page, size));
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.CITY_COORDINATOR, Roles.DISTRICT_COORDINATOR, Roles.VOLUNTEER, Roles.AUDITOR})
    @Operation(summary = "One warm-home site")
    @APIResponse(responseCode = "200", description = "The site",
            content = @Content(schema = @Schema(implementation = SiteView.class)))
    @APIResponse(responseCode = "401", description = "No valid token")
    @APIResponse(responseCode = "403", description = "Hospitals do not see sites")
    @APIResponse(responseCode = "404", description = "No such site in the caller's district")
    public SiteView get(@PathParam("id") UUID id) {
        return service.get(id);
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.CITY_COORDINATOR, Roles.DISTRICT_COORDINATOR})
    @Operation(summary = "Update a site", description = "Address, hours, featured practice, demonstration level, "
            + "position; publishes site-updated.")
    @APIResponse(responseCode = "200", description = "Updated",
            content = @Content(schema = @Schema(implementation = SiteView.class)))
    @APIResponse(responseCode = "400", description = "Invalid field, named in violations")
    @APIResponse(responseCode = "401", description = "No valid token")
    @APIResponse(responseCode = "403", description = "Only coordinators update sites")
    @APIResponse(responseCode = "404", description = "No such site in the caller's district")
    public SiteView update(@PathParam("id") UUID id, @Valid @NotNull(message = "请求体不能为空") UpdateSiteRequest request) {
        return service.update(id, request);
    }

    @PUT
    @Path("/{id}/managers/{username}")
    @RolesAllowed({Roles.CITY_COORDINATOR, Roles.DISTRICT_COORDINATOR})
    @Operation(summary = "Name a site manager",
            description = "The user (preferred_username), whatever their role, then runs the site's activities.")
    @APIResponse(responseCode = "201", description = "Named")
    @APIResponse(responseCode = "204", description = "Already a manager of the site")
    @APIResponse(responseCode = "400", description = "Invalid user name")
    @APIResponse(responseCode = "401", description = "No valid token")
    @APIResponse(responseCode = "403", description = "Only coordinators name managers")
    @APIResponse(responseCode = "404", description = "No such site in the caller's district")
    public Response addManager(@PathParam("id") UUID id, @PathParam("username")
                               @Pattern(regexp = "[A-Za-z0-9._@-]{1,100}", message = "用户名格式不正确") String username) {
        return service.addManager(id, username) ? Response.status(Response.Status.CREATED).build()
                : Response.noContent().build();
    }

    @DELETE
    @Path("/{id}/managers/{username}")
    @RolesAllowed({Roles.CITY_COORDINATOR, Roles.DISTRICT_COORDINATOR})
    @Operation(summary = "Withdraw a site manager")
    @APIResponse(responseCode = "204", description = "Withdrawn")
    @APIResponse(responseCode = "401", description = "No valid token")
    @APIResponse(responseCode = "403", description = "Only coordinators withdraw managers")
    @APIResponse(responseCode = "404", description = "No such site, or the user does not manage it")
    public void removeManager(@PathParam("id") UUID id, @PathParam("username") String username) {
        service.removeManager(id, username);
    }

    @GET
    @Path("/{id}/managers")
    @RolesAllowed({Roles.CITY_COORDINATOR, Roles.DISTRICT_COORDINATOR, Roles.VOLUNTEER, Roles.AUDITOR})
    @Operation(summary = "The site's managers (user names)")
    @APIResponse(responseCode = "200", description = "By user name")
    @APIResponse(responseCode = "401", description = "No valid token")
    @APIResponse(responseCode = "403", description = "Hospitals do not see sites")
    @APIResponse(responseCode = "404", description = "No such site in the caller's district")
    public List<String> managers(@PathParam("id") UUID id) {
        return service.managers(id);
    }
}
