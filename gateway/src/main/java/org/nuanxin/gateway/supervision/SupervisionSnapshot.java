package org.nuanxin.gateway.supervision;

import java.time.OffsetDateTime;
import java.util.List;

/** What the supervision screen shows, as one JSON document sent on connect and after every change. */
public record SupervisionSnapshot(int totalFamilies, List<DistrictCount> byDistrict, OffsetDateTime updatedAt) {

    public record DistrictCount(String districtCode, String districtName, int families, int bereaved,
                                int disabledChild) {
    }

    /** The part a district-level caller may see: their own district only. */
    public SupervisionSnapshot restrictedTo(String districtCode) {
        List<DistrictCount> own = byDistrict.stream().filter(d -> d.districtCode().equals(districtCode)).toList();
        return new SupervisionSnapshot(own.stream().mapToInt(DistrictCount::families).sum(), own, updatedAt);
    }
}
