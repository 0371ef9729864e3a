package org.nuanxin.carehome.volunteer;

import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import org.nuanxin.carehome.site.Site;
import org.nuanxin.carehome.site.SiteMembers;
import org.nuanxin.carehome.standards.ComplianceService;
import org.nuanxin.common.problem.ProblemException;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * A site's regular volunteers (固定志愿者). Only volunteers volunteer-service has published as active can be
 * attached; every change measures the site against the standard again.
 */
@ApplicationScoped
public class RegularVolunteers implements SiteMembers<RegularVolunteerView> {

    private final ComplianceService compliance;

    RegularVolunteers(ComplianceService compliance) {
        this.compliance = compliance;
    }

    @Override
    public String field() {
        return "volunteerId";
    }

    @Override
    public String memberOfSite() {
        return "本站点的固定志愿者";
    }

    @Override
    public boolean isMember(UUID siteId, UUID volunteerId) {
        return SiteVolunteer.findById(new SiteVolunteer.Key(siteId, volunteerId)) != null;
    }

    @Override
    public void admit(Site site, UUID volunteerId) {
        DirectoryVolunteer volunteer = DirectoryVolunteer.findById(volunteerId);
        if (volunteer == null || !volunteer.active()) {
            throw ProblemException.invalidField(field(), "不是在册的在岗志愿者");
        }
    }

    @Override
    public void add(Site site, UUID volunteerId, OffsetDateTime at, String by) {
        SiteVolunteer regular = new SiteVolunteer();
        regular.siteId = site.id;
        regular.volunteerId = volunteerId;
        regular.attachedAt = at;
        regular.attachedBy = by;
        regular.persistAndFlush();
        compliance.evaluate(site);
    }

    @Override
    public void remove(Site site, UUID volunteerId) {
        SiteVolunteer.deleteById(new SiteVolunteer.Key(site.id, volunteerId));
        SiteVolunteer.flush();
        compliance.evaluate(site);
    }

    @Override
    public List<RegularVolunteerView> list(UUID siteId) {
        return SiteVolunteer.<SiteVolunteer>list("siteId", Sort.by("attachedAt").and("volunteerId"), siteId).stream()
                .map(regular -> {
                    DirectoryVolunteer volunteer = DirectoryVolunteer.findById(regular.volunteerId);
                    return new RegularVolunteerView(regular.volunteerId, volunteer.districtCode, volunteer.status,
                            volunteer.active(), regular.attachedAt);
                }).toList();
    }
}
