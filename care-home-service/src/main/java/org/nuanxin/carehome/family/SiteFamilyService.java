package org.nuanxin.carehome.family;

import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.nuanxin.carehome.area.District;
import org.nuanxin.carehome.events.SiteFamilyChanged;
import org.nuanxin.carehome.site.Site;
import org.nuanxin.carehome.site.SiteAccess;
import org.nuanxin.common.outbox.Outbox;
import org.nuanxin.common.problem.ProblemException;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The families each site serves, and what share of the active bereaved families that makes. A family joins a site
 * of its own district, one site at a time; joining and leaving are published.
 */
@ApplicationScoped
public class SiteFamilyService {

    private final SiteAccess access;
    private final Outbox outbox;
    private final EntityManager entityManager;
    private final CoverageGoal goal;

    SiteFamilyService(SiteAccess access, Outbox outbox, EntityManager entityManager, CoverageGoal goal) {
        this.access = access;
        this.outbox = outbox;
        this.entityManager = entityManager;
        this.goal = goal;
    }

    /** @return true if the family newly joined, false if it already was served by this site */
    @Transactional
    public boolean join(UUID siteId, UUID familyId) {
        Site site = access.managed(siteId);
        DirectoryFamily family = DirectoryFamily.findById(familyId);
        if (family == null || !family.active()) {
            throw ProblemException.invalidField("familyId", "不是在册的帮扶家庭");
        }
        if (!family.districtCode.equals(site.districtCode)) {
            throw ProblemException.invalidField("familyId", "家庭不在本站点所在的区");
        }
        SiteFamily served = SiteFamily.findById(familyId);
        if (served != null) {
            if (served.siteId.equals(siteId)) {
                return false;
            }
            throw ProblemException.conflictOnField("familyId", "该家庭已由另一个暖心家园服务");
        }
        served = new SiteFamily();
        served.familyId = familyId;
        served.siteId = siteId;
        served.joinedAt = OffsetDateTime.now(ZoneOffset.UTC);
        served.joinedBy = access.username();
        served.persist();
        outbox.publish("site", siteId, SiteFamilyChanged.JOINED, new SiteFamilyChanged(siteId, familyId,
                site.districtCode, family.category, null, served.joinedAt));
        return true;
    }

    @Transactional
    public void leave(UUID siteId, UUID familyId) {
        Site site = access.managed(siteId);
        SiteFamily served = SiteFamily.findById(familyId);
        if (served == null || !served.siteId.equals(siteId)) {
            throw ProblemException.notFound("本站点服务的家庭", familyId);
        }
        remove(served, site.districtCode, "REMOVED");
    }

    /** family-service closed the family: it leaves its site. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void familyClosed(DirectoryFamily family) {
        SiteFamily served = SiteFamily.findById(family.id);
        if (served != null) {
            remove(served, family.districtCode, "FAMILY_CLOSED");
        }
    }

    private void remove(SiteFamily served, String districtCode, String reason) {
        DirectoryFamily family = DirectoryFamily.findById(served.familyId);
        served.delete();
        outbox.publish("site", served.siteId, SiteFamilyChanged.LEFT, new SiteFamilyChanged(served.siteId,
                served.familyId, districtCode, family.category, reason, OffsetDateTime.now(ZoneOffset.UTC)));
    }

    @Transactional
    public List<ServedFamilyView> list(UUID siteId) {
        access.visible(siteId);
        return SiteFamily.<SiteFamily>list("siteId", Sort.by("joinedAt").and("familyId"), siteId).stream()
                .map(served -> {
                    DirectoryFamily family = DirectoryFamily.findById(served.familyId);
                    return new ServedFamilyView(served.familyId, family.category, family.street, served.joinedAt);
                }).toList();
    }

    /** Whether the family is served by the site (for activity sign-ups). */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean serves(UUID siteId, UUID familyId) {
        SiteFamily served = SiteFamily.findById(familyId);
        return served != null && served.siteId.equals(siteId);
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
