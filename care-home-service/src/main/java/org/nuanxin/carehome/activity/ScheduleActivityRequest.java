package org.nuanxin.carehome.activity;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** An activity to put on a site's schedule. Experts are required for a free clinic and refused otherwise. */
@Schema(name = "ScheduleActivity")
public record ScheduleActivityRequest(
        @NotNull(message = "请选择站点") @Schema(example = "3b6f0d0e-9a7c-4f0f-8e11-7d4c2a1b0c9d") UUID siteId,
        @NotNull(message = "请选择活动类型") @Schema(example = "LECTURE") ActivityKind kind,
        @NotBlank(message = "请填写活动名称") @Size(max = 100, message = "活动名称不超过 100 字")
        @Schema(example = "暖心大学堂：冬季老年人心血管保健") String title,
        @NotNull(message = "请填写开始时间") @Schema(example = "2026-12-05T09:30:00+08:00") OffsetDateTime startsAt,
        @NotNull(message = "请填写结束时间") @Schema(example = "2026-12-05T11:00:00+08:00") OffsetDateTime endsAt,
        @NotNull(message = "请填写名额") @Min(value = 1, message = "名额至少 1 个")
        @Max(value = 1000, message = "名额最多 1000 个") @Schema(example = "30") Integer capacity,
        @Size(max = 20, message = "专家最多 20 位")
        @Schema(description = "Volunteer ids from the expert pool; free clinics only",
                example = "[\"9d2e4c1a-7b3f-4e8a-a1c2-5f6e7d8c9b0a\"]") List<UUID> expertIds) {
}
