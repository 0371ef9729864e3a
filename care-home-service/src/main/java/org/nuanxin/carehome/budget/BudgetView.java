package org.nuanxin.carehome.budget;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;
import java.util.UUID;

/** A year's funds against spend, city-wide and per site; amounts are yuan as decimal strings. */
@Schema(name = "Budget")
public record BudgetView(
        @Schema(example = "2026") int year,
        @Schema(description = "The city's line; null if not set, and for a district coordinator", example = "4510000.00",
                nullable = true) String cityBudget,
        @Schema(example = "1325000.00") String citySpent,
        @Schema(description = "cityBudget - citySpent; null when cityBudget is", example = "3185000.00",
                nullable = true) String cityRemaining,
        List<SiteLine> sites) {

    @Schema(name = "SiteBudget")
    public record SiteLine(
            @Schema(example = "3b6f0d0e-9a7c-4f0f-8e11-7d4c2a1b0c9d") UUID siteId,
            @Schema(example = "鼓浪屿暖心家园") String siteName,
            @Schema(example = "350203") String districtCode,
            @Schema(description = "null if the site has no line", example = "300000.00", nullable = true) String budget,
            @Schema(example = "126400.00") String spent,
            @Schema(description = "budget - spent; null if the site has no line", example = "173600.00", nullable = true)
            String remaining) {
    }
}
