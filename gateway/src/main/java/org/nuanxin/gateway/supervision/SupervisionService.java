package org.nuanxin.gateway.supervision;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/** Reads the supervision read models into one snapshot. */
@ApplicationScoped
public class SupervisionService {

    @Transactional
    public SupervisionSnapshot snapshot() {
        List<DistrictFamilies> districts = DistrictFamilies.listInOrder();
        List<SupervisionSnapshot.DistrictCount> counts = districts.stream()
                .map(d -> new SupervisionSnapshot.DistrictCount(d.districtCode, d.districtName,
                        d.bereaved + d.disabledChild, d.bereaved, d.disabledChild))
                .toList();
        OffsetDateTime updatedAt = districts.stream().map(d -> d.updatedAt).filter(Objects::nonNull)
                .max(Comparator.naturalOrder()).orElse(OffsetDateTime.now(ZoneOffset.UTC));
        return new SupervisionSnapshot(counts.stream().mapToInt(SupervisionSnapshot.DistrictCount::families).sum(),
                counts, updatedAt);
    }
}
