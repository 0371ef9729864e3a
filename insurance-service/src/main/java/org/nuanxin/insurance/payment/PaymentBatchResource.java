package org.nuanxin.insurance.payment;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
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
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.nuanxin.common.paging.PageResponse;
import org.nuanxin.common.security.Roles;

import java.util.UUID;

@Path("/api/payment-batches")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "payment-batches", description = "按医院按月支付批次")
public class PaymentBatchResource {

    private final PaymentBatchService service;

    PaymentBatchResource(PaymentBatchService service) {
        this.service = service;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.CITY_COORDINATOR)
    @Operation(summary = "Pay a hospital's decided claims of a month",
            description = "Every APPROVED or PARTIALLY_APPROVED claim discharged in the month and not yet paid becomes PAID.")
    @APIResponse(responseCode = "201", description = "The batch",
            content = @Content(schema = @Schema(implementation = PaymentBatchView.class)))
    @APIResponse(responseCode = "400", description = "Invalid hospital or month, named in violations")
    @APIResponse(responseCode = "401", description = "No valid token")
    @APIResponse(responseCode = "403", description = "Only the city coordinator pays")
    @APIResponse(responseCode = "409", description = "Nothing to pay for that hospital and month")
    public Response create(@Valid @NotNull(message = "请求体不能为空") PaymentBatchRequest request) {
        return Response.status(201).entity(service.create(request)).build();
    }

    @GET
    @RolesAllowed({Roles.CITY_COORDINATOR, Roles.AUDITOR})
    @Operation(summary = "Payment batches, newest first",
            description = "Each batch without its claims; GET /api/payment-batches/{id} lists them.")
    @APIResponse(responseCode = "200", description = "A page of batches with the total",
            content = @Content(schema = @Schema(implementation = PageResponse.class)))
    @APIResponse(responseCode = "400", description = "Invalid page or size, named in violations")
    @APIResponse(responseCode = "401", description = "No valid token")
    @APIResponse(responseCode = "403", description = "Role may not see payments")
    public PageResponse<PaymentBatchSummary> list(
            @QueryParam("page") @DefaultValue("0") @Min(value = 0, message = "页码不能为负") int page,
            @QueryParam("size") @DefaultValue("20") @Min(value = 1, message = "每页至少 1 条")
            @Max(value = 100, message = "每页最多 100 条") int size) {
        return service.list(page, size);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.CITY_COORDINATOR, Roles.AUDITOR})
    @Operation(summary = "A payment batch and its claims")
    @APIResponse(responseCode = "200", description = "The batch",
            content = @Content(schema = @Schema(implementation = PaymentBatchView.class)))
    @APIResponse(responseCode = "401", description = "No valid token")
    @APIResponse(responseCode = "403", description = "Role may not see payments")
    @APIResponse(responseCode = "404", description = "No such batch")
    public PaymentBatchView get(@PathParam("id") UUID id) {
        return service.get(id);
    }
}
