package org.nuanxin.volunteer.call;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

/** A call list from families and/or members of the corps. */
@Schema(name = "CreateCampaign")
public record CreateCampaignRequest(
        @NotBlank(message = "请填写名称") @Size(max = 60, message = "名称不超过 60 字") @Schema(example = "寒潮关怀电话") String name,
        @NotNull(message = "请选择目的") @Schema(example = "WELFARE_CHECK") CallPurpose purpose,
        @Pattern(regexp = "\\d{6}", message = "区划代码须为 6 位数字")
        @Schema(description = "空为全市（市级协调员）", example = "350203") String districtCode,
        @Size(max = 5000, message = "一次最多 5000 户") List<@NotNull(message = "家庭不能为空") UUID> familyIds,
        @Size(max = 5000, message = "一次最多 5000 人") List<@NotNull(message = "人员不能为空") UUID> volunteerIds,
        @Schema(description = "未接通后多久重新排队；默认取配置", example = "PT2H") Duration redeliveryDelay,
        @Min(value = 1, message = "至少拨打 1 次") @Max(value = 10, message = "最多拨打 10 次")
        @Schema(description = "未接通时最多拨打次数；默认取配置", example = "3") Integer maxAttempts) {
}
