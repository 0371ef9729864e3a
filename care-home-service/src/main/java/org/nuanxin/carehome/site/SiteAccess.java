package org.nuanxin.carehome.site;

import jakarta.enterprise.context.RequestScoped;
import org.nuanxin.common.problem.ProblemException;
import org.nuanxin.common.security.Caller;
import org.nuanxin.common.security.Roles;

import java.util.Optional;
import java.util.UUID;

/**
 * Who may see and who may manage a site. Sites are public places: every role but hospitals sees them, except that a
 * district coordinator works in their own district only. The city coordinator manages every site, a district
 * coordinator the sites of their district.
 */
@RequestScoped
public class SiteAccess {

    private final Caller caller;

    SiteAccess(Caller caller) {
        this.caller = caller;
    }

    /** The site, or 404 when it does not exist or lies outside a district coordinator's district. */
    public Site visible(UUID id) {
        Site site = Site.findById(id);
        // a site outside the caller's district is reported as absent, not as forbidden
        if (site == null || scope().map(district -> !district.equals(site.districtCode)).orElse(false)) {
            throw ProblemException.notFound("暖心家园", id);
        }
        return site;
    }

    /** The site, if the caller coordinates its district; 403 for the roles that only look. */
    public Site managed(UUID id) {
        Site site = visible(id);
        if (!caller.isCoordinator()) {
            throw ProblemException.forbidden("只有协调员可以管理暖心家园");
        }
        return site;
    }

    /**
     * The site, if the caller may run its activities: its district's coordinators, the city coordinator, and the
     * site's own managers whatever their role.
     */
    public Site runs(UUID id) {
        Site site = Site.findById(id);
        if (site != null && SiteManager.findById(new SiteManager.Key(id, caller.username())) != null) {
            return site;
        }
        return managed(id);
    }

    /** The district a district coordinator is bound to; empty for everyone who sees the whole city. */
    public Optional<String> scope() {
        return caller.hasRole(Roles.DISTRICT_COORDINATOR) ? caller.district() : Optional.empty();
    }

    public boolean hasRole(String role) {
        return caller.hasRole(role);
    }

    public String username() {
        return caller.username();
    }
}
