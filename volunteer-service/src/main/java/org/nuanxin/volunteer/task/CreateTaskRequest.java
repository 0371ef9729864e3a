package org.nuanxin.volunteer.task;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.nuanxin.volunteer.checkin.Verification;
import org.nuanxin.volunteer.volunteer.Skill;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** A coordinator's task for a family. Status, volunteer and times of work are the service's to set. */
@Schema(name = "CreateTask")
public record CreateTaskRequest(
        @NotNull(message = "请选择家庭") @Schema(example = "6b1f3a52-9c0e-4f7b-8d21-3e5a7c9b1d02") UUID familyId,
        @NotNull(message = "请选择任务类型") @Schema(example = "HOME_VISIT") TaskKind kind,
        @Size(max = 8, message = "所需技能最多 8 项") @Schema(description = "除任务类型本身所需技能外的要求",
                example = "[\"PSYCHOLOGICAL_SUPPORT\"]") List<@NotNull(message = "技能不能为空") Skill> requiredSkills,
        @NotNull(message = "请填写开始时间") @Schema(example = "2026-12-02T09:00:00+08:00") OffsetDateTime windowStart,
        @NotNull(message = "请填写结束时间") @Schema(example = "2026-12-02T11:00:00+08:00") OffsetDateTime windowEnd,
        @Schema(description = "默认 NORMAL", example = "HIGH") TaskPriority priority,
        @DecimalMin(value = "23.5", message = "纬度不在厦门范围内") @DecimalMax(value = "25.0", message = "纬度不在厦门范围内")
        @Schema(description = "服务地点（签到位置核验用）", example = "24.4486") Double latitude,
        @DecimalMin(value = "117.5", message = "经度不在厦门范围内") @DecimalMax(value = "118.7", message = "经度不在厦门范围内")
        @Schema(example = "118.1327") Double longitude,
        @Size(max = 100, message = "地点不超过 100 字") @Schema(example = "莲前街道前埔社区") String place,
        @Size(max = 500, message = "任务说明不超过 500 字") @Schema(example = "老人独居，耳背，请大声说话；带上血压计") String instructions,
        @Size(max = 20, message = "方言名称不超过 20 字") @Schema(example = "闽南话") String preferredDialect,
        @Schema(description = "签到核验方式；默认取配置 nuanxin.check-in.default-verification", example = "CODE_OR_POSITION")
        Verification verification) {
}
