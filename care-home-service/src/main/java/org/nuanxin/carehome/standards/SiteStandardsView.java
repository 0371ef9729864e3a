package org.nuanxin.carehome.standards;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The site standard as the screens show it. */
@Schema(name = "SiteStandards")
public record SiteStandardsView(
        @Schema(example = "10") int minRegularVolunteers,
        @Schema(example = "5") int minPartnerOrganisations,
        @Schema(description = "Activities held in the last full calendar month", example = "2")
        int minActivitiesPerMonth) {

    static SiteStandardsView of(SiteStandards standards) {
        return new SiteStandardsView(standards.minRegularVolunteers(), standards.minPartnerOrganisations(),
                standards.minActivitiesPerMonth());
    }
}
