package org.nuanxin.carehome.standards;

/** The site standard as the screens show it. */
public record SiteStandardsView(int minRegularVolunteers, int minPartnerOrganisations) {

    static SiteStandardsView of(SiteStandards standards) {
        return new SiteStandardsView(standards.minRegularVolunteers(), standards.minPartnerOrganisations());
    }
}
