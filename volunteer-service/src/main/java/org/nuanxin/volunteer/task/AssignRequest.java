package org.nuanxin.volunteer.task;

import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.UUID;

/** Assign (or reassign) a task; {@code version}, if given, must be the task's current one. */
@Schema(name = "Assign")
public record AssignRequest(
        @NotNull(message = "请选择志愿者") @Schema(example = "5c0e2f4a-7b1d-4e6f-9a3c-1d2e3f4a5b6c") UUID volunteerId,
        @Schema(description = "乐观锁：读取任务时的 version", example = "0") Long version) {
}
