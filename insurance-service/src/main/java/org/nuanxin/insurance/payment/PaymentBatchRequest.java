package org.nuanxin.insurance.payment;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "CreatePaymentBatch")
public record PaymentBatchRequest(
        @NotBlank(message = "请填写医院编号") @Size(max = 100) @Schema(example = "H-XIANYUE") String hospitalId,
        @NotBlank(message = "请填写月份")
        @Pattern(regexp = "20\\d\\d-(0[1-9]|1[0-2])", message = "月份格式须为 yyyy-MM") @Schema(example = "2025-07") String month) {
}
