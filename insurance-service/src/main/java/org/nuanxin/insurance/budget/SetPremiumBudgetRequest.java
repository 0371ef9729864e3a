package org.nuanxin.insurance.budget;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.nuanxin.insurance.money.Yuan;

/** The budget for a year, in yuan as a decimal string so that no amount passes through a binary fraction. */
@Schema(name = "SetPremiumBudget")
public record SetPremiumBudgetRequest(
        @NotBlank(message = "请填写预算金额")
        @Pattern(regexp = Yuan.PATTERN, message = "金额须为不小于 0 的数字，最多 12 位整数、2 位小数")
        @Schema(example = "1200000.00") String amount) {
}
