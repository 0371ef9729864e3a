package org.nuanxin.carehome.volunteer;

import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.nuanxin.carehome.site.Site;
import org.nuanxin.carehome.site.SiteAccess;
import org.nuanxin.carehome.standards.ComplianceService;
import org.nuanxin.common.problem.ProblemException;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

/**
 * A coordinator attaches volunteers to a site as its regular volunteers. Only volunteers volunteer-service has
 * published as active can be attached; every change measures the site against the standard again.
 */
@ApplicationScoped
public class RegularVolunteerService {

    private final SiteAccess access;
    private final ComplianceService compliance;

    RegularVolunteerService(SiteAccess access, ComplianceService compliance) {
        this.access = access;
        this.compliance = compliance;
    }

    /** @return true if newly attached, false if the volunteer already was a regular of the site */
    @Transactional
    public boolean attach(UUID siteId, UUID volunteerId) {
        Site site = access.managed(siteId);
        if (SiteVolunteer.findById(new SiteVolunteer.Key(siteId, volunteerId)) != null) {
            return false;
        }
        DirectoryVolunteer volunteer = DirectoryVolunteer.findById(volunteerId);
        if (volunteer == null || !volunteer.active()) {
            throw ProblemException.invalidField("volunteerId", "不是在册的在岗志愿者");
        }
        SiteVolunteer regular = new SiteVolunteer();
        regular.siteId = site.id;
        regular.volunteerId = volunteerId;
        regular.attachedAt = OffsetDateTime.now(ZoneOffset.UTC);
        regular.attachedBy = access.username();
        regular.persistAndFlush();
        compliance.evaluate(site);
        return true;
    }

    @Transactional
    public void detach(UUID siteId, UUID volunteerId) {
        Site site = access.managed(siteId);
        SiteVolunteer regular = SiteVolunteer.findById(new SiteVolunteer.Key(siteId, volunteerId));
        if (regular == null) {
            throw ProblemException.notFound("本站点的固定志愿者", volunteerId);
        }
        regular.delete();
        SiteVolunteer.flush();
        compliance.evaluate(site);
    }

    @Transactional
    public List<RegularVolunteerView> list(UUID siteId) {
        access.visible(siteId);
        return SiteVolunteer.<SiteVolunteer>list("siteId", Sort.by("attachedAt").and("volunteerId"), siteId).stream()
                .map(regular -> {
                    DirectoryVolunteer volunteer = DirectoryVolunteer.findById(regular.volunteerId);
                    return new RegularVolunteerView(regular.volunteerId, volunteer.districtCode, volunteer.status,
                            volunteer.active(), regular.attachedAt);
                }).toList();
    }
}
