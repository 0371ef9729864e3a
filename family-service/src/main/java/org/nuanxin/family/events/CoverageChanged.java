package org.nuanxin.family.events;

import java.util.UUID;

/**
 * {@code org.nuanxin.family.coverage-changed.v1}, key = family id: the family's three coverages after its support
 * plan changed, for the supervision view's coverage percentages.
 */
public record CoverageChanged(UUID familyId, String districtCode, String category, boolean liaisons,
                              boolean familyDoctor, boolean greenChannel) {

    public static final String TYPE = "org.nuanxin.family.coverage-changed.v1";
}
