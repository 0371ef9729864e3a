package org.nuanxin.carehome.activity;

import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import org.nuanxin.carehome.events.ActivityHeld;
import org.nuanxin.carehome.events.ActivityScheduled;
import org.nuanxin.carehome.family.DirectoryFamily;
import org.nuanxin.carehome.site.Site;
import org.nuanxin.carehome.site.SiteAccess;
import org.nuanxin.carehome.standards.ComplianceService;
import org.nuanxin.carehome.volunteer.DirectoryVolunteer;
import org.nuanxin.common.outbox.Outbox;
import org.nuanxin.common.paging.PageResponse;
import org.nuanxin.common.problem.ProblemException;
import org.nuanxin.common.security.Roles;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * A site's activities: scheduling, registration within capacity with a waitlist promoted in order, roll call at the
 * door (registered families, or walk-ins let in on purpose), holding with its counts, feedback and photos.
 * Registrations on one activity are serialised by locking the activity row, so capacity holds under concurrency.
 */
@ApplicationScoped
public class ActivityService {

    private final SiteAccess access;
    private final Outbox outbox;
    private final ComplianceService compliance;

    ActivityService(SiteAccess access, Outbox outbox, ComplianceService compliance) {
        this.access = access;
        this.outbox = outbox;
        this.compliance = compliance;
    }

    @Transactional
    public ActivityView schedule(ScheduleActivityRequest request) {
        Site site = access.runs(request.siteId());
        if (!request.endsAt().isAfter(request.startsAt())) {
            throw ProblemException.invalidField("endsAt", "结束时间须晚于开始时间");
        }
        List<UUID> experts = request.expertIds() == null ? List.of() : request.expertIds().stream().distinct().toList();
        if (request.kind() == ActivityKind.FREE_CLINIC && experts.isEmpty()) {
            throw ProblemException.invalidField("expertIds", "义诊须至少有一位专家");
        }
        if (request.kind() != ActivityKind.FREE_CLINIC && !experts.isEmpty()) {
            throw ProblemException.invalidField("expertIds", "只有义诊填写专家");
        }
        Activity activity = new Activity();
        activity.id = UUID.randomUUID();
        activity.siteId = site.id;
        activity.districtCode = site.districtCode;
        activity.kind = request.kind();
        activity.title = request.title().trim();
        activity.startsAt = request.startsAt();
        activity.endsAt = request.endsAt();
        activity.capacity = request.capacity();
        activity.status = ActivityStatus.SCHEDULED;
        activity.expertIds = experts.isEmpty() ? null
                : experts.stream().map(UUID::toString).collect(Collectors.joining(","));
        activity.scheduledBy = access.username();
        activity.persist();
        outbox.publish("activity", activity.id, ActivityScheduled.TYPE, new ActivityScheduled(activity.id, site.id,
                site.districtCode, activity.kind.name(), activity.title, activity.startsAt, activity.endsAt,
                activity.capacity));
        return view(activity);
    }

    @Transactional
    public ActivityView get(UUID id) {
        return view(visible(id));
    }

    @Transactional
    public PageResponse<ActivityView> search(ActivitySearch search) {
        StringBuilder where = new StringBuilder("1 = 1");
        Parameters params = new Parameters();
        access.scope().ifPresent(district -> {
            where.append(" AND districtCode = :scope");
            params.and("scope", district);
        });
        if (search.siteId() != null) {
            where.append(" AND siteId = :site");
            params.and("site", search.siteId());
        }
        if (search.districtCode() != null) {
            where.append(" AND districtCode = :district");
            params.and("district", search.districtCode());
        }
        if (search.kind() != null) {
            where.append(" AND kind = :kind");
            params.and("kind", search.kind());
        }
        if (search.from() != null) {
            where.append(" AND startsAt >= :from");
            params.and("from", search.from());
        }
        if (search.to() != null) {
            where.append(" AND startsAt < :to");
            params.and("to", search.to());
        }
        var query = Activity.find(where.toString(), Sort.by("startsAt").and("id"), params)
                .page(Page.of(search.page(), search.size()));
        List<ActivityView> items = query.<Activity>list().stream().map(this::view).toList();
        return new PageResponse<>(items, search.page(), search.size(), query.count());
    }

    /** A place if one is free, else the end of the waitlist. Registering again answers the place already held. */
    @Transactional
    public RegistrationView register(UUID activityId, UUID familyId) {
        Activity activity = runLocked(activityId);
        requireScheduled(activity);
        Registration registration = registration(activityId, familyId);
        if (registration != null && registration.status != RegistrationStatus.CANCELLED) {
            return view(registration);
        }
        DirectoryFamily family = DirectoryFamily.findById(familyId);
        if (family == null || !family.active()) {
            throw ProblemException.invalidField("familyId", "不是在册的帮扶家庭");
        }
        if (registration != null) {
            // a family that cancelled and comes back queues anew, behind those who waited
            registration.delete();
            Registration.flush();
        }
        registration = new Registration();
        registration.id = UUID.randomUUID();
        registration.activityId = activityId;
        registration.familyId = familyId;
        registration.status = count(activityId, RegistrationStatus.REGISTERED) < activity.capacity
                ? RegistrationStatus.REGISTERED : RegistrationStatus.WAITLISTED;
        registration.registeredAt = OffsetDateTime.now(ZoneOffset.UTC);
        registration.persistAndFlush();
        return view((Registration) Registration.findById(registration.id));
    }

