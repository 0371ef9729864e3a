package org.nuanxin.volunteer.hours;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A coordinator's decision on a correction, always with a reason. */
@Schema(name = "CorrectionDecision")
public record CorrectionDecision(
        @NotNull(message = "请选择批准或驳回") @Schema(example = "true") Boolean approve,
        @NotBlank(message = "请填写审批意见") @Size(max = 500, message = "意见不超过 500 字")
        @Schema(example = "与家属电话核实，属实") String reason,
        @Schema(description = "乐观锁：读取时的 version", example = "0") Long version) {
}
