package org.nuanxin.family.events;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * {@code org.nuanxin.family.needs-assessed.v1} on {@code family.events}, key = family id: the new risk level,
 * the one before it, and the rated needs. No notes, no personal information.
 */
public record NeedsAssessed(UUID familyId, UUID assessmentId, String districtCode, String riskLevel,
                            String previousRiskLevel, List<Need> needs, OffsetDateTime assessedAt) {

    public static final String TYPE = "org.nuanxin.family.needs-assessed.v1";

    public record Need(String area, String severity) {
    }
}
