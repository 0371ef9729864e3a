package org.nuanxin.insurance.greenchannel;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.nuanxin.common.problem.Problem;
import org.nuanxin.common.security.Roles;
import org.nuanxin.insurance.ratelimit.HospitalRateLimited;

@Path("/api/green-channel/checks")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "green-channel", description = "绿色就医通道资格查询")
@HospitalRateLimited
@APIResponse(responseCode = "429", description = "The hospital client is over its rate limit "
        + "(nuanxin.claims.rate-limit: 50 calls per second sustained, bursts of 100); retry after Retry-After seconds",
        headers = @Header(name = "Retry-After", description = "Seconds until the next call is accepted",
                schema = @Schema(type = SchemaType.INTEGER)),
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class GreenChannelResource {

    private final GreenChannelService service;

    GreenChannelResource(GreenChannelService service) {
        this.service = service;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.HOSPITAL)
    @Operation(summary = "Is this patient entitled to the green channel?",
            description = "Answers only yes or no; an unknown or invalid identity number is a no.")
    @APIResponse(responseCode = "200", description = "The answer",
            content = @Content(schema = @Schema(implementation = GreenChannelAnswer.class)))
    @APIResponse(responseCode = "400", description = "No identity number")
    @APIResponse(responseCode = "401", description = "No valid token")
    @APIResponse(responseCode = "403", description = "Only partner hospitals ask")
    public GreenChannelAnswer check(@Valid @NotNull(message = "请求体不能为空") GreenChannelCheck check) {
        return service.check(check);
    }
}
