package org.nuanxin.insurance.budget;

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

@Path("/api/premium-budgets/{year}")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "premium-budgets", description = "年度保费预算")
public class PremiumBudgetResource {

    private final PremiumBudgetService service;

    PremiumBudgetResource(PremiumBudgetService service) {
        this.service = service;
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.CITY_COORDINATOR)
    @Operation(summary = "Set a policy year's premium budget",
            description = "Creates or replaces the amount; setting the same amount again changes nothing.")
    @APIResponse(responseCode = "200", description = "The budget as stored",
            content = @Content(schema = @Schema(implementation = PremiumBudgetView.class)))
    @APIResponse(responseCode = "400", description = "Invalid year or amount, named in violations")
    @APIResponse(responseCode = "401", description = "No valid token")
    @APIResponse(responseCode = "403", description = "Only the city coordinator sets budgets")
    public PremiumBudgetView set(
            @PathParam("year") @Min(value = 2020, message = "年度须在 2020 至 2100 之间")
            @Max(value = 2100, message = "年度须在 2020 至 2100 之间") int year,
            @Valid @NotNull(message = "请求体不能为空") SetPremiumBudgetRequest request) {
        return service.set(year, request);
    }

    @GET
    @RolesAllowed({Roles.CITY_COORDINATOR, Roles.DISTRICT_COORDINATOR, Roles.AUDITOR})
    @Operation(summary = "A policy year's premium budget")
    @APIResponse(responseCode = "200", description = "The budget",
            content = @Content(schema = @Schema(implementation = PremiumBudgetView.class)))
    @APIResponse(responseCode = "400", description = "Year outside 2020–2100")
    @APIResponse(responseCode = "401", description = "No valid token")
    @APIResponse(responseCode = "403", description = "Role may not see budgets")
    @APIResponse(responseCode = "404", description = "No budget has been set for the year")
    public PremiumBudgetView get(
            @PathParam("year") @Min(value = 2020, message = "年度须在 2020 至 2100 之间")
            @Max(value = 2100, message = "年度须在 2020 至 2100 之间") int year) {
        return service.get(year);
    }

    @GET
    @Path("/totals")
    @RolesAllowed({Roles.CITY_COORDINATOR, Roles.DISTRICT_COORDINATOR, Roles.AUDITOR})
    @Operation(summary = "A policy year's premiums due against its budget",
            description = "Insured persons × the annual premium, the budget, what remains or the overrun. Answers "
                    + "also for a year without a budget (budget, remaining and overrun null).")
    @APIResponse(responseCode = "200", description = "The totals",
            content = @Content(schema = @Schema(implementation = PremiumTotalsView.class)))
    @APIResponse(responseCode = "400", description = "Year outside 2020–2100")
    @APIResponse(responseCode = "401", description = "No valid token")
    @APIResponse(responseCode = "403", description = "Role may not see budgets")
    public PremiumTotalsView totals(
            @PathParam("year") @Min(value = 2020, message = "年度须在 2020 至 2100 之间")
            @Max(value = 2100, message = "年度须在 2020 至 2100 之间") int year) {
        return service.totals(year);
    }
}
