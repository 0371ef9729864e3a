package org.nuanxin.family.remembrance;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.nuanxin.common.problem.Problem;
import org.nuanxin.common.security.Roles;

import java.util.List;

@Path("/api/outreach/remembrance-reminders")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "remembrance", description = "纪念日关怀提醒")
public class RemembranceRemindersResource {

    private final RemembranceService service;

    RemembranceRemindersResource(RemembranceService service) {
        this.service = service;
    }

    @GET
    @RolesAllowed({Roles.CITY_COORDINATOR, Roles.DISTRICT_COORDINATOR})
    @Operation(summary = "Families to reach out to before a hard day, in the caller's area, soonest first")
    @APIResponse(responseCode = "200", description = "Reminders due today")
    @APIResponse(responseCode = "401", description = "No valid token",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Only coordinators see these reminders",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public List<RemembranceReminder> due() {
        return service.dueReminders();
    }
}
