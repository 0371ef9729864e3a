package org.nuanxin.carehome.doublehundred;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.nuanxin.common.security.Roles;

@Path("/api/double-hundred")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "double-hundred", description = "“双百”：百场暖心大学堂、百场专家义诊")
public class DoubleHundredResource {

    private final DoubleHundredService service;

    DoubleHundredResource(DoubleHundredService service) {
        this.service = service;
    }

    @GET
    @RolesAllowed({Roles.CITY_COORDINATOR, Roles.DISTRICT_COORDINATOR, Roles.VOLUNTEER, Roles.AUDITOR})
    @Operation(summary = "Lectures and free clinics held in a year, against the goals",
            description = "The current year (Xiamen time) unless year is given. District coordinators see their "
                    + "district only.")
    @APIResponse(responseCode = "200", description = "The counts",
            content = @Content(schema = @Schema(implementation = DoubleHundredView.class)))
    @APIResponse(responseCode = "400", description = "Year out of range")
    @APIResponse(responseCode = "401", description = "No valid token")
    @APIResponse(responseCode = "403", description = "Hospitals do not see the programme")
    public DoubleHundredView get(@QueryParam("year") @Min(value = 2000, message = "年份须在 2000 到 2100 之间")
                                 @Max(value = 2100, message = "年份须在 2000 到 2100 之间") Integer year) {
        return service.year(year == null ? service.currentYear() : year);
    }
}
