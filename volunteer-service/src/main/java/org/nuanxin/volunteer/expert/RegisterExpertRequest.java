package org.nuanxin.volunteer.expert;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.Set;

/** An expert joining the pool. */
@Schema(name = "RegisterExpert")
public record RegisterExpertRequest(
        @NotBlank(message = "请填写姓名") @Size(max = 40, message = "姓名不超过 40 字") @Schema(example = "陈文华") String name,
        @NotBlank(message = "请选择所在机构") @Size(max = 20, message = "机构代码不超过 20 字")
        @Schema(description = "GET /api/experts/institutions 中的代码", example = "XM-XIANYUE") String institutionCode,
        @NotBlank(message = "请填写专业") @Size(max = 40, message = "专业不超过 40 字") @Schema(example = "老年精神科") String specialty,
        @NotBlank(message = "请填写职称") @Size(max = 30, message = "职称不超过 30 字") @Schema(example = "主任医师") String title,
        @NotNull(message = "请选择可提供的服务") @Size(min = 1, message = "至少选择一项可提供的服务")
        @Schema(example = "[\"LECTURE\", \"CONSULTATION\"]") Set<@NotNull(message = "服务不能为空") ExpertOffer> offers) {
}
