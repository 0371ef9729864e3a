package org.nuanxin.carehome.budget;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "SetBudget")
public record SetBudgetRequest(
        @NotNull(message = "请填写金额") @Pattern(regexp = Yuan.PATTERN, message = "金额须为元，最多两位小数")
        @Schema(example = "4510000.00") String amount) {
}
