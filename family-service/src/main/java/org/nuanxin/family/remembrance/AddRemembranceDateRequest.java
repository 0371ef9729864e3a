package org.nuanxin.family.remembrance;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "AddRemembranceDate")
public record AddRemembranceDateRequest(
        @NotNull(message = "请选择日子的类别") RemembranceKind kind,
        @NotNull(message = "请填写月份") @Min(value = 1, message = "月份为 1 到 12") @Max(value = 12, message = "月份为 1 到 12")
        @Schema(example = "4") Integer month,
        @NotNull(message = "请填写日期") @Min(value = 1, message = "日期为 1 到 31") @Max(value = 31, message = "日期为 1 到 31")
        @Schema(example = "5") Integer day,
        @Size(max = 100, message = "说明不超过 100 字") @Schema(example = "儿子小明的忌日") String label,
        @Min(value = 1, message = "提前提醒 1 到 60 天") @Max(value = 60, message = "提前提醒 1 到 60 天")
        @Schema(description = "默认 7 天", example = "7") Integer remindDaysBefore) {
}
