package org.nuanxin.carehome.doublehundred;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.nuanxin.carehome.activity.ActivityKind;
import org.nuanxin.carehome.activity.ActivityStatus;
import org.nuanxin.carehome.area.District;
import org.nuanxin.carehome.site.SiteAccess;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Counts "双百" from the activities themselves: a lecture or free clinic counts in the year (Xiamen time) it started,
 * once it has been recorded as held. Scheduled and cancelled ones do not count.
 */
@ApplicationScoped
public class DoubleHundredService {

    static final ZoneId CITY = ZoneId.of("Asia/Shanghai");

    private final EntityManager entityManager;
    private final DoubleHundredGoals goals;
    private final SiteAccess access;

    DoubleHundredService(EntityManager entityManager, DoubleHundredGoals goals, SiteAccess access) {
        this.entityManager = entityManager;
        this.goals = goals;
        this.access = access;
    }

    @Transactional
    public DoubleHundredView year(int year) {
        OffsetDateTime from = LocalDate.of(year, 1, 1).atStartOfDay(CITY).toOffsetDateTime();
        OffsetDateTime to = LocalDate.of(year + 1, 1, 1).atStartOfDay(CITY).toOffsetDateTime();
        Map<String, long[]> counts = new HashMap<>();
        entityManager.createQuery("select a.districtCode, a.kind, count(a) from Activity a "
                        + "where a.status = :held and a.kind in :kinds and a.startsAt >= :from and a.startsAt < :to "
                        + "group by a.districtCode, a.kind", Object[].class)
                .setParameter("held", ActivityStatus.HELD)
                .setParameter("kinds", List.of(ActivityKind.LECTURE, ActivityKind.FREE_CLINIC))
                .setParameter("from", from)
                .setParameter("to", to)
                .getResultList()
                .forEach(row -> counts.computeIfAbsent((String) row[0], code -> new long[2])
                        [row[1] == ActivityKind.LECTURE ? 0 : 1] = ((Number) row[2]).longValue());

        String scope = access.scope().orElse(null);
        List<DoubleHundredView.District> districts = new ArrayList<>();
        long lectures = 0;
        long clinics = 0;
        for (District district : District.<District>list("order by sortOrder")) {
            if (scope != null && !scope.equals(district.code)) {
                continue;
            }
            long[] count = counts.getOrDefault(district.code, new long[2]);
            lectures += count[0];
            clinics += count[1];
            districts.add(new DoubleHundredView.District(district.code, district.name, count[0], count[1]));
        }
        return new DoubleHundredView(year, goals.lecturesPerYear(), goals.clinicsPerYear(), lectures, clinics,
                districts);
    }

    public int currentYear() {
        return LocalDate.now(CITY).getYear();
    }
}
