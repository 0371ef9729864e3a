package org.nuanxin.volunteer.hours;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.UUID;

/** A request to correct a volunteer's hours: credited only once a coordinator approves it. */
@Schema(name = "CorrectionRequest")
public record CorrectionRequest(
        @NotNull(message = "请选择志愿者") @Schema(example = "5c0e2f4a-7b1d-4e6f-9a3c-1d2e3f4a5b6c") UUID volunteerId,
        @Schema(description = "相关任务（可选）", example = "9e8d7c6b-5a4f-4e3d-8c2b-1a0f9e8d7c6b") UUID taskId,
        @NotNull(message = "请填写更正分钟数") @Schema(description = "正数补记，负数扣减", example = "90") Integer minutes,
        @NotBlank(message = "请填写更正原因") @Size(max = 500, message = "原因不超过 500 字")
        @Schema(example = "忘记签退，实际服务至 11:30") String reason) {
}
