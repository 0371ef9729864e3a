package org.nuanxin.carehome.budget;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.nuanxin.common.security.Roles;

import java.util.UUID;

@Path("/api/budgets")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "budget", description = "暖心专项经费")
public class BudgetResource {

    private final BudgetService service;

    BudgetResource(BudgetService service) {
        this.service = service;
    }

    @PUT
    @Path("/{year}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.CITY_COORDINATOR)
    @Operation(summary = "Set the city's warm-heart funds for a year")
    @APIResponse(responseCode = "204", description = "Set")
    @APIResponse(responseCode = "400", description = "Invalid amount or year")
    @APIResponse(responseCode = "401", description = "No valid token")
    @APIResponse(responseCode = "403", description = "Only the city coordinator sets funds")
    public void setCity(@PathParam("year") @Min(value = 2000, message = "年份须在 2000 到 2100 之间")
                        @Max(value = 2100, message = "年份须在 2000 到 2100 之间") int year,
                        @Valid @NotNull(message = "请求体不能为空") SetBudgetRequest request) {
        service.setLine(year, null, request);
    }

    @PUT
    @Path("/{year}/sites/{siteId}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.CITY_COORDINATOR)
    @Operation(summary = "Set a site's share of a year's funds")
    @APIResponse(responseCode = "204", description = "Set")
    @APIResponse(responseCode = "400", description = "Invalid amount or year")
    @APIResponse(responseCode = "401", description = "No valid token")
    @APIResponse(responseCode = "403", description = "Only the city coordinator sets funds")
    @APIResponse(responseCode = "404", description = "No such site")
    public void setSite(@PathParam("year") @Min(value = 2000, message = "年份须在 2000 到 2100 之间")
                        @Max(value = 2100, message = "年份须在 2000 到 2100 之间") int year,
                        @PathParam("siteId") UUID siteId,
                        @Valid @NotNull(message = "请求体不能为空") SetBudgetRequest request) {
        service.setLine(year, siteId, request);
    }

    @GET
    @Path("/{year}")
    @RolesAllowed({Roles.CITY_COORDINATOR, Roles.DISTRICT_COORDINATOR, Roles.AUDITOR})
    @Operation(summary = "A year's funds against spend, city-wide and per site",
            description = "District coordinators see their district's sites and spend, not the city's line.")
    @APIResponse(responseCode = "200", description = "The overview",
            content = @Content(schema = @Schema(implementation = BudgetView.class)))
    @APIResponse(responseCode = "400", description = "Year out of range")
    @APIResponse(responseCode = "401", description = "No valid token")
    @APIResponse(responseCode = "403", description = "Volunteers and hospitals do not see the budget")
    public BudgetView year(@PathParam("year") @Min(value = 2000, message = "年份须在 2000 到 2100 之间")
                           @Max(value = 2100, message = "年份须在 2000 到 2100 之间") int year) {
        return service.year(year);
    }
}
