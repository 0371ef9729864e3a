package org.nuanxin.volunteer.call;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "CallOutcomeRequest")
public record OutcomeRequest(
        @NotNull(message = "请选择通话结果") @Schema(example = "NO_ANSWER") CallOutcome outcome,
        @Size(max = 1000, message = "备注不超过 1000 字") @Schema(example = "无人接听，下午再打") String notes) {
}
