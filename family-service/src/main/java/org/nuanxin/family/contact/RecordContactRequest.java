package org.nuanxin.family.contact;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.nuanxin.family.needs.NeedArea;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/** A call or visit as the liaison reports it; a follow-up needs a due date and the other way round. */
@Schema(name = "RecordContact")
public record RecordContactRequest(
        @NotNull(message = "请选择联系方式") @Schema(example = "HOME_VISIT") ContactKind kind,
        @NotNull(message = "请填写联系时间") @PastOrPresent(message = "联系时间不能晚于现在")
        @Schema(example = "2026-11-28T15:30:00+08:00") OffsetDateTime contactedAt,
        @NotBlank(message = "请填写联系人") @Size(max = 40, message = "姓名不超过 40 字") @Schema(example = "郑丽娟") String contactedBy,
        @Size(max = 100, message = "地点不超过 100 字") @Schema(example = "家中") String location,
        @NotNull(message = "请填写时长") @Min(value = 1, message = "时长至少 1 分钟") @Max(value = 600, message = "时长不超过 600 分钟")
        @Schema(example = "40") Integer durationMinutes,
        @Min(value = 1, message = "状态评分为 1 到 5") @Max(value = 5, message = "状态评分为 1 到 5")
        @Schema(description = "1 很差 … 5 很好：老人的精神与身体状态", example = "4") Integer wellbeing,
        @Size(max = 7, message = "发现的需求最多 7 项")
        @Schema(description = "走访中发现的需求", example = "[\"MEDICAL\", \"DAILY_CARE\"]") List<NeedArea> needsObserved,
        @Size(max = 2000, message = "记录不超过 2000 字") @Schema(example = "老人情绪平稳，提到膝盖疼") String notes,
        @Size(max = 500, message = "跟进事项不超过 500 字") @Schema(example = "联系社区医生上门看膝盖") String followUp,
        @Schema(example = "2026-12-05") LocalDate followUpDue) {
}
