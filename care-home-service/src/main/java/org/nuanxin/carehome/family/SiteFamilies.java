package org.nuanxin.carehome.family;

import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.nuanxin.carehome.events.SiteFamilyChanged;
import org.nuanxin.carehome.site.Site;
import org.nuanxin.carehome.site.SiteMembers;
import org.nuanxin.common.outbox.Outbox;
import org.nuanxin.common.problem.ProblemException;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

/**
 * The families each site serves: an active family of the site's own district, one site at a time. Joining and
 * leaving are published; a family also leaves its site when family-service closes it or moves it to another
 * district.
 */
@ApplicationScoped
public class SiteFamilies implements SiteMembers<ServedFamilyView> {

    /** Why a family left a site, as family-left-site says. */
    public enum LeftBecause { REMOVED, FAMILY_CLOSED, FAMILY_MOVED }

    private final Outbox outbox;

    SiteFamilies(Outbox outbox) {
        this.outbox = outbox;
    }

    @Override
    public String field() {
        return "familyId";
    }

    @Override
    public String memberOfSite() {
        return "本站点服务的家庭";
    }

    @Override
    public boolean isMember(UUID siteId, UUID familyId) {
        SiteFamily served = SiteFamily.findById(familyId);
        return served != null && served.siteId.equals(siteId);
    }

    @Override
    public void admit(Site site, UUID familyId) {
        DirectoryFamily family = DirectoryFamily.findById(familyId);
        if (family == null || !family.active()) {
            throw ProblemException.invalidField(field(), "不是在册的帮扶家庭");
        }
        if (!family.districtCode.equals(site.districtCode)) {
            throw ProblemException.invalidField(field(), "家庭不在本站点所在的区");
        }
        if (SiteFamily.findById(familyId) != null) {
            throw ProblemException.conflictOnField(field(), "该家庭已由另一个暖心家园服务");
        }
    }

    @Override
    public void add(Site site, UUID familyId, OffsetDateTime at, String by) {
        DirectoryFamily family = DirectoryFamily.findById(familyId);
        SiteFamily served = new SiteFamily();
        served.familyId = familyId;
        served.siteId = site.id;
        served.joinedAt = at;
        served.joinedBy = by;
        served.persist();
        outbox.publish("site", site.id, SiteFamilyChanged.JOINED, new SiteFamilyChanged(site.id, familyId,
                site.districtCode, family.category, null, at));
    }

    @Override
    public void remove(Site site, UUID familyId) {
        leave(SiteFamily.findById(familyId), site.districtCode, LeftBecause.REMOVED);
    }

    @Override
    public List<ServedFamilyView> list(UUID siteId) {
        return SiteFamily.<SiteFamily>list("siteId", Sort.by("joinedAt").and("familyId"), siteId).stream()
                .map(served -> {
                    DirectoryFamily family = DirectoryFamily.findById(served.familyId);
                    return new ServedFamilyView(served.familyId, family.category, family.street, served.joinedAt);
                }).toList();
    }

    /**
     * family-service changed the family: closed, it leaves its site; moved to another district, it leaves the site
     * of the old one (the coordinators of the new district may let it join one of theirs).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void familyChanged(DirectoryFamily family) {
        SiteFamily served = SiteFamily.findById(family.id);
        if (served == null) {
            return;
        }
        if (!family.active()) {
            leave(served, family.districtCode, LeftBecause.FAMILY_CLOSED);
            return;
        }
        Site site = Site.findById(served.siteId);
        if (!site.districtCode.equals(family.districtCode)) {
            leave(served, site.districtCode, LeftBecause.FAMILY_MOVED);
        }
    }

    /** @param districtCode the district of the site left, which is what its coverage figures count */
    private void leave(SiteFamily served, String districtCode, LeftBecause reason) {
        DirectoryFamily family = DirectoryFamily.findById(served.familyId);
        served.delete();
        outbox.publish("site", served.siteId, SiteFamilyChanged.LEFT, new SiteFamilyChanged(served.siteId,
                served.familyId, districtCode, family.category, reason.name(), OffsetDateTime.now(ZoneOffset.UTC)));
    }
}
