package org.nuanxin.family.family;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.nuanxin.family.needs.DisabilityLevel;

import java.util.List;

/** What a coordinator enters to register a family. Ids, status and dates are the service's to set. */
@Schema(name = "RegisterFamily")
public record RegisterFamilyRequest(
        @NotNull(message = "请选择家庭类别") FamilyCategory category,
        @NotBlank(message = "请选择所在区") @Pattern(regexp = "\\d{6}", message = "区划代码须为 6 位数字")
        @Schema(example = "350203") String districtCode,
        @NotBlank(message = "请选择街道/镇") @Size(max = 40) @Schema(example = "嘉莲街道") String street,
        @NotBlank(message = "请填写社区/村") @Size(max = 60, message = "社区/村名称不超过 60 字")
        @Schema(example = "莲花五村社区") String community,
        @NotBlank(message = "请填写详细地址") @Size(max = 200, message = "地址不超过 200 字")
        @Schema(example = "莲花五村 12 号 402 室") String address,
        @NotEmpty(message = "至少登记一名家庭成员") @Size(max = 10, message = "一户最多登记 10 名成员")
        List<@Valid @NotNull(message = "成员不能为空") Member> members) {

    @Schema(name = "RegisterFamilyMember")
    public record Member(
            @NotBlank(message = "请填写姓名") @Size(max = 40, message = "姓名不超过 40 字") @Schema(example = "陈美华") String name,
            @NotNull(message = "请选择与家庭的关系") Relation relation,
            @NotBlank(message = "请填写身份证号") @Schema(example = "35020319580512002X") String idNumber,
            @Pattern(regexp = "1\\d{10}", message = "手机号须为 1 开头的 11 位数字") @Schema(example = "13959212345") String phone,
            @Schema(example = "true") boolean livingAlone,
            @Size(max = 10, message = "慢性病最多填写 10 项") @Schema(example = "[\"高血压\", \"糖尿病\"]")
            List<@NotBlank(message = "病名不能为空") @Size(max = 30, message = "病名不超过 30 字") String> healthConditions,
            @Schema(description = "残疾等级；不填为无") DisabilityLevel disabilityLevel) {
    }
}
