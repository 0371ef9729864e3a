package org.nuanxin.gateway.targets;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.nuanxin.gateway.indicators.Indicator;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A responsibility target as a city coordinator sets it. */
public record TargetRequest(
        @NotBlank @Size(max = 100) @Schema(example = "联系人全覆盖") String name,
        @NotBlank @Size(max = 100) @Schema(example = "市计生协 王主任") String owner,
        @NotNull Indicator indicator,
        @Pattern(regexp = "\\d{6}", message = "must be a six-digit district code")
        @Schema(description = "The district, or none for a city-wide target", example = "350203") String districtCode,
        @NotNull @DecimalMin("0") @Digits(integer = 12, fraction = 2) @Schema(example = "100") BigDecimal targetValue,
        @NotNull @Schema(example = "2026-12-31") LocalDate deadline) {
}
