package org.nuanxin.carehome.site;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * One kind of a site's members (its regular volunteers, the families it serves): what {@link SiteMembershipService}
 * cannot know about them. The service checks who may manage the site and the order of the steps; this says who may
 * join, how membership is stored and what follows a change.
 *
 * @param <V> how a member is listed
 */
public interface SiteMembers<V> {

    /** The request field naming a member, for problems ({@code volunteerId}, {@code familyId}). */
    String field();

    /** What a member is called in a 404, e.g. 本站点服务的家庭. */
    String memberOfSite();

    boolean isMember(UUID siteId, UUID memberId);

    /** Refuses, with a problem naming {@link #field()}, a member who may not join this site. */
    void admit(Site site, UUID memberId);

    /** Stores the membership and does what follows from it (an event, the standard measured again). */
    void add(Site site, UUID memberId, OffsetDateTime at, String by);

    /** Ends the membership, removed by a coordinator, and does what follows from it. */
    void remove(Site site, UUID memberId);

    /** The site's members in the order they joined. */
    List<V> list(UUID siteId);
}
