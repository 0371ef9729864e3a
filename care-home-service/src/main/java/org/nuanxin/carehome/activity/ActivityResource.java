package org.nuanxin.carehome.activity;

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

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * Everything here that changes an activity is open to every role but hospitals at the gate, because a site's own
 * managers may hold any role; the service lets through only the district's coordinators and the site's managers.
 */
@Path("/api/activities")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "activities", description = "暖心家园活动：报名、候补、签到、评价")
public class ActivityResource {

    private final ActivityService service;

    ActivityResource(ActivityService service) {
        this.service = service;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.CITY_COORDINATOR, Roles.DISTRICT_COORDINATOR, Roles.VOLUNTEER, Roles.AUDITOR})
    @Operation(summary = "Schedule an activity at a site",
            description = "District coordinators and the site's managers. A free clinic names its experts.")
    @APIResponse(responseCode = "201", description = "Scheduled",
            content = @Content(schema = @Schema(implementation = ActivityView.class)))
    @APIResponse(responseCode = "400", description = "Invalid field, named in violations")
    @APIResponse(responseCode = "401", description = "No valid token")
    @APIResponse(responseCode = "403", description = "Neither a coordinator nor a manager of the site")
    @APIResponse(responseCode = "404", description = "No such site in the caller's district")
    public Response schedule(@Valid @NotNull(message = "请求体不能为空") ScheduleActivityRequest request,
                             @Context UriInfo uri) {
        ActivityView activity = service.schedule(request);
        return Response.created(uri.getAbsolutePathBuilder().path(activity.id().toString()).build())
                .entity(activity).build();
    }

    @GET
    @RolesAllowed({Roles.CITY_COORDINATOR, Roles.DISTRICT_COORDINATOR, Roles.VOLUNTEER, Roles.AUDITOR})
    @Operation(summary = "The schedule", description = "By start time. District coordinators see their district.")
    @APIResponse(responseCode = "200", description = "One page")
    @APIResponse(responseCode = "400", description = "Invalid filter or paging")
    @APIResponse(responseCode = "401", description = "No valid token")
    @APIResponse(responseCode = "403", description = "Hospitals do not see the schedule")
    public PageResponse<ActivityView> search(
            @QueryParam("siteId") UUID siteId,
            @QueryParam("districtCode") @Pattern(regexp = "\\d{6}", message = "区划代码须为 6 位数字") String districtCode,
            @QueryParam("kind") @Pattern(regexp = "LECTURE|FREE_CLINIC|OUTING|FESTIVAL|CANTEEN_MEAL",
                    message = "活动类型须为 LECTURE、FREE_CLINIC、OUTING、FESTIVAL 或 CANTEEN_MEAL") String kind,
            @QueryParam("from") @Schema(example = "2026-12-01T00:00:00+08:00") OffsetDateTime from,
            @QueryParam("to") @Schema(example = "2027-01-01T00:00:00+08:00") OffsetDateTime to,
            @QueryParam("page") @DefaultValue("0") @Min(value = 0, message = "页码从 0 开始") int page,
            @QueryParam("size") @DefaultValue("20") @Min(value = 1, message = "每页至少 1 条")
            @Max(value = 100, message = "每页最多 100 条") int size) {
        return service.search(new ActivitySearch(siteId, districtCode, kind == null ? null : ActivityKind.valueOf(kind),
                from, to, page, size));
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.CITY_COORDINATOR, Roles.DISTRICT_COORDINATOR, Roles.VOLUNTEER, Roles.AUDITOR})
    @Operation(summary = "One activity with its counts")
    @APIResponse(responseCode = "200", description = "The activity",
            content = @Content(schema = @Schema(implementation = ActivityView.class)))
    @APIResponse(responseCode = "401", description = "No valid token")
    @APIResponse(responseCode = "403", description = "Hospitals do not see the schedule")
    @APIResponse(responseCode = "404", description = "No such activity in the caller's district")
    public ActivityView get(@PathParam("id") UUID id) {
        return service.get(id);
    }

    @PUT
    @Path("/{id}/registrations/{familyId}")
    @RolesAllowed({Roles.CITY_COORDINATOR, Roles.DISTRICT_COORDINATOR, Roles.VOLUNTEER, Roles.AUDITOR})
    @Operation(summary = "Register a family",
            description = "A place while there is one, else the end of the waitlist. Registering again answers the "
                    + "place already held.")
    @APIResponse(responseCode = "200", description = "The family's place: REGISTERED or WAITLISTED with its position",
            content = @Content(schema = @Schema(implementation = RegistrationView.class)))
    @APIResponse(responseCode = "400", description = "Not an active family")
    @APIResponse(responseCode = "401", description = "No valid token")
    @APIResponse(responseCode = "403", description = "Neither a coordinator nor a manager of the site")
    @APIResponse(responseCode = "404", description = "No such activity in the caller's district")
    @APIResponse(responseCode = "409", description = "The activity was held or cancelled")
    public RegistrationView register(@PathParam("id") UUID id, @PathParam("familyId") UUID familyId) {
        return service.register(id, familyId);
    }

    @DELETE
    @Path("/{id}/registrations/{familyId}")
    @RolesAllowed({Roles.CITY_COORDINATOR, Roles.DISTRICT_COORDINATOR, Roles.VOLUNTEER, Roles.AUDITOR})
    @Operation(summary = "Cancel a family's registration", description = "The first waitlisted family takes the place.")
    @APIResponse(responseCode = "204", description = "Cancelled")
    @APIResponse(responseCode = "401", description = "No valid token")
    @APIResponse(responseCode = "403", description = "Neither a coordinator nor a manager of the site")
    @APIResponse(responseCode = "404", description = "No such activity, or the family holds no place")
    @APIResponse(responseCode = "409", description = "The activity was held or cancelled")
    public void cancelRegistration(@PathParam("id") UUID id, @PathParam("familyId") UUID familyId) {
        service.cancelRegistration(id, familyId);
    }

    @GET
    @Path("/{id}/registrations")
    @RolesAllowed({Roles.CITY_COORDINATOR, Roles.DISTRICT_COORDINATOR, Roles.VOLUNTEER, Roles.AUDITOR})
    @Operation(summary = "Registrations, waitlist, attendance and feedback of an activity")
    @APIResponse(responseCode = "200", description = "In order of arrival")
    @APIResponse(responseCode = "401", description = "No valid token")
    @APIResponse(responseCode = "403", description = "Neither a coordinator, an auditor nor a manager of the site")
    @APIResponse(responseCode = "404", description = "No such activity in the caller's district")
    public List<RegistrationView> registrations(@PathParam("id") UUID id) {
        return service.registrations(id);
    }

    @POST
    @Path("/{id}/attendance")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.CITY_COORDINATOR, Roles.DISTRICT_COORDINATOR, Roles.VOLUNTEER, Roles.AUDITOR})
    @Operation(summary = "Roll call at the door",
            description = "A registered family, or with walkIn an unregistered active family. Repeating is harmless.")
    @APIResponse(responseCode = "200", description = "Recorded as present",
            content = @Content(schema = @Schema(implementation = RegistrationView.class)))
    @APIResponse(responseCode = "400", description = "Not registered and not let in as a walk-in, or not an active family")
    @APIResponse(responseCode = "401", description = "No valid token")
    @APIResponse(responseCode = "403", description = "Neither a coordinator nor a manager of the site")
    @APIResponse(responseCode = "404", description = "No such activity in the caller's district")
    @APIResponse(responseCode = "409", description = "The activity was held or cancelled")
    public RegistrationView rollCall(@PathParam("id") UUID id,
                                     @Valid @NotNull(message = "请求体不能为空") RollCallRequest request) {
        return service.rollCall(id, request);
    }

    @POST
    @Path("/{id}/held")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.CITY_COORDINATOR, Roles.DISTRICT_COORDINATOR, Roles.VOLUNTEER, Roles.AUDITOR})
    @Operation(summary = "Record the activity as held",
            description = "Closes roll call and publishes activity-held with the counts; a canteen day gives mealsServed.")
    @APIResponse(responseCode = "200", description = "Held",
            content = @Content(schema = @Schema(implementation = ActivityView.class)))
    @APIResponse(responseCode = "400", description = "mealsServed missing for a canteen day or given for another kind")
    @APIResponse(responseCode = "401", description = "No valid token")
    @APIResponse(responseCode = "403", description = "Neither a coordinator nor a manager of the site")
    @APIResponse(responseCode = "404", description = "No such activity in the caller's district")
    @APIResponse(responseCode = "409", description = "Already held or cancelled")
    public ActivityView hold(@PathParam("id") UUID id, @Valid HoldRequest request) {
        return service.hold(id, request);
    }

    @POST
    @Path("/{id}/feedback")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.CITY_COORDINATOR, Roles.DISTRICT_COORDINATOR, Roles.VOLUNTEER, Roles.AUDITOR})
    @Operation(summary = "An attendee's satisfaction and comment", description = "Giving it again replaces it.")
    @APIResponse(responseCode = "200", description = "Recorded",
            content = @Content(schema = @Schema(implementation = RegistrationView.class)))
    @APIResponse(responseCode = "400", description = "Invalid field, or the family did not attend")
    @APIResponse(responseCode = "401", description = "No valid token")
    @APIResponse(responseCode = "403", description = "Neither a coordinator nor a manager of the site")
    @APIResponse(responseCode = "404", description = "No such activity in the caller's district")
    public RegistrationView feedback(@PathParam("id") UUID id,
                                     @Valid @NotNull(message = "请求体不能为空") FeedbackRequest request) {
        return service.feedback(id, request);
    }

    @POST
    @Path("/{id}/photos")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.CITY_COORDINATOR, Roles.DISTRICT_COORDINATOR, Roles.VOLUNTEER, Roles.AUDITOR})
    @Operation(summary = "Record a photo's metadata")
    @APIResponse(responseCode = "201", description = "Recorded",
            content = @Content(schema = @Schema(implementation = PhotoView.class)))
    @APIResponse(responseCode = "400", description = "Invalid field, named in violations")
    @APIResponse(responseCode = "401", description = "No valid token")
    @APIResponse(responseCode = "403", description = "Neither a coordinator nor a manager of the site")
    @APIResponse(responseCode = "404", description = "No such activity in the caller's district")
    public Response addPhoto(@PathParam("id") UUID id,
                             @Valid @NotNull(message = "请求体不能为空") AddPhotoRequest request) {
        return Response.status(Response.Status.CREATED).entity(service.addPhoto(id, request)).build();
    }

    @GET
    @Path("/{id}/photos")
    @RolesAllowed({Roles.CITY_COORDINATOR, Roles.DISTRICT_COORDINATOR, Roles.VOLUNTEER, Roles.AUDITOR})
    @Operation(summary = "Photos of an activity (metadata)")
    @APIResponse(responseCode = "200", description = "In the order they were added")
    @APIResponse(responseCode = "401", description = "No valid token")
    @APIResponse(responseCode = "403", description = "Hospitals do not see activities")
    @APIResponse(responseCode = "404", description = "No such activity in the caller's district")
    public List<PhotoView> photos(@PathParam("id") UUID id) {
        return service.photos(id);
    }
}
