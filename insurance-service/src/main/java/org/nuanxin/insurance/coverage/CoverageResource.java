package org.nuanxin.insurance.coverage;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.nuanxin.common.security.Roles;

import java.util.UUID;

@Path("/api/coverage/{personId}")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "coverage", description = "参保人剩余保障额度")
public class CoverageResource {

    private final CoverageService service;

    CoverageResource(CoverageService service) {
        this.service = service;
    }

    @GET
    @RolesAllowed({Roles.CITY_COORDINATOR, Roles.DISTRICT_COORDINATOR, Roles.AUDITOR, Roles.HOSPITAL})
    @Operation(summary = "What an insured person has used and has left of a policy year's benefits",
            description = "Medical subsidy and nursing days; the current policy year unless `year` is given.")
    @APIResponse(responseCode = "200", description = "Used and remaining entitlement",
            content = @Content(schema = @Schema(implementation = CoverageView.class)))
    @APIResponse(responseCode = "400", description = "Year outside 2020–2100")
    @APIResponse(responseCode = "401", description = "No valid token")
    @APIResponse(responseCode = "403", description = "Role may not see coverage")
    @APIResponse(responseCode = "404", description = "No such insured person")
    public CoverageView get(@PathParam("personId") UUID personId,
                            @QueryParam("year") @Min(value = 2020, message = "年度须在 2020 至 2100 之间")
                            @Max(value = 2100, message = "年度须在 2020 至 2100 之间") Integer year) {
        return service.of(personId, year);
    }
}
