package org.nuanxin.carehome.family;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.util.List;

/** How many of the active bereaved families a site serves, city-wide and per district, against the goal. */
@Schema(name = "SiteCoverage")
public record CoverageView(
        @Schema(description = "The association's goal, percent", example = "100") int goalPercent,
        @Schema(example = "1240") long bereavedFamilies,
        @Schema(example = "760") long served,
        @Schema(description = "served / bereavedFamilies in percent, one decimal; 0 when there are none",
                example = "61.3") BigDecimal percent,
        List<District> districts) {

    @Schema(name = "DistrictCoverage")
    public record District(
            @Schema(example = "350203") String districtCode,
            @Schema(example = "思明区") String districtName,
            @Schema(example = "300") long bereavedFamilies,
            @Schema(example = "200") long served,
            @Schema(example = "66.7") BigDecimal percent) {
    }
}
