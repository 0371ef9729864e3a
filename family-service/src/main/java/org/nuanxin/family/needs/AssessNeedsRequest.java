package org.nuanxin.family.needs;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/** A coordinator's rating of a family's needs; the risk level is derived, never entered. */
@Schema(name = "AssessNeeds")
public record AssessNeedsRequest(
        @NotEmpty(message = "至少评估一个需求领域") @Size(max = 7, message = "需求领域最多 7 个")
        List<@Valid @NotNull(message = "需求不能为空") Rating> needs,
        @Size(max = 1000, message = "评估说明不超过 1000 字") @Schema(example = "独居，高血压控制不佳，希望每周电话问候") String notes) {

    @Schema(name = "NeedRating")
    public record Rating(
            @NotNull(message = "请选择需求领域") @Schema(example = "MEDICAL") NeedArea area,
            @NotNull(message = "请选择程度") @Schema(example = "HIGH") Severity severity) {
    }
}
