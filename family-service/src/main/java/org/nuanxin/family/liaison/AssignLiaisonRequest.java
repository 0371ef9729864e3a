package org.nuanxin.family.liaison;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "AssignLiaison")
public record AssignLiaisonRequest(
        @NotBlank(message = "请填写联系人姓名") @Size(max = 40, message = "姓名不超过 40 字") @Schema(example = "郑丽娟") String name,
        @NotBlank(message = "请填写联系人手机号") @Pattern(regexp = "1\\d{10}", message = "手机号须为 1 开头的 11 位数字")
        @Schema(example = "13906003344") String phone) {
}
