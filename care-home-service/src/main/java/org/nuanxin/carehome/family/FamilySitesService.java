package org.nuanxin.carehome.family;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.nuanxin.carehome.activity.Activity;
import org.nuanxin.carehome.activity.ActivityStatus;
import org.nuanxin.carehome.activity.Registration;
import org.nuanxin.carehome.activity.RegistrationStatus;
import org.nuanxin.carehome.area.District;
import org.nuanxin.carehome.site.Site;
import org.nuanxin.carehome.site.SiteAccess;
import org.nuanxin.carehome.standards.SiteCompliance;
import org.nuanxin.common.problem.ProblemException;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The sites of one family, for its page: the site that serves it, and the sites of the activities it is registered
 * for or attended, each with its standing against the standard. A district coordinator sees the families and sites of
 * their own district only; a family of another district, or one family-service has not reported, is absent (404).
 */
@ApplicationScoped
public class FamilySitesService {

    /** How many coming registrations the page lists, soonest first. */
    static final int UPCOMING = 10;
    /** How many attendances the page lists, latest first. */
    static final int LAST_ATTENDED = 5;

    private final SiteAccess access;
    private final EntityManager entityManager;

    FamilySitesService(SiteAccess access, EntityManager entityManager) {
        this.access = access;
        this.entityManager = entityManager;
    }

    private record Place(Registration registration, Activity activity) {
    }

    @Transactional
    public FamilySitesView of(UUID familyId) {
        DirectoryFamily family = DirectoryFamily.findById(familyId);
        Optional<String> district = access.scope();
        if (district.isPresent() && (family == null || !district.get().equals(family.districtCode))) {
            throw ProblemException.notFound("家庭", familyId);
        }
        List<Place> upcoming = places("r.status in (:held) and a.status = :scheduled and a.startsAt > :now "
                + "order by a.startsAt, a.id", UPCOMING, familyId, true);
        List<Place> attended = places("r.attendedAt is not null order by r.attendedAt desc, a.id", LAST_ATTENDED,
                familyId, false);

        SiteFamily served = SiteFamily.findById(familyId);
        Map<UUID, Site> sites = new LinkedHashMap<>();
        if (served != null) {
            sites.put(served.siteId, Site.findById(served.siteId));
        }
        List<Site> others = new ArrayList<>();
        for (Place place : concat(upcoming, attended)) {
            if (!sites.containsKey(place.activity().siteId)
                    && others.stream().noneMatch(site -> site.id.equals(place.activity().siteId))) {
                others.add(Site.findById(place.activity().siteId));
            }
        }
        others.sort(Comparator.comparing((Site site) -> site.name).thenComparing(site -> site.id));
        others.forEach(site -> sites.put(site.id, site));

        Map<String, String> names = District.names();
        List<FamilySiteView> views = sites.values().stream()
                // a district coordinator does not see the sites of other districts, where a moved family may have been
                .filter(site -> district.map(site.districtCode::equals).orElse(true))
                .map(site -> {
                    SiteCompliance compliance = SiteCompliance.findById(site.id);
                    boolean serves = served != null && served.siteId.equals(site.id);
                    return new FamilySiteView(site.id, site.name, site.districtCode, names.get(site.districtCode),
                            site.street, serves, serves ? served.joinedAt : null,
                            compliance == null ? null : compliance.compliant,
                            compliance == null ? null : compliance.lastMetAt,
                            at(site, upcoming), at(site, attended));
                }).toList();
        return new FamilySitesView(familyId, family == null ? null : family.districtCode, views);
    }

    private List<Place> places(String condition, int limit, UUID familyId, boolean coming) {
        var query = entityManager.createQuery("select r, a from Registration r, Activity a "
                        + "where a.id = r.activityId and r.familyId = :family and " + condition, Object[].class)
                .setParameter("family", familyId).setMaxResults(limit);
        if (coming) {
            query.setParameter("held", List.of(RegistrationStatus.REGISTERED, RegistrationStatus.WAITLISTED))
                    .setParameter("scheduled", ActivityStatus.SCHEDULED)
                    .setParameter("now", OffsetDateTime.now(ZoneOffset.UTC));
        }
        return query.getResultList().stream().map(row -> new Place((Registration) row[0], (Activity) row[1])).toList();
    }

    private static List<Place> concat(List<Place> first, List<Place> second) {
        List<Place> all = new ArrayList<>(first);
        all.addAll(second);
        return all;
    }

    private List<FamilyActivityView> at(Site site, List<Place> places) {
        return places.stream().filter(place -> place.activity().siteId.equals(site.id)).map(this::view).toList();
    }

    private FamilyActivityView view(Place place) {
        Registration registration = place.registration();
        Activity activity = place.activity();
        return new FamilyActivityView(activity.id, activity.kind.name(), activity.title, activity.startsAt,
                activity.endsAt, registration.status.name(), waitlistPosition(registration), registration.attendedAt);
    }

    private Integer waitlistPosition(Registration registration) {
        if (registration.status != RegistrationStatus.WAITLISTED) {
            return null;
        }
        return entityManager.createQuery("select count(w) from Registration w where w.activityId = :activity "
                        + "and w.status = :waitlisted and w.seq <= :seq", Long.class)
                .setParameter("activity", registration.activityId)
                .setParameter("waitlisted", RegistrationStatus.WAITLISTED)
                .setParameter("seq", registration.seq).getSingleResult().intValue();
    }
}
