package org.nuanxin.family.family;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.core.Context;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.nuanxin.common.paging.PageResponse;
import org.nuanxin.common.problem.Problem;
import org.nuanxin.common.security.Roles;
import org.nuanxin.family.needs.NeedArea;
import org.nuanxin.family.needs.RiskLevel;

import java.util.UUID;

@Path("/api/families")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "families", description = "计生特殊家庭档案")
public class FamilyResource {

    private final FamilyService service;

    FamilyResource(FamilyService service) {
        this.service = service;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.CITY_COORDINATOR, Roles.DISTRICT_COORDINATOR})
    @Operation(summary = "Register a family", description = "District coordinators register in their own district only.")
    @APIResponse(responseCode = "201", description = "Registered; identifiers in the response are masked",
            content = @Content(schema = @Schema(implementation = FamilyView.class)))
    @APIResponse(responseCode = "400", description = "Invalid field, named in violations",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = "No valid token",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Role may not register, or another district",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "A member's identity number is already registered",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response register(@Valid @NotNull(message = "请求体不能为空") RegisterFamilyRequest request,
                             @Context UriInfo uri) {
        FamilyView family = service.register(request);
        return Response.created(uri.getAbsolutePathBuilder().path(family.id().toString()).build())
                .entity(family).build();
    }

    @GET
    @RolesAllowed({Roles.CITY_COORDINATOR, Roles.DISTRICT_COORDINATOR, Roles.AUDITOR})
    @Operation(summary = "Search families in the caller's area",
            description = "q matches a member's name, the last four characters of an identity number, "
                    + "a full identity number or a full phone number; need finds families whose latest assessment "
                    + "rates that need MEDIUM or HIGH.")
    @APIResponse(responseCode = "200", description = "One page, newest first, identifiers masked")
    @APIResponse(responseCode = "400", description = "Invalid filter or paging",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = "No valid token",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Role may not list families",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public PageResponse<FamilySummary> search(
            @QueryParam("q") @Size(max = 40, message = "搜索词不超过 40 字") String q,
            @QueryParam("districtCode") @Pattern(regexp = "\\d{6}", message = "区划代码须为 6 位数字") String districtCode,
            @QueryParam("street") @Size(max = 40, message = "街道名称不超过 40 字") String street,
            @QueryParam("category") @Pattern(regexp = "BEREAVED|DISABLED_CHILD", message = "类别须为 BEREAVED 或 DISABLED_CHILD") String category,
            @QueryParam("risk") @Pattern(regexp = "UNASSESSED|LOW|MEDIUM|HIGH", message = "风险等级须为 UNASSESSED、LOW、MEDIUM 或 HIGH") String risk,
            @QueryParam("need") @Pattern(regexp = "MEDICAL|PSYCHOLOGICAL|DAILY_CARE|FINANCIAL|SOCIAL|HOUSING|LEGAL", message = "需求领域无效") String need,
            @QueryParam("page") @DefaultValue("0") @Min(value = 0, message = "页码从 0 开始") int page,
            @QueryParam("size") @DefaultValue("20") @Min(value = 1, message = "每页至少 1 条")
            @Max(value = 100, message = "每页最多 100 条") int size) {
        return service.search(new FamilySearch(q, districtCode, street,
                category == null ? null : FamilyCategory.valueOf(category),
                risk == null ? null : RiskLevel.valueOf(risk), need == null ? null : NeedArea.valueOf(need), page, size));
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.CITY_COORDINATOR, Roles.DISTRICT_COORDINATOR, Roles.AUDITOR})
    @Operation(summary = "One family with its members (identifiers masked)")
    @APIResponse(responseCode = "200", description = "The family",
            content = @Content(schema = @Schema(implementation = FamilyView.class)))
    @APIResponse(responseCode = "401", description = "No valid token",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such family in the caller's area",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public FamilyView get(@PathParam("id") UUID id) {
        return service.get(id);
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.CITY_COORDINATOR, Roles.DISTRICT_COORDINATOR})
    @Operation(summary = "Correct a family's category or address within its district")
    @APIResponse(responseCode = "200", description = "The updated family",
            content = @Content(schema = @Schema(implementation = FamilyView.class)))
    @APIResponse(responseCode = "400", description = "Invalid field, named in violations",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = "No valid token",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Role may not update families",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such family in the caller's area",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "The family's record is closed",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public FamilyView update(@PathParam("id") UUID id,
                             @Valid @NotNull(message = "请求体不能为空") UpdateFamilyRequest request) {
        return service.update(id, request);
    }

    @POST
    @Path("/{id}/closure")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.CITY_COORDINATOR, Roles.DISTRICT_COORDINATOR})
    @Operation(summary = "Close a family's record: moved away, closed with a reason, or deceased household")
    @APIResponse(responseCode = "200", description = "The closed family",
            content = @Content(schema = @Schema(implementation = FamilyView.class)))
    @APIResponse(responseCode = "400", description = "Invalid field, named in violations",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = "No valid token",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Role may not close families",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such family in the caller's area",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Already closed",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public FamilyView close(@PathParam("id") UUID id,
                            @Valid @NotNull(message = "请求体不能为空") CloseFamilyRequest request) {
        return service.close(id, request);
    }

    @GET
    @Path("/{id}/full")
    @RolesAllowed({Roles.CITY_COORDINATOR, Roles.DISTRICT_COORDINATOR})
    @Operation(summary = "The full record: identity numbers, phones and health in clear",
            description = "Only coordinators of the family's area; the purpose is required and every read is "
                    + "written to the access-audit log (GET /api/access-audit).")
    @APIResponse(responseCode = "200", description = "The full record",
            content = @Content(schema = @Schema(implementation = FamilyRecord.class)))
    @APIResponse(responseCode = "400", description = "No purpose given",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = "No valid token",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Role has no need for the full record",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such family in the caller's area",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public FamilyRecord fullRecord(
            @PathParam("id") UUID id,
            @QueryParam("purpose") @NotBlank(message = "请说明查阅完整档案的事由")
            @Size(min = 2, max = 200, message = "事由为 2 到 200 字") String purpose) {
        return service.fullRecord(id, purpose);
    }
}
