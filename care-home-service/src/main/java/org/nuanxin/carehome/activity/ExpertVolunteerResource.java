package org.nuanxin.carehome.activity;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.nuanxin.common.security.Roles;

import java.util.UUID;

/** Open to every role but hospitals at the gate, as the site's managers may hold any; the service decides. */
@Path("/api/activities/{activityId}/expert-volunteers")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "activities", description = "暖心家园活动：报名、候补、签到、评价")
public class ExpertVolunteerResource {

    private final ActivityService service;

    ExpertVolunteerResource(ActivityService service) {
        this.service = service;
    }

    @PUT
    @Path("/{volunteerId}")
    @RolesAllowed({Roles.CITY_COORDINATOR, Roles.DISTRICT_COORDINATOR, Roles.VOLUNTEER, Roles.AUDITOR})
    @Operation(summary = "Assign an expert volunteer to a free clinic",
            description = "An active volunteer with a professional qualification, as volunteer-service published "
                    + "them. Idempotent; the activity shows them in expertVolunteerIds.")
    @APIResponse(responseCode = "201", description = "Assigned")
    @APIResponse(responseCode = "204", description = "Already assigned")
    @APIResponse(responseCode = "400", description = "Not an active volunteer with a qualification")
    @APIResponse(responseCode = "401", description = "No valid token")
    @APIResponse(responseCode = "403", description = "Neither a coordinator nor a manager of the site")
    @APIResponse(responseCode = "404", description = "No such activity in the caller's district")
    @APIResponse(responseCode = "409", description = "Not a free clinic, or already held or cancelled")
    public Response assign(@PathParam("activityId") UUID activityId, @PathParam("volunteerId") UUID volunteerId) {
        return service.assignExpert(activityId, volunteerId) ? Response.status(Response.Status.CREATED).build()
                : Response.noContent().build();
    }

    @DELETE
    @Path("/{volunteerId}")
    @RolesAllowed({Roles.CITY_COORDINATOR, Roles.DISTRICT_COORDINATOR, Roles.VOLUNTEER, Roles.AUDITOR})
    @Operation(summary = "Take an expert volunteer off a free clinic")
    @APIResponse(responseCode = "204", description = "Taken off")
    @APIResponse(responseCode = "401", description = "No valid token")
    @APIResponse(responseCode = "403", description = "Neither a coordinator nor a manager of the site")
    @APIResponse(responseCode = "404", description = "No such activity, or the volunteer is not assigned to it")
    @APIResponse(responseCode = "409", description = "Already held or cancelled")
    public void unassign(@PathParam("activityId") UUID activityId, @PathParam("volunteerId") UUID volunteerId) {
        service.unassignExpert(activityId, volunteerId);
    }
}
