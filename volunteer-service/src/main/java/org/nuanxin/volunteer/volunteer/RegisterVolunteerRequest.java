package org.nuanxin.volunteer.volunteer;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/**
 * What a coordinator enters to register a member of the corps. Id, status, dates and hours are the service's
 * to set: there is no field for them, so no client can.
 */
@Schema(name = "RegisterVolunteer")
public record RegisterVolunteerRequest(
        @NotBlank(message = "请填写姓名") @Size(max = 40, message = "姓名不超过 40 字") @Schema(example = "林美玲") String name,
        @NotBlank(message = "请填写手机号") @Pattern(regexp = "1\\d{10}", message = "手机号须为 1 开头的 11 位数字")
        @Schema(example = "13959212345") String phone,
        @NotBlank(message = "请选择所在区") @Pattern(regexp = "\\d{6}", message = "区划代码须为 6 位数字")
        @Schema(example = "350203") String districtCode,
        @NotNull(message = "请选择人员类别") VolunteerKind kind,
        @NotEmpty(message = "至少选择一项服务技能") @Size(max = 8, message = "服务技能最多 8 项")
        List<@NotNull(message = "服务技能不能为空") Skill> skills,
        @Size(max = 10, message = "资质最多填写 10 项") @Schema(example = "[\"心理咨询师\"]")
        List<@NotBlank(message = "资质不能为空") @Size(max = 30, message = "资质名称不超过 30 字") String> qualifications,
        @Size(max = 10, message = "方言最多填写 10 种") @Schema(example = "[\"闽南话\", \"普通话\"]")
        List<@NotBlank(message = "方言不能为空") @Size(max = 20, message = "方言名称不超过 20 字") String> dialects,
        @Pattern(regexp = Account.USERNAME, message = Account.USERNAME_MESSAGE)
        @Schema(description = "登录账号（可稍后开通）", example = "linmeiling") String username,
        @DecimalMin(value = "23.5", message = "纬度不在厦门范围内") @DecimalMax(value = "25.0", message = "纬度不在厦门范围内")
        @Schema(description = "大致居住位置（匹配距离用）", example = "24.4480") Double latitude,
        @DecimalMin(value = "117.5", message = "经度不在厦门范围内") @DecimalMax(value = "118.7", message = "经度不在厦门范围内")
        @Schema(example = "118.0890") Double longitude) {
}
