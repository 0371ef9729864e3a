package org.nuanxin.volunteer.volunteer;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
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
import org.nuanxin.common.problem.Problem;
import org.nuanxin.common.security.Roles;

import java.util.List;
import java.util.UUID;

@Path("/api/volunteers")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "volunteers", description = "金色阳光志愿服务队名册")
public class VolunteerResource {

    private final VolunteerService service;

    VolunteerResource(VolunteerService service) {
        this.service = service;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.CITY_COORDINATOR, Roles.DISTRICT_COORDINATOR})
    @Operation(summary = "Register a volunteer, social worker or project staff member",
            description = "District coordinators register in their own district only. New members start as APPLICANT.")
    @APIResponse(responseCode = "201", description = "Registered; the phone in the response is masked",
            content = @Content(schema = @Schema(implementation = VolunteerView.class)))
    @APIResponse(responseCode = "400", description = "Invalid field, named in violations",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = "No valid token",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Role may not register, or another district",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "The phone number is already in the register",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response register(@Valid @NotNull(message = "请求体不能为空") RegisterVolunteerRequest request,
                             @Context UriInfo uri) {
        VolunteerView volunteer = service.register(request);
        return Response.created(uri.getAbsolutePathBuilder().path(volunteer.id().toString()).build())
                .entity(volunteer).build();
    }

    @GET
    @RolesAllowed({Roles.CITY_COORDINATOR, Roles.DISTRICT_COORDINATOR, Roles.AUDITOR})
    @Operation(summary = "Search the register in the caller's area",
            description = "q matches part of a name or a full phone number; skill keeps those who offer it.")
    @APIResponse(responseCode = "200", description = "One page, newest first, phones masked")
    @APIResponse(responseCode = "400", description = "Invalid filter or paging",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = "No valid token",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Role may not list volunteers",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public PageResponse<VolunteerView> search(
            @QueryParam("q") @Size(max = 40, message = "搜索词不超过 40 字") String q,
            @QueryParam("districtCode") @Pattern(regexp = "\\d{6}", message = "区划代码须为 6 位数字") String districtCode,
            @QueryParam("skill") @Pattern(regexp = Skill.NAMES, message = "不是已知的服务技能") String skill,
            @QueryParam("status") @Pattern(regexp = "APPLICANT|ACTIVE|SUSPENDED|LEFT", message = "不是已知的状态") String status,
            @QueryParam("page") @DefaultValue("0") @Min(value = 0, message = "页码从 0 开始") int page,
            @QueryParam("size") @DefaultValue("20") @Min(value = 1, message = "每页至少 1 条")
            @Max(value = 100, message = "每页最多 100 条") int size) {
        return service.search(new VolunteerSearch(q, districtCode, skill == null ? null : Skill.valueOf(skill),
                status == null ? null : VolunteerStatus.valueOf(status), page, size));
    }

    @GET
    @Path("/me")
    @RolesAllowed(Roles.VOLUNTEER)
    @Operation(summary = "The member linked to the caller's login account")
    @APIResponse(responseCode = "200", description = "The caller's own record",
            content = @Content(schema = @Schema(implementation = VolunteerView.class)))
    @APIResponse(responseCode = "401", description = "No valid token",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Not a volunteer",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "The account is linked to no member",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public VolunteerView me() {
        return service.me();
    }

    @PUT
    @Path("/me/availability")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.VOLUNTEER)
    @Operation(summary = "Replace the caller's own weekly availability",
            description = "The only part of their record a volunteer changes themselves; never status or hours.")
    @APIResponse(responseCode = "200", description = "The caller's record with the new slots",
            content = @Content(schema = @Schema(implementation = VolunteerView.class)))
    @APIResponse(responseCode = "400", description = "Invalid slot, named in violations",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = "No valid token",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Not a volunteer",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "The account is linked to no member",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public VolunteerView setMyAvailability(@Valid @NotNull(message = "请求体不能为空") AvailabilityRequest request) {
        return service.setMyAvailability(request);
    }

    @POST
    @Path("/{id}/status")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.CITY_COORDINATOR, Roles.DISTRICT_COORDINATOR})
    @Operation(summary = "Change a member's status: APPLICANT → ACTIVE → SUSPENDED ↔ ACTIVE, any → LEFT",
            description = "Publishes volunteer-joined, -suspended, -reinstated or -left. A member who still holds "
                    + "open tasks cannot be suspended or leave until they are reassigned.")
    @APIResponse(responseCode = "200", description = "The member with the new status",
            content = @Content(schema = @Schema(implementation = VolunteerView.class)))
    @APIResponse(responseCode = "400", description = "Invalid field, named in violations",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = "No valid token",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Role may not change statuses",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such member in the caller's area",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Transition not allowed, or open tasks; violations name status",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public VolunteerView changeStatus(@PathParam("id") UUID id,
                                      @Valid @NotNull(message = "请求体不能为空") ChangeStatusRequest request) {
        return service.changeStatus(id, request);
    }

    @GET
    @Path("/{id}/status-history")
    @RolesAllowed({Roles.CITY_COORDINATOR, Roles.DISTRICT_COORDINATOR, Roles.AUDITOR})
    @Operation(summary = "A member's status changes, newest first, with reasons")
    @APIResponse(responseCode = "200", description = "The history")
    @APIResponse(responseCode = "401", description = "No valid token",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Role may not see volunteers",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such member in the caller's area",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public List<StatusChangeView> statusHistory(@PathParam("id") UUID id) {
        return service.statusHistory(id);
    }

    @PUT
    @Path("/{id}/account")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.CITY_COORDINATOR, Roles.DISTRICT_COORDINATOR})
    @Operation(summary = "Link the member to a login account (Keycloak preferred_username), or unlink with null")
    @APIResponse(responseCode = "200", description = "The member with the account",
            content = @Content(schema = @Schema(implementation = VolunteerView.class)))
    @APIResponse(responseCode = "400", description = "Invalid username",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = "No valid token",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Role may not link accounts",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such member in the caller's area",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "The account is linked to another member; violations name username",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public VolunteerView linkAccount(@PathParam("id") UUID id, @Valid @NotNull(message = "请求体不能为空") Account account) {
        return service.linkAccount(id, account);
    }

    @PUT
    @Path("/{id}/availability")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.CITY_COORDINATOR, Roles.DISTRICT_COORDINATOR})
    @Operation(summary = "Replace a member's weekly availability")
    @APIResponse(responseCode = "200", description = "The member with the new slots",
            content = @Content(schema = @Schema(implementation = VolunteerView.class)))
    @APIResponse(responseCode = "400", description = "Invalid slot, named in violations",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = "No valid token",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Role may not change members",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such member in the caller's area",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public VolunteerView setAvailability(@PathParam("id") UUID id,
                                         @Valid @NotNull(message = "请求体不能为空") AvailabilityRequest request) {
        return service.setAvailability(id, request);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.CITY_COORDINATOR, Roles.DISTRICT_COORDINATOR, Roles.AUDITOR})
    @Operation(summary = "One member of the corps (phone masked)")
    @APIResponse(responseCode = "200", description = "The volunteer",
            content = @Content(schema = @Schema(implementation = VolunteerView.class)))
    @APIResponse(responseCode = "401", description = "No valid token",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Role may not see volunteers",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such volunteer in the caller's area",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public VolunteerView get(@PathParam("id") UUID id) {
        return service.get(id);
    }
}
