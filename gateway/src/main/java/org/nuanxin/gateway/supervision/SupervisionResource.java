package org.nuanxin.gateway.supervision;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.sse.Sse;
import jakarta.ws.rs.sse.SseEventSink;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.nuanxin.common.problem.ProblemException;
import org.nuanxin.common.security.Caller;
import org.nuanxin.common.security.Roles;

import java.util.List;
import java.util.OptionalLong;

@Path("/api/supervision")
@Tag(name = "supervision", description = "服务质量实时动态、可视化调控")
@RolesAllowed({Roles.CITY_COORDINATOR, Roles.DISTRICT_COORDINATOR, Roles.AUDITOR, Roles.VOLUNTEER})
public class SupervisionResource {

    private final SupervisionService service;
    private final SupervisionStream stream;
    private final SupervisionRebuild rebuild;
    private final Caller caller;

    SupervisionResource(SupervisionService service, SupervisionStream stream, SupervisionRebuild rebuild, Caller caller) {
        this.service = service;
        this.stream = stream;
        this.rebuild = rebuild;
        this.caller = caller;
    }

    @GET
    @Path("/snapshot")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The supervision figures now, for the caller's area",
            description = "Families, coverage, contact cadence, volunteers, insurance and sites per district; the sites "
                    + "and their standard; the city's programme figures (city-wide callers only).")
    @APIResponse(responseCode = "200", description = "The figures of every district the caller may see")
    @APIResponse(responseCode = "401", description = "No valid token")
    @APIResponse(responseCode = "403", description = "Partner hospitals have no supervision view")
    public SupervisionSnapshot snapshot() {
        SupervisionSnapshot snapshot = service.snapshot();
        return caller.district().map(snapshot::restrictedTo).orElse(snapshot);
    }

    @GET
    @Path("/stream")
    @Produces(MediaType.SERVER_SENT_EVENTS)
    @Operation(summary = "Live supervision figures (Server-Sent Events)",
            description = "Event `snapshot` (the figures of the caller's area) on connect and whenever a change touches "
                    + "the area; `targets` (responsibility targets with progress) with each snapshot and `alert` (one alert "
                    + "raised, acknowledged or resolved) for coordinators and auditors. Every frame's id is the number of the "
                    + "latest alert change; reconnect with `Last-Event-ID` to receive every alert change missed.")
    @APIResponse(responseCode = "200", description = "An endless text/event-stream")
    @APIResponse(responseCode = "401", description = "No valid token")
    @APIResponse(responseCode = "403", description = "Partner hospitals have no supervision view")
    public void stream(@Context SseEventSink sink, @Context Sse sse,
                       @Parameter(description = "The id of the last frame received before the connection dropped")
                       @HeaderParam("Last-Event-ID") String lastEventId) {
        stream.subscribe(sink, sse, caller.district(), !caller.hasRole(Roles.VOLUNTEER) || caller.isCoordinator(),
                parse(lastEventId));
    }

    @GET
    @Path("/districts/{districtCode}/streets")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "One district's figures street by street (街道), most families first")
    @APIResponse(responseCode = "200", description = "One entry per street with active families")
    @APIResponse(responseCode = "401", description = "No valid token")
    @APIResponse(responseCode = "403", description = "Partner hospitals have no supervision view")
    @APIResponse(responseCode = "404", description = "No such district, or one outside the caller's area")
    public List<StreetCount> streets(@PathParam("districtCode") String districtCode) {
        if (District.findById(districtCode) == null || !caller.mayAccessDistrict(districtCode)) {
            throw ProblemException.notFound("district", districtCode);
        }
        return service.streets(districtCode);
    }

    @POST
    @Path("/rebuild")
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.CITY_COORDINATOR)
    @Operation(summary = "Rebuild every read model by replaying the topics from offset zero",
            description = "For after a projection fix or a restored database. Runs to the end before answering; the figures "
                    + "are incomplete while it runs. Alerts, targets and the daily trend stay.")
    @APIResponse(responseCode = "200", description = "How many events were applied and skipped, and how long it took")
    @APIResponse(responseCode = "401", description = "No valid token")
    @APIResponse(responseCode = "403", description = "Only city coordinators rebuild")
    public SupervisionRebuild.Result rebuild() {
        return rebuild.rebuild();
    }

    /** An id this stream never sent is ignored: the screen then gets the figures without a replay. */
    private static OptionalLong parse(String lastEventId) {
        if (lastEventId == null || !lastEventId.matches("\\d{1,18}")) {
            return OptionalLong.empty();
        }
        return OptionalLong.of(Long.parseLong(lastEventId));
    }
}
