package org.nuanxin.family.contact;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** A row of the overdue-contacts worklist. */
public record OverdueFamily(UUID familyId, String districtCode, String districtName, String street,
                            String community, String headName, String riskLevel, OffsetDateTime lastContactAt,
                            OffsetDateTime lastVisitAt, Long daysSinceContact, Long daysSinceVisit,
                            long homeVisitsThisYear, long homeVisitsDue, List<String> overdue) {
}
