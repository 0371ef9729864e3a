package org.nuanxin.insurance.rules;

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
import org.nuanxin.common.security.Roles;

@Path("/api/benefit-rules")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "benefit-rules", description = "保障规则：保费、医疗补助上限、住院护理补贴")
public class BenefitRulesResource {

    private final BenefitRulesService service;

    BenefitRulesResource(BenefitRulesService service) {
        this.service = service;
    }

    @GET
    @RolesAllowed({Roles.CITY_COORDINATOR, Roles.DISTRICT_COORDINATOR, Roles.AUDITOR, Roles.HOSPITAL})
    @Operation(summary = "The benefit rules of the current policy year",
            description = "Read-only; set in configuration. Amounts are yuan as decimal strings.")
    @APIResponse(responseCode = "200", description = "The rules in force",
            content = @Content(schema = @Schema(implementation = BenefitRulesView.class)))
    @APIResponse(responseCode = "401", description = "No valid token")
    @APIResponse(responseCode = "403", description = "Role may not see the rules")
    public BenefitRulesView get() {
        return service.current();
    }
}
