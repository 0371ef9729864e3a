package org.nuanxin.carehome.budget;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "RecordSpend")
public record RecordSpendRequest(
        @NotNull(message = "请填写金额") @Pattern(regexp = Yuan.PATTERN, message = "金额须为元，最多两位小数")
        @Schema(example = "1280.50") String amount,
        @NotBlank(message = "请填写用途") @Size(max = 200, message = "用途不超过 200 字")
        @Schema(example = "讲师课酬与茶点") String purpose) {
}
