package org.nuanxin.insurance.renewal;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.nuanxin.common.security.Caller;
import org.nuanxin.common.security.Roles;

@Path("/api/renewals")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "renewals", description = "年度续保：上一年度年底仍在保的人转入新年度")
public class RenewalResource {

    private final RenewalService service;
    private final Caller caller;

    RenewalResource(RenewalService service, Caller caller) {
        this.service = service;
        this.caller = caller;
    }

    @POST
    @Path("/{year}")
    @RolesAllowed(Roles.CITY_COORDINATOR)
    @Operation(summary = "Renew everyone still covered at the end of the previous year into this policy year",
            description = "Idempotent: a second run renews nobody and says so. One enrolment-renewed event per person.")
    @APIResponse(responseCode = "200", description = "How many were renewed by this run and how many are insured for the year",
            content = @Content(schema = @Schema(implementation = RenewalView.class)))
    @APIResponse(responseCode = "400", description = "Year outside 2021–2100")
    @APIResponse(responseCode = "401", description = "No valid token")
    @APIResponse(responseCode = "403", description = "Only the city coordinator renews")
    public RenewalView renew(@PathParam("year") @Min(value = 2021, message = "年度须在 2021 至 2100 之间")
                             @Max(value = 2100, message = "年度须在 2021 至 2100 之间") int year) {
        return service.renew(year, caller.username());
    }
}
