package org.nuanxin.gateway.indicators;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.nuanxin.common.problem.ProblemException;
import org.nuanxin.common.security.Caller;
import org.nuanxin.common.security.Roles;
import org.nuanxin.gateway.supervision.District;
import org.nuanxin.gateway.supervision.SupervisionService;
import org.nuanxin.gateway.supervision.SupervisionSnapshot;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

@Path("/api/supervision/indicators")
@Tag(name = "indicators", description = "指标与趋势: every supervision indicator now and day by day")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.CITY_COORDINATOR, Roles.DISTRICT_COORDINATOR, Roles.AUDITOR})
public class IndicatorResource {

    private final SupervisionService supervision;
    private final IndicatorService indicators;
    private final Caller caller;

    IndicatorResource(SupervisionService supervision, IndicatorService indicators, Caller caller) {
        this.supervision = supervision;
        this.indicators = indicators;
        this.caller = caller;
    }

    @GET
    @Operation(summary = "Every indicator now, in the caller's area or one district of it, without trends")
    @APIResponse(responseCode = "200", description = "One entry per indicator")
    @APIResponse(responseCode = "400", description = "A malformed district")
    @APIResponse(responseCode = "401", description = "No valid token")
    @APIResponse(responseCode = "403", description = "Volunteers and hospitals have no indicators")
    @APIResponse(responseCode = "404", description = "A district outside the caller's area")
    public List<IndicatorView> all(@QueryParam("district") @Pattern(regexp = "\\d{6}", message = "must be a six-digit district code") String district) {
        Optional<String> scope = scope(district);
        SupervisionSnapshot snapshot = supervision.snapshot();
        Map<Indicator, java.math.BigDecimal> values = IndicatorService.values(IndicatorService.scope(snapshot, scope));
        return Arrays.stream(Indicator.values())
                .map(i -> new IndicatorView(i, i.unit(), i.higherIsBetter(), scope.orElse(IndicatorService.CITY), values.get(i), List.of()))
                .toList();
    }

    @GET
    @Path("/{indicator}")
    @Operation(summary = "One indicator now with its daily trend")
    @APIResponse(responseCode = "200", description = "The value now and one point per day, oldest first")
    @APIResponse(responseCode = "400", description = "A malformed district or number of days")
    @APIResponse(responseCode = "401", description = "No valid token")
    @APIResponse(responseCode = "403", description = "Volunteers and hospitals have no indicators")
    @APIResponse(responseCode = "404", description = "No such indicator, or a district outside the caller's area")
    public IndicatorView one(@PathParam("indicator") String name,
                             @QueryParam("district") @Pattern(regexp = "\\d{6}", message = "must be a six-digit district code") String district,
                             @QueryParam("days") @DefaultValue("90") @Min(1) @Max(400) int days) {
        Indicator indicator = Arrays.stream(Indicator.values()).filter(i -> i.name().equals(name)).findFirst()
                .orElseThrow(() -> ProblemException.notFound("indicator", name));
        Optional<String> scope = scope(district);
        SupervisionSnapshot snapshot = supervision.snapshot();
        return new IndicatorView(indicator, indicator.unit(), indicator.higherIsBetter(),
                scope.orElse(IndicatorService.CITY), indicator.valueOf(IndicatorService.scope(snapshot, scope)),
                indicators.trend(indicator, scope.orElse(IndicatorService.CITY),
                        LocalDate.now(SupervisionService.CITY).minusDays(days)));
    }

    /** The caller's own district for district-level callers; a city-wide caller may pick one. */
    private Optional<String> scope(String district) {
        if (caller.district().isPresent()) {
            if (district != null && !district.equals(caller.district().get())) {
                throw ProblemException.notFound("district", district);
            }
            return caller.district();
        }
        if (district != null && District.findById(district) == null) {
            throw ProblemException.notFound("district", district);
        }
        return Optional.ofNullable(district);
    }
}
