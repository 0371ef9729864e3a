package org.nuanxin.carehome.activity;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
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

import java.util.List;
import java.util.UUID;

@Path("/api/activities/{activityId}/volunteers")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "volunteer-signups", description = "志愿者报名参加活动服务")
public class VolunteerSignUpResource {

    private final VolunteerSignUpService service;

    VolunteerSignUpResource(VolunteerSignUpService service) {
        this.service = service;
    }

    @PUT
    @Path("/me")
    @RolesAllowed(Roles.VOLUNTEER)
    @Operation(summary = "Sign up to help at an activity",
            description = "The caller, as the account volunteer-service links to them. Idempotent.")
    @APIResponse(responseCode = "201", description = "Signed up")
    @APIResponse(responseCode = "204", description = "Already signed up")
    @APIResponse(responseCode = "401", description = "No valid token")
    @APIResponse(responseCode = "403", description = "Only volunteers sign up")
    @APIResponse(responseCode = "404", description = "No such activity")
    @APIResponse(responseCode = "409", description = "The activity has started, was held or was cancelled")
    public Response signUp(@PathParam("activityId") UUID activityId) {
        return service.signUp(activityId) ? Response.status(Response.Status.CREATED).build()
                : Response.noContent().build();
    }

    @DELETE
    @Path("/me")
    @RolesAllowed(Roles.VOLUNTEER)
    @Operation(summary = "Withdraw the caller's sign-up")
    @APIResponse(responseCode = "204", description = "Withdrawn")
    @APIResponse(responseCode = "401", description = "No valid token")
    @APIResponse(responseCode = "403", description = "Only volunteers sign up")
    @APIResponse(responseCode = "404", description = "No such activity, or the caller is not signed up to it")
    @APIResponse(responseCode = "409", description = "The activity was held or cancelled")
    public void cancel(@PathParam("activityId") UUID activityId) {
        service.cancel(activityId);
    }

    @GET
    @RolesAllowed({Roles.CITY_COORDINATOR, Roles.DISTRICT_COORDINATOR, Roles.VOLUNTEER, Roles.AUDITOR})
    @Operation(summary = "The volunteers signed up to help at an activity",
            description = "For the district's coordinators, the site's managers and auditors.")
    @APIResponse(responseCode = "200", description = "In the order they signed up")
    @APIResponse(responseCode = "401", description = "No valid token")
    @APIResponse(responseCode = "403", description = "Neither a coordinator, an auditor nor a manager of the site")
    @APIResponse(responseCode = "404", description = "No such activity in the caller's district")
    public List<SignedUpVolunteerView> list(@PathParam("activityId") UUID activityId) {
        return service.volunteers(activityId);
    }
}
