package org.nuanxin.carehome.standards;

import java.util.ArrayList;
import java.util.List;

/** What a site lacks to meet the standard. */
public enum Shortfall {
    REGULAR_VOLUNTEERS,
    PARTNER_ORGANISATIONS;

    /** The rule itself: a site meets the standard when it reaches every minimum; reaching it exactly is enough. */
    public static List<Shortfall> of(int regularVolunteers, int partnerOrganisations, int minRegularVolunteers,
                                     int minPartnerOrganisations) {
        List<Shortfall> missing = new ArrayList<>();
        if (regularVolunteers < minRegularVolunteers) {
            missing.add(REGULAR_VOLUNTEERS);
        }
        if (partnerOrganisations < minPartnerOrganisations) {
            missing.add(PARTNER_ORGANISATIONS);
        }
        return missing;
    }
}
