package org.nuanxin.carehome.family;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.nuanxin.carehome.area.District;
import org.nuanxin.carehome.site.SiteAccess;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** What share of the active bereaved families the sites serve, city-wide and per district. */
@ApplicationScoped
public class CoverageService {

    private final SiteAccess access;
    private final EntityManager entityManager;
    private final CoverageGoal goal;

    CoverageService(SiteAccess access, EntityManager entityManager, CoverageGoal goal) {
        this.access = access;
        this.entityManager = entityManager;
        this.goal = goal;
    }

    @Transactional
    public CoverageView coverage() {
        Map<String, long[]> counts = new HashMap<>();
        List<Object[]> rows = entityManager.createQuery("select f.districtCode, count(f), "
                        + "sum(case when exists (select 1 from SiteFamily s where s.familyId = f.id) then 1 else 0 end) "
                        + "from DirectoryFamily f where f.category = :bereaved and f.status = :active "
                        + "group by f.districtCode", Object[].class)
                .setParameter("bereaved", DirectoryFamily.BEREAVED)
                .setParameter("active", DirectoryFamily.ACTIVE)
                .getResultList();
        rows.forEach(row -> counts.put((String) row[0],
                new long[]{((Number) row[1]).longValue(), ((Number) row[2]).longValue()}));

        List<District> districts = District.list("order by sortOrder");
        String scope = access.scope().orElse(null);
        long families = 0;
        long served = 0;
        List<CoverageView.District> perDistrict = new ArrayList<>();
        for (District district : districts) {
            if (scope != null && !scope.equals(district.code)) {
                continue;
            }
            long[] count = counts.getOrDefault(district.code, new long[]{0, 0});
            families += count[0];
            served += count[1];
            perDistrict.add(new CoverageView.District(district.code, district.name, count[0], count[1],
                    Coverage.percent(count[1], count[0])));
        }
        return new CoverageView(goal.goalPercent(), families, served, Coverage.percent(served, families), perDistrict);
    }
}
