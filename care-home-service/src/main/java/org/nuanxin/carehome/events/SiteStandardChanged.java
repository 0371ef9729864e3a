package org.nuanxin.carehome.events;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * A site came to meet the standard ({@link #MET}) or fell below it ({@link #BREACHED}) on topic
 * {@code carehome.events}, key = site id. {@code shortfalls} names what is missing: {@code REGULAR_VOLUNTEERS},
 * {@code PARTNER_ORGANISATIONS}, {@code ACTIVITIES}; empty when met. {@code activities} were held in
 * {@code activitiesMonth} (as {@code 2026-10}), the last full month. The activity fields were added to v1: a consumer
 * reading the older ones is not affected.
 */
public record SiteStandardChanged(UUID siteId, String districtCode, int regularVolunteers, int partnerOrganisations,
                                  int activities, String activitiesMonth, int minRegularVolunteers,
                                  int minPartnerOrganisations, int minActivitiesPerMonth, List<String> shortfalls,
                                  OffsetDateTime changedAt) {

    public static final String MET = "org.nuanxin.carehome.standard-met.v1";
    public static final String BREACHED = "org.nuanxin.carehome.standard-breached.v1";
}
