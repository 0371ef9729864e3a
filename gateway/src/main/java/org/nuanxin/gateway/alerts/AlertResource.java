package org.nuanxin.gateway.alerts;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.nuanxin.common.paging.PageResponse;
import org.nuanxin.common.security.Roles;

import java.util.Optional;
import java.util.UUID;

@Path("/api/supervision/alerts")
@Tag(name = "alerts", description = "预警: families overdue for contact, sites below standard, claims waiting too long")
@Produces(MediaType.APPLICATION_JSON)
public class AlertResource {

    private final AlertService alerts;

    AlertResource(AlertService alerts) {
        this.alerts = alerts;
    }

    @GET
    @RolesAllowed({Roles.CITY_COORDINATOR, Roles.DISTRICT_COORDINATOR, Roles.AUDITOR})
    @Operation(summary = "Alerts in the caller's area",
            description = "Live alerts (open or acknowledged) unless `status` asks for others; most severe and newest first. "
                    + "A district coordinator sees their own district only.")
    @APIResponse(responseCode = "200", description = "A page of alerts")
    @APIResponse(responseCode = "400", description = "An unknown status or kind, or a bad page")
    @APIResponse(responseCode = "401", description = "No valid token")
    @APIResponse(responseCode = "403", description = "Volunteers and hospitals have no alerts")
    public PageResponse<AlertView> list(@QueryParam("status") @Pattern(regexp = "OPEN|ACKNOWLEDGED|RESOLVED",
                                                message = "must be OPEN, ACKNOWLEDGED or RESOLVED") String status,
                                        @QueryParam("kind") @Pattern(regexp = "CONTACT_OVERDUE|HIGH_RISK_NOT_VISITED|SITE_BELOW_STANDARD|CLAIM_REVIEW_OVERDUE|DEAD_LETTER",
                                                message = "must be one of the alert kinds") String kind,
                                        @QueryParam("district") @Pattern(regexp = "\\d{6}", message = "must be a six-digit district code") String district,
                                        @QueryParam("page") @DefaultValue("0") @Min(0) int page,
                                        @QueryParam("size") @DefaultValue("20") @Min(1) @Max(100) int size) {
        return alerts.list(Optional.ofNullable(status).map(AlertStatus::valueOf), Optional.ofNullable(kind).map(AlertKind::valueOf),
                Optional.ofNullable(district), page, size);
    }

    @POST
    @Path("/{id}/acknowledgement")
    @RolesAllowed({Roles.CITY_COORDINATOR, Roles.DISTRICT_COORDINATOR})
    @Operation(summary = "Acknowledge an alert: someone is on it", description = "Acknowledging twice changes nothing.")
    @APIResponse(responseCode = "200", description = "The alert, acknowledged")
    @APIResponse(responseCode = "401", description = "No valid token")
    @APIResponse(responseCode = "403", description = "Only coordinators act on alerts")
    @APIResponse(responseCode = "404", description = "No such alert in the caller's area")
    @APIResponse(responseCode = "409", description = "The alert is already resolved")
    public AlertView acknowledge(@PathParam("id") UUID id) {
        return alerts.acknowledge(id);
    }

    @POST
    @Path("/{id}/resolution")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.CITY_COORDINATOR, Roles.DISTRICT_COORDINATOR})
    @Operation(summary = "Resolve an alert, saying how",
            description = "The rule stays quiet about the same subject for `nuanxin.supervision.alerts.quiet-after-resolution` "
                    + "(7 days); an alert whose cause clears is resolved by `system` on its own.")
    @APIResponse(responseCode = "200", description = "The alert, resolved")
    @APIResponse(responseCode = "400", description = "No resolution, or one over 500 characters")
    @APIResponse(responseCode = "401", description = "No valid token")
    @APIResponse(responseCode = "403", description = "Only coordinators act on alerts")
    @APIResponse(responseCode = "404", description = "No such alert in the caller's area")
    @APIResponse(responseCode = "409", description = "The alert is already resolved")
    public AlertView resolve(@PathParam("id") UUID id, @Valid @NotNull ResolveAlertRequest request) {
        return alerts.resolve(id, request);
    }
}
