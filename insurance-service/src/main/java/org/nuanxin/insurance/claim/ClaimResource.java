package org.nuanxin.insurance.claim;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.nuanxin.common.paging.PageResponse;
import org.nuanxin.common.problem.Problem;
import org.nuanxin.common.security.Roles;

import java.util.List;
import java.util.UUID;

@Path("/api/claims")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "claims", description = "合作医院理赔接口：提交、自动审核、查询")
public class ClaimResource {

    private final ClaimService service;
    private final ClaimReviewService reviews;

    ClaimResource(ClaimService service, ClaimReviewService reviews) {
        this.service = service;
        this.reviews = reviews;
    }

    @POST
    @Path("/{id}/reviews")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.CITY_COORDINATOR, Roles.DISTRICT_COORDINATOR})
    @Operation(summary = "Decide a claim waiting for review: approve, adjust or reject with a reason",
            description = "Above the second-approval threshold an approval needs a second, different coordinator.")
    @APIResponse(responseCode = "200", description = "The claim after the decision",
            content = @Content(schema = @Schema(implementation = ClaimView.class)))
    @APIResponse(responseCode = "400", description = "Missing reason or invalid amount, named in violations",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = "No valid token",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Only coordinators review",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such claim",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "The claim is not waiting for review, or the same coordinator approves twice",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public ClaimView review(@PathParam("id") UUID id,
                            @Valid @NotNull(message = "请求体不能为空") ReviewRequest request) {
        return reviews.review(id, request);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.HOSPITAL)
    @Operation(summary = "Submit a claim; it is adjudicated on receipt",
            description = "Requires an Idempotency-Key header. A retry with the same key and body gets the original "
                    + "response; the same key with another body is 422; a retry while the first is still being "
                    + "processed is 409.")
    @APIResponse(responseCode = "201", description = "Received and adjudicated, with an explanation per item and rule",
            content = @Content(schema = @Schema(implementation = ClaimView.class)))
    @APIResponse(responseCode = "400", description = "Missing Idempotency-Key, unknown patient, negative amount, "
            + "discharge before admission, malformed ICD-10 code…, named in violations",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = "No valid token",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Only partner hospitals submit claims",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "The same request with this key is still being processed",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "The key was used for a different request",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response submit(
            @Parameter(description = "A unique id per claim chosen by the hospital, e.g. a UUID", example = "b7e2c1d0-claim-2025-0001")
            @HeaderParam("Idempotency-Key") String idempotencyKey,
            @Valid @NotNull(message = "请求体不能为空") SubmitClaimRequest request) {
        ClaimService.Answer answer = service.submit(idempotencyKey, request);
        return Response.status(answer.status()).type(MediaType.APPLICATION_JSON).entity(answer.body()).build();
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.HOSPITAL, Roles.CITY_COORDINATOR, Roles.DISTRICT_COORDINATOR, Roles.AUDITOR})
    @Operation(summary = "A claim with its adjudication", description = "A hospital sees its own claims only.")
    @APIResponse(responseCode = "200", description = "The claim",
            content = @Content(schema = @Schema(implementation = ClaimView.class)))
    @APIResponse(responseCode = "401", description = "No valid token",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Role may not see claims",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such claim, or another hospital's",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public ClaimView get(@PathParam("id") UUID id) {
        return service.get(id);
    }

    @GET
    @Path("/{id}/history")
    @RolesAllowed({Roles.HOSPITAL, Roles.CITY_COORDINATOR, Roles.DISTRICT_COORDINATOR, Roles.AUDITOR})
    @Operation(summary = "Every state change of a claim: who, when, why")
    @APIResponse(responseCode = "200", description = "The changes, oldest first",
            content = @Content(schema = @Schema(implementation = ClaimHistoryView.class, type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.ARRAY)))
    @APIResponse(responseCode = "401", description = "No valid token",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Role may not see claims",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such claim, or another hospital's",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public List<ClaimHistoryView> history(@PathParam("id") UUID id) {
        return service.history(id);
    }

    @GET
    @RolesAllowed({Roles.HOSPITAL, Roles.CITY_COORDINATOR, Roles.DISTRICT_COORDINATOR, Roles.AUDITOR})
    @Operation(summary = "Claims, newest first", description = "A hospital lists its own claims only.")
    @APIResponse(responseCode = "200", description = "A page of claims with the total",
            content = @Content(schema = @Schema(implementation = PageResponse.class)))
    @APIResponse(responseCode = "400", description = "Invalid status, page or size",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = "No valid token",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Role may not see claims",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public PageResponse<ClaimSummary> list(
            @QueryParam("status") ClaimStatus status,
            @QueryParam("page") @DefaultValue("0") @Min(value = 0, message = "页码不能为负") int page,
            @QueryParam("size") @DefaultValue("20") @Min(value = 1, message = "每页至少 1 条")
            @Max(value = 100, message = "每页最多 100 条") int size) {
        return service.list(status, page, size);
    }
}
