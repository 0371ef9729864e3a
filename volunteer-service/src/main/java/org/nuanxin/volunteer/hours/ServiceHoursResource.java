package org.nuanxin.volunteer.hours;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.nuanxin.common.problem.Problem;
import org.nuanxin.common.security.Roles;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.UUID;

@Path("/api/service-hours")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "service-hours", description = "志愿服务时长台账、更正审批、星级与导出")
public class ServiceHoursResource {

    private final ServiceHoursService service;

    ServiceHoursResource(ServiceHoursService service) {
        this.service = service;
    }

    @GET
    @Path("/me")
    @RolesAllowed(Roles.VOLUNTEER)
    @Operation(summary = "The caller's own ledger, total hours and star level")
    @APIResponse(responseCode = "200", description = "The ledger",
            content = @Content(schema = @Schema(implementation = ServiceHoursView.class)))
    @APIResponse(responseCode = "401", description = "No valid token",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Not a volunteer",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "The account is linked to no member",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public ServiceHoursView mine() {
        return service.mine();
    }

    @GET
    @Path("/volunteers/{volunteerId}")
    @RolesAllowed({Roles.CITY_COORDINATOR, Roles.DISTRICT_COORDINATOR, Roles.AUDITOR, Roles.VOLUNTEER})
    @Operation(summary = "A volunteer's ledger, total hours and star level")
    @APIResponse(responseCode = "200", description = "The ledger",
            content = @Content(schema = @Schema(implementation = ServiceHoursView.class)))
    @APIResponse(responseCode = "401", description = "No valid token",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Role may not read ledgers",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such volunteer for the caller (volunteers: only themselves)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public ServiceHoursView of(@PathParam("volunteerId") UUID volunteerId) {
        return service.of(volunteerId);
    }

    @GET
    @Path("/export")
    @Produces("text/csv")
    @RolesAllowed({Roles.CITY_COORDINATOR, Roles.DISTRICT_COORDINATOR})
    @Operation(summary = "The ledger rows of a period as CSV for the national volunteer record",
            description = "UTF-8 with BOM (opens in Excel), Chinese headers, one row per credited service. Default: this month.")
    @APIResponse(responseCode = "200", description = "The CSV file",
            content = @Content(mediaType = "text/csv", schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING,
                    example = "志愿者编号,姓名,手机号,所在区,服务日期,服务类型,开始时间,结束时间,服务时长（小时）,服务分钟,记录来源")))
    @APIResponse(responseCode = "400", description = "Invalid dates, named in violations",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = "No valid token",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Role may not export, or another district",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response export(
            @QueryParam("districtCode") @Pattern(regexp = "\\d{6}", message = "区划代码须为 6 位数字") String districtCode,
            @QueryParam("from") @Schema(example = "2026-11-01") LocalDate from,
            @QueryParam("to") @Schema(example = "2026-11-30") LocalDate to) {
        YearMonth month = YearMonth.now(ServiceHoursService.XIAMEN);
        LocalDate start = from == null ? month.atDay(1) : from;
        LocalDate end = to == null ? month.atEndOfMonth() : to;
        String csv = service.exportCsv(districtCode, start, end);
        String file = "service-hours-" + (districtCode == null ? "xiamen" : districtCode) + "-" + start + "-" + end + ".csv";
        return Response.ok(csv, "text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"" + file + "\"").build();
    }

    @POST
    @Path("/corrections")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.CITY_COORDINATOR, Roles.DISTRICT_COORDINATOR, Roles.VOLUNTEER})
    @Operation(summary = "Ask for a correction of hours, with a reason",
            description = "A volunteer asks for their own; nothing is credited until a coordinator approves.")
    @APIResponse(responseCode = "201", description = "The pending request",
            content = @Content(schema = @Schema(implementation = CorrectionView.class)))
    @APIResponse(responseCode = "400", description = "Invalid field, named in violations",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = "No valid token",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Role may not ask for corrections",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "The account is linked to no member",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response request(@Valid @NotNull(message = "请求体不能为空") CorrectionRequest request) {
        return Response.status(Response.Status.CREATED).entity(service.request(request)).build();
    }

    @GET
    @Path("/corrections")
    @RolesAllowed({Roles.CITY_COORDINATOR, Roles.DISTRICT_COORDINATOR, Roles.AUDITOR, Roles.VOLUNTEER})
    @Operation(summary = "Correction requests in the caller's area, oldest first (a volunteer: their own)")
    @APIResponse(responseCode = "200", description = "The requests")
    @APIResponse(responseCode = "400", description = "Invalid status filter",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = "No valid token",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Role may not read corrections",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public List<CorrectionView> corrections(@QueryParam("status") @Pattern(regexp = "PENDING|APPROVED|REJECTED",
            message = "不是已知的状态") String status) {
        return service.corrections(status == null ? null : HourCorrection.Status.valueOf(status));
    }

    @POST
    @Path("/corrections/{id}/decision")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.CITY_COORDINATOR, Roles.DISTRICT_COORDINATOR})
    @Operation(summary = "Approve (credit the ledger) or reject a correction, with a reason",
            description = "Not by the coordinator who asked for it.")
    @APIResponse(responseCode = "200", description = "The decided request",
            content = @Content(schema = @Schema(implementation = CorrectionView.class)))
    @APIResponse(responseCode = "400", description = "Invalid field, named in violations",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = "No valid token",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Role may not decide",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such request in the caller's district",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Already decided, own request, stale version or negative total",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public CorrectionView decide(@PathParam("id") UUID id,
                                 @Valid @NotNull(message = "请求体不能为空") CorrectionDecision decision) {
        return service.decide(id, decision);
    }
}
