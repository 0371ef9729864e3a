package org.nuanxin.family.guardian;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "AddGuardian")
public record AddGuardianRequest(
        @NotBlank(message = "请填写姓名") @Size(max = 40, message = "姓名不超过 40 字") @Schema(example = "王明") String name,
        @NotNull(message = "请选择与家庭的关系") GuardianRelationship relationship,
        @NotBlank(message = "请填写手机号") @Pattern(regexp = "1\\d{10}", message = "手机号须为 1 开头的 11 位数字")
        @Schema(example = "13906008899") String phone,
        @Schema(example = "true") boolean maySign,
        @NotNull(message = "请填写联系顺序") @Min(value = 1, message = "联系顺序为 1 到 9") @Max(value = 9, message = "联系顺序为 1 到 9")
        @Schema(description = "1 为首先联系", example = "1") Integer priority) {
}
