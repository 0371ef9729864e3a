package org.nuanxin.gateway.supervision;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjusters;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** Reads the supervision read models into one snapshot. */
@ApplicationScoped
public class SupervisionService {

    /** Weeks and months are Xiamen's. */
    static final ZoneId CITY = ZoneId.of("Asia/Shanghai");

    private final EntityManager em;
    private final CadenceConfig cadence;

    SupervisionService(EntityManager em, CadenceConfig cadence) {
        this.em = em;
        this.cadence = cadence;
    }

    @Transactional
    public SupervisionSnapshot snapshot() {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        Map<String, SupervisionSnapshot.Coverage> coverage = new HashMap<>();
        Map<String, long[]> cadenceCounts = new HashMap<>();
        for (Object row : em.createNativeQuery("""
                        SELECT district_code,
                               count(*) FILTER (WHERE liaisons),
                               count(*) FILTER (WHERE family_doctor),
                               count(*) FILTER (WHERE green_channel),
                               count(*) FILTER (WHERE last_contact_at IS NULL OR last_contact_at <= :contact),
                               count(*) FILTER (WHERE last_visit_at IS NULL OR last_visit_at <= :visit)
                        FROM supervised_family WHERE active GROUP BY district_code""")
                .setParameter("contact", now.minusDays(cadence.contactWithinDays()))
                .setParameter("visit", now.minusDays(cadence.visitWithinDays()))
                .getResultList()) {
            Object[] c = (Object[]) row;
            String district = (String) c[0];
            coverage.put(district, new SupervisionSnapshot.Coverage(n(c[1]), n(c[2]), n(c[3])));
            cadenceCounts.computeIfAbsent(district, d -> new long[5]);
            cadenceCounts.get(district)[0] = n(c[4]);
            cadenceCounts.get(district)[1] = n(c[5]);
        }
        LocalDate today = LocalDate.now(CITY);
        OffsetDateTime weekStart = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY))
                .atStartOfDay(CITY).toOffsetDateTime();
        OffsetDateTime monthStart = today.withDayOfMonth(1).atStartOfDay(CITY).toOffsetDateTime();
        for (Object row : em.createNativeQuery("""
                        SELECT district_code, count(*) FILTER (WHERE contacted_at >= :week), count(*)
                        FROM supervised_visit WHERE contacted_at >= :month GROUP BY district_code""")
                .setParameter("week", weekStart).setParameter("month", monthStart).getResultList()) {
            Object[] c = (Object[]) row;
            long[] counts = cadenceCounts.computeIfAbsent((String) c[0], d -> new long[5]);
            counts[2] = n(c[1]);
            counts[3] = n(c[2]);
        }
        for (Object row : em.createNativeQuery("""
                        SELECT district_code, count(*) FROM supervised_follow_up
                        WHERE overdue AND NOT done GROUP BY district_code""").getResultList()) {
            Object[] c = (Object[]) row;
            cadenceCounts.computeIfAbsent((String) c[0], d -> new long[5])[4] = n(c[1]);
        }

        List<DistrictFamilies> districts = DistrictFamilies.listInOrder();
        List<SupervisionSnapshot.DistrictCount> counts = districts.stream()
                .map(d -> {
                    long[] k = cadenceCounts.getOrDefault(d.districtCode, new long[5]);
                    return new SupervisionSnapshot.DistrictCount(d.districtCode, d.districtName,
                            d.bereaved + d.disabledChild, d.bereaved, d.disabledChild,
                            coverage.getOrDefault(d.districtCode, new SupervisionSnapshot.Coverage(0, 0, 0)),
                            new SupervisionSnapshot.Cadence(k[0], k[1], k[2], k[3], k[4]));
                })
                .toList();
        OffsetDateTime updatedAt = districts.stream().map(d -> d.updatedAt).filter(Objects::nonNull)
                .max(Comparator.naturalOrder()).orElse(now);
        return new SupervisionSnapshot(counts.stream().mapToInt(SupervisionSnapshot.DistrictCount::families).sum(),
                counts, updatedAt);
    }

    private static long n(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }
}
