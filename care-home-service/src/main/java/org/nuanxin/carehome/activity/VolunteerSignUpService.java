package org.nuanxin.carehome.activity;

import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.nuanxin.carehome.site.SiteAccess;
import org.nuanxin.common.paging.PageResponse;
import org.nuanxin.common.problem.ProblemException;
import org.nuanxin.common.security.Roles;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

/**
 * Volunteers sign up to help at activities on the schedule, and see their own sign-ups. A volunteer is the account
 * they logged in with (preferred_username), which is how volunteer-service links a login to a volunteer too; the
 * site's runners see who signed up.
 */
@ApplicationScoped
public class VolunteerSignUpService {

    private final SiteAccess access;
    private final EntityManager entityManager;

    VolunteerSignUpService(SiteAccess access, EntityManager entityManager) {
        this.access = access;
        this.entityManager = entityManager;
    }

    /** @return true if newly signed up, false if the caller already was */
    @Transactional
    public boolean signUp(UUID activityId) {
        Activity activity = open(activityId);
        if (!activity.startsAt.isAfter(OffsetDateTime.now(ZoneOffset.UTC))) {
            throw ProblemException.conflict("活动已开始，不能再报名当志愿者");
        }
        // two taps on the button at once sign up once
        return entityManager.createNativeQuery("INSERT INTO volunteer_signup (activity_id, username, signed_up_at) "
                        + "VALUES (:activity, :username, :at) ON CONFLICT DO NOTHING")
                .setParameter("activity", activity.id)
                .setParameter("username", access.username())
                .setParameter("at", OffsetDateTime.now(ZoneOffset.UTC))
                .executeUpdate() == 1;
    }

    @Transactional
    public void cancel(UUID activityId) {
        Activity activity = open(activityId);
        if (!VolunteerSignUp.deleteById(new VolunteerSignUp.Key(activity.id, access.username()))) {
            throw ProblemException.notFound("本活动的志愿者报名", access.username());
        }
    }

    /** The caller's own sign-ups by the activity's start, from {@code from} on if given. */
    @Transactional
    public PageResponse<SignUpView> mine(OffsetDateTime from, int page, int size) {
        String where = "from VolunteerSignUp s, Activity a where s.activityId = a.id and s.username = :me"
                + (from == null ? "" : " and a.startsAt >= :from");
        var items = entityManager.createQuery("select a, s " + where + " order by a.startsAt, a.id", Object[].class)
                .setParameter("me", access.username());
        var total = entityManager.createQuery("select count(s) " + where, Long.class)
                .setParameter("me", access.username());
        if (from != null) {
            items.setParameter("from", from);
            total.setParameter("from", from);
        }
        List<SignUpView> views = items.setFirstResult(page * size).setMaxResults(size).getResultList().stream()
                .map(row -> SignUpView.of((Activity) row[0], (VolunteerSignUp) row[1])).toList();
        return new PageResponse<>(views, page, size, total.getSingleResult());
    }

    /** Who signed up to help: for the site's runners and auditors. */
    @Transactional
    public List<SignedUpVolunteerView> volunteers(UUID activityId) {
        Activity activity = visible(activityId);
        if (!access.hasRole(Roles.AUDITOR)) {
            access.runs(activity.siteId);
        }
        return VolunteerSignUp.<VolunteerSignUp>list("activityId", Sort.by("signedUpAt").and("username"), activity.id)
                .stream().map(signUp -> new SignedUpVolunteerView(signUp.username, signUp.signedUpAt)).toList();
    }

    private Activity visible(UUID activityId) {
        Activity activity = Activity.findById(activityId);
        if (activity == null) {
            throw ProblemException.notFound("活动", activityId);
        }
        access.visible(activity.siteId);
        return activity;
    }

    /** An activity volunteers may still sign up to or withdraw from. */
    private Activity open(UUID activityId) {
        Activity activity = visible(activityId);
        if (activity.status != ActivityStatus.SCHEDULED) {
            throw ProblemException.conflict("活动已" + (activity.status == ActivityStatus.HELD ? "举办" : "取消")
                    + "，志愿者报名已结束");
        }
        return activity;
    }
}
