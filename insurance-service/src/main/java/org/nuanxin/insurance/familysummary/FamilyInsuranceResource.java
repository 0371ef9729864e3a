package org.nuanxin.insurance.familysummary;

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
import org.nuanxin.insurance.rules.BenefitRulesService;

import java.time.Year;
import java.util.UUID;

@Path("/api/families/{familyId}/insurance")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "family-insurance", description = "家庭保险概况：参保成员、年度额度与理赔")
public class FamilyInsuranceResource {

    private final FamilyInsuranceService service;

    FamilyInsuranceResource(FamilyInsuranceService service) {
        this.service = service;
    }

    @GET
    @RolesAllowed({Roles.CITY_COORDINATOR, Roles.DISTRICT_COORDINATOR, Roles.AUDITOR})
    @Operation(summary = "A family's insurance: who is insured, the policy year's caps and use, and its claims",
            description = "Whether the family is insured at all and, if not, why (`reason`). For each insured member: "
                    + "the name masked (none for a parent enrolled from family events), the cover's dates, the "
                    + "policy year's caps, used and left, and the year's claims by status with approved and paid "
                    + "benefits. The current policy year unless `year` is given. Never an identity number.")
    @APIResponse(responseCode = "200", description = "The family's insurance",
            content = @Content(schema = @Schema(implementation = FamilyInsuranceView.class)))
    @APIResponse(responseCode = "400", description = "Year outside 2020–2100, named in violations")
    @APIResponse(responseCode = "401", description = "No valid token")
    @APIResponse(responseCode = "403", description = "Volunteers and hospitals do not see a family's insurance")
    @APIResponse(responseCode = "404", description = "The family lies outside the district coordinator's district")
    public FamilyInsuranceView get(@PathParam("familyId") UUID familyId,
                                   @QueryParam("year") @Min(value = 2020, message = "年度须在 2020 至 2100 之间")
                                   @Max(value = 2100, message = "年度须在 2020 至 2100 之间") Integer year) {
        return service.of(familyId, year != null ? year : Year.now(BenefitRulesService.POLICY_ZONE).getValue());
    }
}
