package org.nuanxin.gateway.supervision;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.sse.Sse;
import jakarta.ws.rs.sse.SseEventSink;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.nuanxin.common.security.Caller;
import org.nuanxin.common.security.Roles;

@Path("/api/supervision")
@Tag(name = "supervision", description = "服务质量实时动态、可视化调控")
@RolesAllowed({Roles.CITY_COORDINATOR, Roles.DISTRICT_COORDINATOR, Roles.AUDITOR, Roles.VOLUNTEER})
public class SupervisionResource {

    private final SupervisionService service;
    private final SupervisionStream stream;
    private final Caller caller;

    SupervisionResource(SupervisionService service, SupervisionStream stream, Caller caller) {
        this.service = service;
        this.stream = stream;
        this.caller = caller;
    }

    @GET
    @Path("/snapshot")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The supervision figures now, for the caller's area")
    @APIResponse(responseCode = "200", description = "Families per district and category")
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
            description = "Sends event 'snapshot' with the figures on connect and after every change.")
    @APIResponse(responseCode = "200", description = "An endless text/event-stream")
    @APIResponse(responseCode = "401", description = "No valid token")
    @APIResponse(responseCode = "403", description = "Partner hospitals have no supervision view")
    public void stream(@Context SseEventSink sink, @Context Sse sse) {
        stream.subscribe(sink, sse, caller.district());
    }
}
