package org.nuanxin.volunteer.report;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * Completing a task. For HOME_VISIT and PHONE_CONTACT it carries the visit report (wellbeing required); other kinds
 * need no body. Time and duration come from the verified check-in, never from the client, except for a phone call
 * made without checking in, which reports its length, and a report sent late from a phone that was offline, which
 * says when the volunteer left (it can only shorten the credited time).
 */
@Schema(name = "CompleteTask")
public record CompleteTaskRequest(
        @Min(value = 1, message = "状态评分为 1 到 5") @Max(value = 5, message = "状态评分为 1 到 5")
        @Schema(description = "1 很差 … 5 很好：老人的精神与身体状态", example = "4") Integer wellbeing,
        @Size(max = 7, message = "发现的需求最多 7 项")
        @Schema(example = "[\"MEDICAL\", \"DAILY_CARE\"]") List<NeedArea> needsObserved,
        @Size(max = 2000, message = "记录不超过 2000 字") @Schema(example = "老人情绪平稳，提到膝盖疼") String notes,
        @Size(max = 500, message = "跟进事项不超过 500 字") @Schema(example = "联系社区医生上门看膝盖") String followUp,
        @Schema(example = "2026-12-05") LocalDate followUpDue,
        @Size(max = 100, message = "地点不超过 100 字") @Schema(example = "家中") String location,
        @Min(value = 1, message = "时长至少 1 分钟") @Max(value = 600, message = "时长不超过 600 分钟")
        @Schema(description = "仅用于未签到的电话联络", example = "15") Integer durationMinutes,
        @Schema(description = "离开的时间，由手机在志愿者提交记录时记下（离线保存、稍后发送的记录用）。只取签到之后、"
                + "记录送达之前的时间：它能让计入的时长变短，不能变长。缺省为送达的时间",
                example = "2026-12-01T10:35:00+08:00") OffsetDateTime checkedOutAt) {
}
