package org.nuanxin.carehome.events;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * A site came to meet the standard ({@link #MET}) or fell below it ({@link #BREACHED}) on topic
 * {@code carehome.events}, key = site id. {@code shortfalls} names what is missing: {@code REGULAR_VOLUNTEERS},
 * {@code PARTNER_ORGANISATIONS}; empty when met.
 */
public record SiteStandardChanged(UUID siteId, String districtCode, int regularVolunteers, int partnerOrganisations,
                                  int minRegularVolunteers, int minPartnerOrganisations, List<String> shortfalls,
                                  OffsetDateTime changedAt) {

    public static final String MET = "org.nuanxin.carehome.standard-met.v1";
    public static final String BREACHED = "org.nuanxin.carehome.standard-breached.v1";
}
