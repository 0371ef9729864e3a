package org.nuanxin.volunteer.volunteer;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A coordinator's decision on a member's status, always with a reason for the history. */
@Schema(name = "ChangeStatus")
public record ChangeStatusRequest(
        @NotNull(message = "请选择新状态") @Schema(example = "ACTIVE") VolunteerStatus status,
        @NotBlank(message = "请填写原因") @Size(max = 200, message = "原因不超过 200 字")
        @Schema(example = "完成岗前培训") String reason) {
}
