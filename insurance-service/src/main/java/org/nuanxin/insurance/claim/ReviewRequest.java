package org.nuanxin.insurance.claim;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.nuanxin.insurance.money.Yuan;

/**
 * A coordinator's decision on a claim waiting for review. {@code medicalBenefit} is the adjusted medical benefit for
 * ADJUST (at most what adjudication allowed); a reason is required to adjust or reject.
 */
@Schema(name = "ClaimReview")
public record ReviewRequest(
        @NotNull(message = "请填写审核决定 APPROVE、ADJUST 或 REJECT") @Schema(example = "ADJUST") Decision decision,
        @Pattern(regexp = Yuan.PATTERN, message = "金额须为不小于 0 的数字，最多 12 位整数、2 位小数")
        @Schema(example = "18000.00") String medicalBenefit,
        @Size(max = 500, message = "理由最多 500 个字") @Schema(example = "自费药品不予报销") String reason) {

    public enum Decision {
        APPROVE,
        ADJUST,
        REJECT
    }
}