    /** The family gives up its place; the first family on the waitlist takes it. */
    @Transactional
    public void cancelRegistration(UUID activityId, UUID familyId) {
        Activity activity = runLocked(activityId);
        requireScheduled(activity);
        Registration registration = registration(activityId, familyId);
        if (registration == null || (registration.status != RegistrationStatus.REGISTERED
                && registration.status != RegistrationStatus.WAITLISTED)) {
            throw ProblemException.notFound("报名", familyId);
        }
        boolean freedPlace = registration.status == RegistrationStatus.REGISTERED;
        registration.status = RegistrationStatus.CANCELLED;
        if (freedPlace) {
            Registration next = Registration.find("activityId = ?1 and status = ?2", Sort.by("seq"), activityId,
                    RegistrationStatus.WAITLISTED).firstResult();
            if (next != null) {
                next.status = RegistrationStatus.REGISTERED;
            }
        }
    }

    /** Roll call at the door: a registered family, or a walk-in when the staff let them in as one. */
    @Transactional
    public RegistrationView rollCall(UUID activityId, RollCallRequest request) {
        Activity activity = runLocked(activityId);
        requireScheduled(activity);
        Registration registration = registration(activityId, request.familyId());
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        if (registration != null && (registration.status == RegistrationStatus.REGISTERED
                || registration.status == RegistrationStatus.WALK_IN)) {
            if (registration.attendedAt == null) {
                registration.attendedAt = now;
            }
            return view(registration);
        }
        if (!request.walkIn()) {
            throw ProblemException.invalidField("familyId", "该家庭未报名本活动；临时参加请按现场参加登记");
        }
        DirectoryFamily family = DirectoryFamily.findById(request.familyId());
        if (family == null || !family.active()) {
            throw ProblemException.invalidField("familyId", "不是在册的帮扶家庭");
        }
        if (registration == null) {
            registration = new Registration();
            registration.id = UUID.randomUUID();
            registration.activityId = activityId;
            registration.familyId = request.familyId();
            registration.registeredAt = now;
        }
        registration.status = RegistrationStatus.WALK_IN;
        registration.attendedAt = now;
        registration.persist();
        return view(registration);
    }

    @Transactional
    public ActivityView hold(UUID activityId, HoldRequest request) {
        Activity activity = runLocked(activityId);
        requireScheduled(activity);
        Integer meals = request == null ? null : request.mealsServed();
        if (activity.kind == ActivityKind.CANTEEN_MEAL && meals == null) {
            throw ProblemException.invalidField("mealsServed", "请填写当日用餐份数");
        }
        if (activity.kind != ActivityKind.CANTEEN_MEAL && meals != null) {
            throw ProblemException.invalidField("mealsServed", "只有敬老餐厅填写用餐份数");
        }
        activity.status = ActivityStatus.HELD;
        activity.heldAt = OffsetDateTime.now(ZoneOffset.UTC);
        activity.mealsServed = meals;
        ActivityView view = view(activity);
        outbox.publish("activity", activity.id, ActivityHeld.TYPE, new ActivityHeld(activity.id, activity.siteId,
                activity.districtCode, activity.kind.name(), activity.startsAt, activity.heldAt,
                (int) view.registered(), (int) view.attended(), (int) view.walkIns(), meals));
        // an activity of last month recorded late can bring the site up to the monthly standard
        Activity.flush();
        compliance.evaluate(Site.findById(activity.siteId));
        return view;
    }

    /**
     * Assigns an expert volunteer (active, with a professional qualification volunteer-service published) to a free
     * clinic.
     *
     * @return true if newly assigned, false if already
     */
    @Transactional
    public boolean assignExpert(UUID activityId, UUID volunteerId) {
        Activity activity = runLocked(activityId);
        requireScheduled(activity);
        if (activity.kind != ActivityKind.FREE_CLINIC) {
            throw ProblemException.conflict("只有义诊安排专家志愿者");
        }
        if (ExpertVolunteer.findById(new ExpertVolunteer.Key(activityId, volunteerId)) != null) {
            return false;
        }
        DirectoryVolunteer volunteer = DirectoryVolunteer.findById(volunteerId);
        if (volunteer == null || !volunteer.expert()) {
            throw ProblemException.invalidField("volunteerId", "不是在岗且有执业资格的专业志愿者");
        }
        ExpertVolunteer expert = new ExpertVolunteer();
        expert.activityId = activityId;
        expert.volunteerId = volunteerId;
        expert.assignedAt = OffsetDateTime.now(ZoneOffset.UTC);
        expert.assignedBy = access.username();
        expert.persist();
        return true;
    }

