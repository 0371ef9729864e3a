package org.nuanxin.insurance.budget;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.OffsetDateTime;

/**
 * A year's premium budget; {@code insurablePersons} is how many people it insures for the whole year at the
 * configured premium per person.
 */
@Schema(name = "PremiumBudget")
public record PremiumBudgetView(
        @Schema(example = "2025") int year,
        @Schema(example = "1200000.00") String amount,
        @Schema(example = "300.00") String annualPremiumPerPerson,
        @Schema(example = "4000") long insurablePersons,
        OffsetDateTime setAt,
        @Schema(example = "city") String setBy) {
}
