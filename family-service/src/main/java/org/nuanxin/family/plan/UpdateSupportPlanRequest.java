package org.nuanxin.family.plan;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;

/** The whole plan, as the coordinator sets it; a family without a doctor contract sends {@code familyDoctor: null}. */
@Schema(name = "UpdateSupportPlan")
public record UpdateSupportPlanRequest(
        @NotNull(message = "请选择精神慰藉状态") ServiceState emotionalComfort,
        @NotNull(message = "请选择走访慰问状态") ServiceState homeVisits,
        @NotNull(message = "请选择志愿服务状态") ServiceState volunteerService,
        @NotNull(message = "请选择保险保障状态") ServiceState insuranceCover,
        @Valid @Schema(example = "true") FamilyDoctor familyDoctor,
        @Schema(example = "true") boolean greenChannel) {

    @Schema(name = "FamilyDoctorContract")
    public record FamilyDoctor(
            @NotBlank(message = "请填写签约医生") @Size(max = 40, message = "姓名不超过 40 字")
            @Schema(example = "黄志明") String doctorName,
            @NotBlank(message = "请填写签约机构") @Size(max = 80, message = "机构名称不超过 80 字")
            @Schema(example = "鼓浪屿社区卫生服务中心") String institution,
            @NotNull(message = "请填写签约日期") @PastOrPresent(message = "签约日期不能晚于今天")
            @Schema(example = "2026-03-01") LocalDate signedOn,
            @Schema(example = "2027-02-28") LocalDate expiresOn) {
    }
}
