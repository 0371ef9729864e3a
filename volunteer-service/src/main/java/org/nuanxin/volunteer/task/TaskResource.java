package org.nuanxin.volunteer.task;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
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

import java.time.OffsetDateTime;
import java.util.UUID;

@Path("/api/tasks")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "tasks", description = "服务任务：入户走访、电话联络、陪诊、代办、心理疏导、活动保障")
public class TaskResource {

    private final TaskService service;

    TaskResource(TaskService service) {
        this.service = service;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.CITY_COORDINATOR, Roles.DISTRICT_COORDINATOR})
    @Operation(summary = "Create a task for a family",
            description = "The family must be known from family-service's events and active; the task takes its district.")
    @APIResponse(responseCode = "201", description = "The open task",
            content = @Content(schema = @Schema(implementation = TaskView.class)))
    @APIResponse(responseCode = "400", description = "Invalid field (unknown or closed familyId, window…), named in violations",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = "No valid token",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Role may not create tasks",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "The family is outside the caller's district",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response create(@Valid @NotNull(message = "请求体不能为空") CreateTaskRequest request, @Context UriInfo uri) {
        TaskView task = service.create(request);
        return Response.created(uri.getAbsolutePathBuilder().path(task.id().toString()).build()).entity(task).build();
    }

    @GET
    @RolesAllowed({Roles.CITY_COORDINATOR, Roles.DISTRICT_COORDINATOR, Roles.AUDITOR, Roles.VOLUNTEER})
    @Operation(summary = "Tasks in the caller's area by window start; a volunteer gets their own only")
    @APIResponse(responseCode = "200", description = "One page with the total")
    @APIResponse(responseCode = "400", description = "Invalid filter or paging",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = "No valid token",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Role may not list tasks",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public PageResponse<TaskView> search(
            @QueryParam("status") @Pattern(regexp = "OPEN|ASSIGNED|ACCEPTED|CHECKED_IN|COMPLETED|CANCELLED",
                    message = "不是已知的任务状态") String status,
            @QueryParam("kind") @Pattern(regexp = "HOME_VISIT|PHONE_CONTACT|ACCOMPANY_TO_HOSPITAL|ERRAND"
                    + "|PSYCHOLOGICAL_SUPPORT|EVENT_SUPPORT", message = "不是已知的任务类型") String kind,
            @QueryParam("districtCode") @Pattern(regexp = "\\d{6}", message = "区划代码须为 6 位数字") String districtCode,
            @QueryParam("volunteerId") UUID volunteerId,
            @QueryParam("familyId") UUID familyId,
            @QueryParam("from") @Schema(example = "2026-12-01T00:00:00+08:00") OffsetDateTime from,
            @QueryParam("to") @Schema(example = "2026-12-08T00:00:00+08:00") OffsetDateTime to,
            @QueryParam("page") @DefaultValue("0") @Min(value = 0, message = "页码从 0 开始") int page,
            @QueryParam("size") @DefaultValue("20") @Min(value = 1, message = "每页至少 1 条")
            @Max(value = 100, message = "每页最多 100 条") int size) {
        return service.search(new TaskSearch(status == null ? null : TaskStatus.valueOf(status),
                kind == null ? null : TaskKind.valueOf(kind), districtCode, volunteerId, familyId, from, to, page, size));
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.CITY_COORDINATOR, Roles.DISTRICT_COORDINATOR, Roles.AUDITOR, Roles.VOLUNTEER})
    @Operation(summary = "One task", description = "A volunteer sees place and instructions only around the window.")
    @APIResponse(responseCode = "200", description = "The task",
            content = @Content(schema = @Schema(implementation = TaskView.class)))
    @APIResponse(responseCode = "401", description = "No valid token",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Role may not see tasks",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such task for the caller (another volunteer's task included)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public TaskView get(@PathParam("id") UUID id) {
        return service.get(id);
    }

    @POST
    @Path("/{id}/assignment")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.CITY_COORDINATOR, Roles.DISTRICT_COORDINATOR})
    @Operation(summary = "Assign or reassign the task to a volunteer",
            description = "Publishes task-assigned (also on reassignment). No volunteer holds two tasks in overlapping windows.")
    @APIResponse(responseCode = "200", description = "The assigned task",
            content = @Content(schema = @Schema(implementation = TaskView.class)))
    @APIResponse(responseCode = "400", description = "Unknown volunteer, named volunteerId",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = "No valid token",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Role may not assign",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such task in the caller's district",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Double-booking or inactive volunteer (volunteerId), stale version, or task under way",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public TaskView assign(@PathParam("id") UUID id, @Valid @NotNull(message = "请求体不能为空") AssignRequest request) {
        return service.assign(id, request);
    }

    @POST
    @Path("/{id}/accept")
    @RolesAllowed(Roles.VOLUNTEER)
    @Operation(summary = "The assigned volunteer accepts their task")
    @APIResponse(responseCode = "200", description = "The accepted task",
            content = @Content(schema = @Schema(implementation = TaskView.class)))
    @APIResponse(responseCode = "401", description = "No valid token",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Not a volunteer",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "Not the caller's task",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Not in ASSIGNED, window over, or stale version",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public TaskView accept(@PathParam("id") UUID id, @QueryParam("version") Long version) {
        return service.accept(id, version);
    }

    @POST
    @Path("/{id}/decline")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.VOLUNTEER)
    @Operation(summary = "The assigned volunteer gives the task back (before check-in); it is open again")
    @APIResponse(responseCode = "200", description = "The task, open again",
            content = @Content(schema = @Schema(implementation = TaskView.class)))
    @APIResponse(responseCode = "400", description = "Invalid field",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = "No valid token",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Not a volunteer",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "Not the caller's task",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Already checked in, or stale version",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public TaskView decline(@PathParam("id") UUID id, @Valid ReasonRequest request) {
        return service.decline(id, request);
    }

    @POST
    @Path("/{id}/cancel")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.CITY_COORDINATOR, Roles.DISTRICT_COORDINATOR})
    @Operation(summary = "Cancel a task not yet under way, with a reason")
    @APIResponse(responseCode = "200", description = "The cancelled task",
            content = @Content(schema = @Schema(implementation = TaskView.class)))
    @APIResponse(responseCode = "400", description = "No reason; violations name reason",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = "No valid token",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Role may not cancel",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such task in the caller's district",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Checked in or completed, or stale version",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public TaskView cancel(@PathParam("id") UUID id, @Valid ReasonRequest request) {
        return service.cancel(id, request);
    }
}