    @Transactional
    public void unassignExpert(UUID activityId, UUID volunteerId) {
        Activity activity = runLocked(activityId);
        requireScheduled(activity);
        if (!ExpertVolunteer.deleteById(new ExpertVolunteer.Key(activityId, volunteerId))) {
            throw ProblemException.notFound("本义诊的专家志愿者", volunteerId);
        }
    }

    @Transactional
    public RegistrationView feedback(UUID activityId, FeedbackRequest request) {
        runLocked(activityId);
        Registration registration = registration(activityId, request.familyId());
        if (registration == null || registration.attendedAt == null) {
            throw ProblemException.invalidField("familyId", "只有到场的家庭可以评价");
        }
        registration.satisfaction = request.satisfaction();
        registration.feedback = request.comment() == null || request.comment().isBlank() ? null
                : request.comment().trim();
        return view(registration);
    }

    @Transactional
    public List<RegistrationView> registrations(UUID activityId) {
        Activity activity = access.hasRole(Roles.AUDITOR) ? visible(activityId) : run(activityId);
        return Registration.<Registration>list("activityId", Sort.by("seq"), activity.id).stream()
                .map(this::view).toList();
    }

    @Transactional
    public PhotoView addPhoto(UUID activityId, AddPhotoRequest request) {
        Activity activity = run(activityId);
        ActivityPhoto photo = new ActivityPhoto();
        photo.id = UUID.randomUUID();
        photo.activityId = activity.id;
        photo.fileName = request.fileName().trim();
        photo.caption = request.caption();
        photo.takenAt = request.takenAt();
        photo.addedBy = access.username();
        photo.addedAt = OffsetDateTime.now(ZoneOffset.UTC);
        photo.persist();
        return PhotoView.of(photo);
    }

    @Transactional
    public List<PhotoView> photos(UUID activityId) {
        Activity activity = visible(activityId);
        return ActivityPhoto.<ActivityPhoto>list("activityId", Sort.by("addedAt"), activity.id).stream()
                .map(PhotoView::of).toList();
    }

    private Activity visible(UUID id) {
        Activity activity = Activity.findById(id);
        if (activity == null) {
            throw ProblemException.notFound("活动", id);
        }
        access.visible(activity.siteId);
        return activity;
    }

    private Activity run(UUID id) {
        Activity activity = visible(id);
        access.runs(activity.siteId);
        return activity;
    }

    private Activity runLocked(UUID id) {
        Activity activity = run(id);
        Activity.getEntityManager().lock(activity, LockModeType.PESSIMISTIC_WRITE);
        return activity;
    }

    private static void requireScheduled(Activity activity) {
        if (activity.status != ActivityStatus.SCHEDULED) {
            throw ProblemException.conflict("活动已" + (activity.status == ActivityStatus.HELD ? "举办" : "取消")
                    + "，不能再报名或签到");
        }
    }

    private static Registration registration(UUID activityId, UUID familyId) {
        return Registration.find("activityId = ?1 and familyId = ?2", activityId, familyId).firstResult();
    }

    private static long count(UUID activityId, RegistrationStatus status) {
        return Registration.count("activityId = ?1 and status = ?2", activityId, status);
    }

    private RegistrationView view(Registration registration) {
        Integer position = null;
        if (registration.status == RegistrationStatus.WAITLISTED) {
            position = (int) Registration.count("activityId = ?1 and status = ?2 and seq <= ?3",
                    registration.activityId, RegistrationStatus.WAITLISTED, seqOf(registration));
        }
        return RegistrationView.of(registration, position);
    }

    private static long seqOf(Registration registration) {
        if (registration.seq != null) {
            return registration.seq;
        }
        return Activity.getEntityManager().createQuery(
                        "select r.seq from Registration r where r.id = :id", Long.class)
                .setParameter("id", registration.id).getSingleResult();
    }

    private static List<UUID> expertVolunteers(UUID activityId) {
        return ExpertVolunteer.<ExpertVolunteer>list("activityId", Sort.by("assignedAt").and("volunteerId"), activityId)
                .stream().map(expert -> expert.volunteerId).toList();
    }

    private ActivityView view(Activity activity) {
        long registered = count(activity.id, RegistrationStatus.REGISTERED);
        long waitlisted = count(activity.id, RegistrationStatus.WAITLISTED);
        long walkIns = count(activity.id, RegistrationStatus.WALK_IN);
        long attended = Registration.count("activityId = ?1 and attendedAt is not null", activity.id);
        Double satisfaction = Activity.getEntityManager().createQuery(
                        "select avg(r.satisfaction) from Registration r where r.activityId = :id "
                                + "and r.satisfaction is not null", Double.class)
                .setParameter("id", activity.id).getSingleResult();
        return new ActivityView(activity.id, activity.siteId, activity.districtCode, activity.kind, activity.title,
                activity.startsAt, activity.endsAt, activity.capacity, activity.status, activity.experts(),
                expertVolunteers(activity.id), registered, waitlisted, attended, walkIns,
                VolunteerSignUp.count("activityId", activity.id),
                activity.mealsServed,
                satisfaction == null ? null : Math.round(satisfaction * 10) / 10.0, activity.heldAt);
    }
}
