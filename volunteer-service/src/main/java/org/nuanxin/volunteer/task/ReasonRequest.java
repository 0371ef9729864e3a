package org.nuanxin.volunteer.task;

import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Why a volunteer declines, or a coordinator cancels; {@code version}, if given, must be the task's current one. */
@Schema(name = "Reason")
public record ReasonRequest(
        @Size(max = 200, message = "原因不超过 200 字") @Schema(example = "当天要陪家人看病") String reason,
        @Schema(description = "乐观锁：读取任务时的 version", example = "1") Long version) {
}
