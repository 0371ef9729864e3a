package org.nuanxin.insurance.claim;

import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.nuanxin.common.paging.PageResponse;
import org.nuanxin.common.problem.Problem;
import org.nuanxin.common.security.Roles;
import org.nuanxin.insurance.audit.ClaimReadAudit;
import org.nuanxin.insurance.fhir.FhirClaimService;
import org.nuanxin.insurance.fhir.FhirJson;
import org.nuanxin.insurance.ratelimit.HospitalRateLimited;

import java.util.List;
import java.util.UUID;

@Path("/api/claims")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "claims", description = "合作医院理赔接口：提交、自动审核、查询")
@HospitalRateLimited
@APIResponse(responseCode = "429", description = "The hospital client is over its rate limit "
        + "(nuanxin.claims.rate-limit: 50 calls per second sustained, bursts of 100); retry after Retry-After seconds",
        headers = @Header(name = "Retry-After", description = "Seconds until the next call is accepted",
                schema = @Schema(type = SchemaType.INTEGER)),
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class ClaimResource {

    private final ClaimService service;
    private final ClaimReviewService reviews;
    private final FhirClaimService fhir;
    private final ClaimReadAudit audit;

    ClaimResource(ClaimService service, ClaimReviewService reviews, FhirClaimService fhir, ClaimReadAudit audit) {
        this.service = service;
        this.reviews = reviews;
        this.fhir = fhir;
        this.audit = audit;
    }

    @POST
    @Path("/{id}/reviews")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.CITY_COORDINATOR, Roles.DISTRICT_COORDINATOR})
    @Operation(summary = "Decide a claim waiting for review: approve, adjust or reject with a reason",
            description = "Above the second-approval threshold an approval needs a second, different coordinator.")
    @APIResponse(responseCode = "200", description = "The claim after the decision",
            content = @Content(schema = @Schema(implementation = ClaimView.class)))
    @APIResponse(responseCode = "400", description = "Missing reason or invalid amount, named in violations")
    @APIResponse(responseCode = "401", description = "No valid token")
    @APIResponse(responseCode = "403", description = "Only coordinators review")
    @APIResponse(responseCode = "404", description = "No such claim")
    @APIResponse(responseCode = "409", description = "The claim is not waiting for review, or the same coordinator approves twice")
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
            + "discharge before admission, malformed ICD-10 code…, named in violations")
    @APIResponse(responseCode = "401", description = "No valid token")
    @APIResponse(responseCode = "403", description = "Only partner hospitals submit claims")
    @APIResponse(responseCode = "409", description = "The same request with this key is still being processed")
    @APIResponse(responseCode = "422", description = "The key was used for a different request")
    public Response submit(
            @Parameter(description = "A unique id per claim chosen by the hospital, e.g. a UUID", example = "b7e2c1d0-claim-2025-0001")
            @HeaderParam("Idempotency-Key") String idempotencyKey,
            @Valid @NotNull(message = "请求体不能为空") SubmitClaimRequest request) {
        ClaimService.Answer answer = service.submit(idempotencyKey, request);
        return Response.status(answer.status()).type(MediaType.APPLICATION_JSON).entity(answer.body()).build();
    }

    @POST
    @Consumes(FhirJson.MEDIA_TYPE)
    @Produces(FhirJson.MEDIA_TYPE)
    @RolesAllowed(Roles.HOSPITAL)
    @Operation(summary = "Submit a claim as an HL7 FHIR R4 Claim; the answer is a FHIR ClaimResponse",
            description = "The same claim, Idempotency-Key and adjudication as the JSON form. The patient is "
                    + "Claim.patient.identifier (system https://nuanxin.org/fhir/sid/resident-id or "
                    + "https://nuanxin.org/fhir/sid/insured-person), the stay Claim.billablePeriod, the setting "
                    + "Claim.subType (v3-ActCode IMP or AMB), the in-patient days a supportingInfo of category "
                    + "hospitalized with valueQuantity, the items Claim.item with category "
                    + "(https://nuanxin.org/fhir/CodeSystem/item-category) and net in CNY. Problems name the FHIR path.")
    @RequestBody(content = @Content(mediaType = FhirJson.MEDIA_TYPE, schema = @Schema(type = SchemaType.OBJECT,
            description = "A FHIR R4 Claim resource")))
    @APIResponse(responseCode = "201", description = "Received and adjudicated: a ClaimResponse with outcome, item "
            + "adjudications submitted / eligible / benefit, the rules as reasons and notes, and totals",
            content = @Content(mediaType = FhirJson.MEDIA_TYPE, schema = @Schema(type = SchemaType.OBJECT,
                    description = "A FHIR R4 ClaimResponse resource")))
    @APIResponse(responseCode = "400", description = "Missing Idempotency-Key, not a FHIR R4 Claim, unknown patient, "
            + "negative amount…, named by FHIR path (Claim.item[0].net.value) in violations")
    @APIResponse(responseCode = "401", description = "No valid token")
    @APIResponse(responseCode = "403", description = "Only partner hospitals submit claims")
    @APIResponse(responseCode = "409", description = "The same request with this key is still being processed")
    @APIResponse(responseCode = "422", description = "The key was used for a different request")
    public Response submitFhir(
            @Parameter(description = "A unique id per claim chosen by the hospital, e.g. a UUID", example = "b7e2c1d0-claim-2025-0001")
            @HeaderParam("Idempotency-Key") String idempotencyKey,
            String claim) {
        ClaimService.Answer answer = fhir.submit(idempotencyKey, claim);
        return Response.status(answer.status()).type(FhirJson.MEDIA_TYPE).entity(answer.body()).build();
    }

    @GET
    @Path("/{id}")
    @Produces({MediaType.APPLICATION_JSON, FhirJson.MEDIA_TYPE})
    @RolesAllowed({Roles.HOSPITAL, Roles.CITY_COORDINATOR, Roles.DISTRICT_COORDINATOR, Roles.AUDITOR})
    @Operation(summary = "A claim with its adjudication",
            description = "A hospital sees its own claims only. With Accept: application/fhir+json the answer is "
                    + "a FHIR R4 ClaimResponse; otherwise JSON. Every read is written to the access audit "
                    + "(GET /api/access-audit).")
    @APIResponse(responseCode = "200", description = "The claim", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ClaimView.class)),
            @Content(mediaType = FhirJson.MEDIA_TYPE, schema = @Schema(type = SchemaType.OBJECT,
                    description = "A FHIR R4 ClaimResponse resource"))})
    @APIResponse(responseCode = "401", description = "No valid token")
    @APIResponse(responseCode = "403", description = "Role may not see claims")
    @APIResponse(responseCode = "404", description = "No such claim, or another hospital's")
    @Transactional // the read and its audit entry together: one transaction a read, not two
    public Response get(@PathParam("id") UUID id, @Context HttpHeaders headers) {
        if (wantsFhir(headers)) {
            String claimResponse = fhir.get(id);
            audit.recordRead(id, ClaimReadAudit.Representation.FHIR);
            return Response.ok(claimResponse, FhirJson.MEDIA_TYPE).build();
        }
        ClaimView claim = service.get(id);
        audit.recordRead(id, ClaimReadAudit.Representation.JSON);
        return Response.ok(claim, MediaType.APPLICATION_JSON).build();
    }

    /** FHIR only when asked for by name before plain JSON: a client that accepts anything gets JSON. */
    private static boolean wantsFhir(HttpHeaders headers) {
        for (MediaType accepted : headers.getAcceptableMediaTypes()) {
            if (!accepted.isWildcardType() && !accepted.isWildcardSubtype()
                    && accepted.isCompatible(MediaType.valueOf(FhirJson.MEDIA_TYPE))) {
                return true;
            }
            if (accepted.isCompatible(MediaType.APPLICATION_JSON_TYPE)) {
                return false;
            }
        }
        return false;
    }

    @GET
    @Path("/{id}/history")
    @RolesAllowed({Roles.HOSPITAL, Roles.CITY_COORDINATOR, Roles.DISTRICT_COORDINATOR, Roles.AUDITOR})
    @Operation(summary = "Every state change of a claim: who, when, why")
    @APIResponse(responseCode = "200", description = "The changes, oldest first",
            content = @Content(schema = @Schema(implementation = ClaimHistoryView.class, type = SchemaType.ARRAY)))
    @APIResponse(responseCode = "401", description = "No valid token")
    @APIResponse(responseCode = "403", description = "Role may not see claims")
    @APIResponse(responseCode = "404", description = "No such claim, or another hospital's")
    public List<ClaimHistoryView> history(@PathParam("id") UUID id) {
        return service.history(id);
    }

    @GET
    @RolesAllowed({Roles.HOSPITAL, Roles.CITY_COORDINATOR, Roles.DISTRICT_COORDINATOR, Roles.AUDITOR})
    @Operation(summary = "Claims, newest first", description = "A hospital lists its own claims only.")
    @APIResponse(responseCode = "200", description = "A page of claims with the total",
            content = @Content(schema = @Schema(implementation = PageResponse.class)))
    @APIResponse(responseCode = "400", description = "Invalid status, page or size")
    @APIResponse(responseCode = "401", description = "No valid token")
    @APIResponse(responseCode = "403", description = "Role may not see claims")
    public PageResponse<ClaimSummary> list(
            @QueryParam("status") ClaimStatus status,
            @QueryParam("page") @DefaultValue("0") @Min(value = 0, message = "页码不能为负") int page,
            @QueryParam("size") @DefaultValue("20") @Min(value = 1, message = "每页至少 1 条")
            @Max(value = 100, message = "每页最多 100 条") int size) {
        return service.list(status, page, size);
    }
}
