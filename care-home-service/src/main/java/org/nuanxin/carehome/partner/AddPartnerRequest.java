package org.nuanxin.carehome.partner;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;

/** A partner organisation and its agreement with the site. */
@Schema(name = "AddPartner")
public record AddPartnerRequest(
        @NotBlank(message = "请填写合作单位名称") @Size(max = 100, message = "名称不超过 100 字")
        @Schema(example = "厦门市心理咨询师协会") String name,
        @NotNull(message = "请选择合作单位类型") @Schema(example = "SOCIAL_ORGANISATION") PartnerKind kind,
        @NotBlank(message = "请填写合作内容") @Size(max = 200, message = "合作内容不超过 200 字")
        @Schema(example = "每月两次上门心理疏导") String agreement,
        @NotNull(message = "请填写协议起始日期") @Schema(example = "2026-01-01") LocalDate agreementFrom,
        @Schema(example = "2027-12-31") LocalDate agreementUntil) {
}
