package org.nuanxin.insurance.enrolment;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A member of a registered family to insure. family-service publishes no member data, so the coordinator enrols
 * each member here; the identity number is what hospitals later name the patient by.
 */
@Schema(name = "Enrol")
public record EnrolRequest(
        @NotNull(message = "请填写家庭编号") @Schema(example = "5f0c2a8e-3b1d-4c2e-9a77-2b6d1e9f0a11") UUID familyId,
        @NotBlank(message = "请填写姓名") @Size(max = 50, message = "姓名最多 50 个字") @Schema(example = "王某某") String name,
        @NotBlank(message = "请填写身份证号") @Schema(example = "350203195803150022") String identityNumber,
        @Schema(description = "First covered day; today in Xiamen when absent", example = "2025-01-01") LocalDate coveredFrom) {
}
