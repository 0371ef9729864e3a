package org.nuanxin.carehome.activity;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.nuanxin.common.paging.PageResponse;
import org.nuanxin.common.security.Roles;

import java.time.OffsetDateTime;

@Path("/api/volunteer-signups")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "volunteer-signups", description = "志愿者报名参加活动服务")
public class MySignUpsResource {

    private final VolunteerSignUpService service;

    MySignUpsResource(VolunteerSignUpService service) {
        this.service = service;
    }

    @GET
    @RolesAllowed(Roles.VOLUNTEER)
    @Operation(summary = "The caller's own sign-ups", description = "By the activity's start; from limits to those "
            + "starting then or later (the volunteer's H5 page asks for the coming ones).")
    @APIResponse(responseCode = "200", description = "One page")
    @APIResponse(responseCode = "400", description = "Invalid paging or time")
    @APIResponse(responseCode = "401", description = "No valid token")
    @APIResponse(responseCode = "403", description = "Only volunteers have sign-ups")
    public PageResponse<SignUpView> mine(
            @QueryParam("from") @Schema(example = "2026-12-01T00:00:00+08:00") OffsetDateTime from,
            @QueryParam("page") @DefaultValue("0") @Min(value = 0, message = "页码从 0 开始") int page,
            @QueryParam("size") @DefaultValue("20") @Min(value = 1, message = "每页至少 1 条")
            @Max(value = 100, message = "每页最多 100 条") int size) {
        return service.mine(from, page, size);
    }
}
