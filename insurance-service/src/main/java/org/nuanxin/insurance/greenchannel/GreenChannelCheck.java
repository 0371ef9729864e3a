package org.nuanxin.insurance.greenchannel;

import jakarta.validation.constraints.NotBlank;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The patient a hospital asks about; in the body, so the identity number stays out of URLs and access logs. */
@Schema(name = "GreenChannelCheck")
public record GreenChannelCheck(
        @NotBlank(message = "请填写身份证号") @Schema(example = "350203195803150022") String identityNumber) {
}
