package org.nuanxin.carehome.standards;

import java.util.ArrayList;
import java.util.List;

/** What a site lacks to meet the standard. */
public enum Shortfall {
    REGULAR_VOLUNTEERS,
    PARTNER_ORGANISATIONS,
    /** Fewer activities held in the last full calendar month than the standard asks. */
    ACTIVITIES;

    /** The rule itself: a site meets the standard when it reaches every minimum; reaching it exactly is enough. */
    public static List<Shortfall> of(Measure measure, int minRegularVolunteers, int minPartnerOrganisations,
                                     int minActivitiesPerMonth) {
        List<Shortfall> missing = new ArrayList<>();
        if (measure.regularVolunteers() < minRegularVolunteers) {
            missing.add(REGULAR_VOLUNTEERS);
        }
        if (measure.partnerOrganisations() < minPartnerOrganisations) {
            missing.add(PARTNER_ORGANISATIONS);
        }
        if (measure.activities() < minActivitiesPerMonth) {
            missing.add(ACTIVITIES);
        }
        return missing;
    }
}
