package org.nuanxin.insurance.budget;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A policy year's premiums against its budget. {@code premiumDue} = {@code insuredPersons} × the annual premium,
 * a whole premium for everyone insured in the year however late they joined or early they left (the programme buys
 * yearly policies), so nothing is pro rata and nothing is rounded. Budget, remaining and overrun are null while no
 * budget is set; otherwise exactly one of remaining and overrun is above zero, or both are zero.
 */
@Schema(name = "PremiumTotals")
public record PremiumTotalsView(
        @Schema(example = "2025") int year,
        @Schema(example = "3960") long insuredPersons,
        @Schema(example = "300.00") String annualPremiumPerPerson,
        @Schema(example = "1188000.00") String premiumDue,
        @Schema(example = "1200000.00", nullable = true) String budget,
        @Schema(example = "12000.00", nullable = true) String remaining,
        @Schema(example = "0.00", nullable = true) String overrun) {
}
