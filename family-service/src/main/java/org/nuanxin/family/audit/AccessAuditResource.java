package org.nuanxin.family.audit;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.nuanxin.common.audit.AuditSearch;
import org.nuanxin.common.paging.PageResponse;
import org.nuanxin.common.problem.Problem;
import org.nuanxin.common.security.Roles;

import java.util.UUID;

@Path("/api/access-audit")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "access-audit", description = "完整档案查阅记录")
public class AccessAuditResource {

    private final AccessAuditService service;

    AccessAuditResource(AccessAuditService service) {
        this.service = service;
    }

    @GET
    @RolesAllowed({Roles.CITY_COORDINATOR, Roles.DISTRICT_COORDINATOR, Roles.AUDITOR})
    @Operation(summary = "Who read which full family record, when and why (the caller's area, newest first)",
            description = "Filters combine: one family, one reader, and a time window (from inclusive, to exclusive). "
                    + "The log is append-only: no operation changes or deletes an entry, and the database refuses "
                    + "UPDATE, DELETE and TRUNCATE on it.")
    @APIResponse(responseCode = "200", description = "One page of the log")
    @APIResponse(responseCode = "400", description = "Invalid filter or paging",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = "No valid token",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Role may not read the log",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public PageResponse<AccessAuditView> search(
            @QueryParam("familyId") @Pattern(regexp = "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}",
                    message = "须为家庭编号（UUID）") String familyId,
            @QueryParam("actor") @Size(max = 100, message = "用户名不超过 100 字") String actor,
            @QueryParam("from") @Parameter(description = "Reads at or after this time (ISO-8601 with offset)",
                    example = "2025-07-01T00:00:00+08:00") String from,
            @QueryParam("to") @Parameter(description = "Reads before this time (ISO-8601 with offset)",
                    example = "2025-08-01T00:00:00+08:00") String to,
            @QueryParam("page") @DefaultValue("0") @Min(value = 0, message = "页码从 0 开始") int page,
            @QueryParam("size") @DefaultValue("20") @Min(value = 1, message = "每页至少 1 条")
            @Max(value = 100, message = "每页最多 100 条") int size) {
        return service.search(familyId == null ? null : UUID.fromString(familyId), actor,
                AuditSearch.time("from", from), AuditSearch.time("to", to), page, size);
    }
}
