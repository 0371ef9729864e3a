package org.nuanxin.carehome.site;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.nuanxin.common.problem.ProblemException;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

/**
 * Attaching and detaching a site's members, the same for every kind of member ({@link SiteMembers}): the district's
 * coordinators manage them, everyone who sees the site may be shown them (as the resource allows), attaching twice
 * answers that the member already is one, detaching someone who is not is a 404.
 */
@ApplicationScoped
public class SiteMembershipService {

    private final SiteAccess access;

    SiteMembershipService(SiteAccess access) {
        this.access = access;
    }

    /** @return true if newly attached, false if already a member of the site */
    @Transactional
    public boolean attach(SiteMembers<?> members, UUID siteId, UUID memberId) {
        Site site = access.managed(siteId);
        if (members.isMember(siteId, memberId)) {
            return false;
        }
        members.admit(site, memberId);
        members.add(site, memberId, OffsetDateTime.now(ZoneOffset.UTC), access.username());
        return true;
    }

    @Transactional
    public void detach(SiteMembers<?> members, UUID siteId, UUID memberId) {
        Site site = access.managed(siteId);
        if (!members.isMember(siteId, memberId)) {
            throw ProblemException.notFound(members.memberOfSite(), memberId);
        }
        members.remove(site, memberId);
    }

    @Transactional
    public <V> List<V> list(SiteMembers<V> members, UUID siteId) {
        access.visible(siteId);
        return members.list(siteId);
    }
}
