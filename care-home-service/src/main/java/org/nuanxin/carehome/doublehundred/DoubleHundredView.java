package org.nuanxin.carehome.doublehundred;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/** A year's "双百" counts: held lectures and free clinics, city-wide and per district, against the yearly goals. */
@Schema(name = "DoubleHundred")
public record DoubleHundredView(
        @Schema(example = "2026") int year,
        @Schema(example = "100") int lectureGoal,
        @Schema(example = "100") int clinicGoal,
        @Schema(description = "Held in the year, city-wide (or the district coordinator's district)", example = "87")
        long lectures,
        @Schema(example = "92") long clinics,
        List<District> districts) {

    @Schema(name = "DoubleHundredDistrict")
    public record District(
            @Schema(example = "350203") String districtCode,
            @Schema(example = "思明区") String districtName,
            @Schema(example = "21") long lectures,
            @Schema(example = "18") long clinics) {
    }
}
