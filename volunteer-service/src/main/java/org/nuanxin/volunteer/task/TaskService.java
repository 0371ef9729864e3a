package org.nuanxin.volunteer.task;

import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import org.nuanxin.common.outbox.Outbox;
import org.nuanxin.common.paging.PageResponse;
import org.nuanxin.common.pii.PiiCipher;
import org.nuanxin.common.problem.ProblemException;
import org.nuanxin.common.security.Caller;
import org.nuanxin.volunteer.checkin.CheckInConfig;
import org.nuanxin.volunteer.checkin.Verification;
import org.nuanxin.volunteer.events.TaskAssigned;
import org.nuanxin.volunteer.events.TaskCancelled;
import org.nuanxin.volunteer.events.TaskCreated;
import org.nuanxin.volunteer.events.TaskStepped;
import org.nuanxin.volunteer.family.FamilyDirectoryEntry;
import org.nuanxin.volunteer.volunteer.Skill;
import org.nuanxin.volunteer.volunteer.Volunteer;
import org.nuanxin.volunteer.volunteer.VolunteerStatus;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Creates tasks for families known to the directory, assigns them without double-booking anyone, and records
 * the volunteer's answer. Every change commits together with its event.
 */
@ApplicationScoped
public class TaskService {

    private final Outbox outbox;
    private final PiiCipher cipher;
    private final Caller caller;
    private final TaskAccess access;
    private final TaskMapper mapper;
    private final TasksConfig config;
    private final CheckInConfig checkIn;

    TaskService(Outbox outbox, PiiCipher cipher, Caller caller, TaskAccess access, TaskMapper mapper,
                TasksConfig config, CheckInConfig checkIn) {
        this.outbox = outbox;
        this.cipher = cipher;
        this.caller = caller;
        this.access = access;
        this.mapper = mapper;
        this.config = config;
        this.checkIn = checkIn;
    }

    @Transactional
    public TaskView create(CreateTaskRequest request) {
        FamilyDirectoryEntry family = FamilyDirectoryEntry.findById(request.familyId());
        if (family == null) {
            throw ProblemException.invalidField("familyId", "家庭未在档案中登记（或尚未同步）");
        }
        if (!caller.mayAccessDistrict(family.districtCode)) {
            throw ProblemException.notFound("家庭", request.familyId());
        }
        if (!family.isActive()) {
            throw ProblemException.invalidField("familyId", "家庭档案已结案（" + family.status + "），不能再派任务");
        }
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        if (!request.windowEnd().isAfter(request.windowStart())) {
            throw ProblemException.invalidField("windowEnd", "结束时间须晚于开始时间");
        }
        if (!request.windowEnd().isAfter(now)) {
            throw ProblemException.invalidField("windowEnd", "结束时间已过");
        }
        if (Duration.between(request.windowStart(), request.windowEnd()).compareTo(config.maxWindow()) > 0) {
            throw ProblemException.invalidField("windowEnd", "任务时段不超过 " + config.maxWindow().toHours() + " 小时");
        }
        if (request.latitude() == null ^ request.longitude() == null) {
            throw ProblemException.invalidField(request.latitude() == null ? "latitude" : "longitude", "经纬度须同时填写");
        }
        Verification verification = request.verification() == null ? checkIn.defaultVerification() : request.verification();
        if (verification == Verification.POSITION && request.latitude() == null) {
            throw ProblemException.invalidField("latitude", "按位置核验签到须填写服务地点的经纬度");
        }

        Task task = new Task();
        task.id = UUID.randomUUID();
        task.familyId = family.familyId;
        task.districtCode = family.districtCode;
        task.kind = request.kind();
        task.priority = request.priority() == null ? TaskPriority.NORMAL : request.priority();
        task.windowStart = request.windowStart().withOffsetSameInstant(ZoneOffset.UTC);
        task.windowEnd = request.windowEnd().withOffsetSameInstant(ZoneOffset.UTC);
        task.latitude = request.latitude();
        task.longitude = request.longitude();
        task.placeEncrypted = cipher.encrypt(blankToNull(request.place()));
        task.instructionsEncrypted = cipher.encrypt(blankToNull(request.instructions()));
        task.preferredDialect = blankToNull(request.preferredDialect());
        task.verification = verification;
        if (request.requiredSkills() != null) {
            task.requiredSkills.addAll(request.requiredSkills());
        }
        task.status = TaskStatus.OPEN;
        task.createdAt = now;
        task.createdBy = caller.username();
        task.persist();
        outbox.publish("task", task.id, TaskCreated.TYPE, new TaskCreated(task.id, task.familyId, task.districtCode,
                task.kind.name(), task.priority.name(), task.windowStart, task.windowEnd,
                task.neededSkills().stream().map(Skill::name).sorted().toList()));
        return mapper.toView(task, Map.of(), false);
    }

    @Transactional
    public TaskView get(UUID id) {
        Task task = access.visible(id);
        return mapper.toView(task, namesOf(List.of(task)), access.callerIsVolunteer());
    }

    /** Volunteers get their own tasks only; coordinators their district's; by window start. */
    @Transactional
    public PageResponse<TaskView> search(TaskSearch search) {
        StringBuilder where = new StringBuilder("1 = 1");
        Parameters params = new Parameters();
        boolean forVolunteer = access.callerIsVolunteer();
        if (forVolunteer) {
            UUID self = access.self().map(v -> v.id).orElse(null);
            if (self == null) {
                return new PageResponse<>(List.of(), search.page(), search.size(), 0);
            }
            where.append(" AND volunteerId = :self");
            params.and("self", self);
        } else {
            caller.district().ifPresent(scope -> {
                where.append(" AND districtCode = :scope");
                params.and("scope", scope);
            });
        }
        if (search.status() != null) {
            where.append(" AND status = :status");
            params.and("status", search.status());
        }
        if (search.kind() != null) {
            where.append(" AND kind = :kind");
            params.and("kind", search.kind());
        }
        if (search.districtCode() != null) {
            where.append(" AND districtCode = :district");
            params.and("district", search.districtCode());
        }
        if (search.volunteerId() != null) {
            where.append(" AND volunteerId = :volunteer");
            params.and("volunteer", search.volunteerId());
        }
        if (search.familyId() != null) {
            where.append(" AND familyId = :family");
            params.and("family", search.familyId());
        }
        if (search.from() != null) {
            where.append(" AND windowEnd > :from");
            params.and("from", search.from());
        }
        if (search.to() != null) {
            where.append(" AND windowStart < :to");
            params.and("to", search.to());
        }
        var query = Task.find("FROM Task WHERE " + where + " ORDER BY windowStart, id", params)
                .page(Page.of(search.page(), search.size()));
        List<Task> tasks = query.list();
        Map<UUID, String> names = namesOf(tasks);
        return new PageResponse<>(tasks.stream().map(t -> mapper.toView(t, names, forVolunteer)).toList(),
                search.page(), search.size(), query.count());
    }

    /**
     * Assigns or reassigns. The volunteer's row is locked for the check, so two coordinators assigning the same
     * person at once cannot both pass it: a window overlapping another task they hold is 409 on volunteerId.
     */
    @Transactional
    public TaskView assign(UUID id, AssignRequest request) {
        Task task = access.changeable(id, request.version());
        if (task.status != TaskStatus.OPEN && task.status != TaskStatus.ASSIGNED && task.status != TaskStatus.ACCEPTED) {
            throw ProblemException.conflict("任务状态为 " + task.status + "，不能再指派");
        }
        Volunteer volunteer = Volunteer.findById(request.volunteerId(), LockModeType.PESSIMISTIC_WRITE);
        if (volunteer == null || !caller.mayAccessDistrict(volunteer.districtCode)) {
            throw ProblemException.invalidField("volunteerId", "没有这位志愿者（或不在本区）");
        }
        if (volunteer.status != VolunteerStatus.ACTIVE) {
            throw ProblemException.conflictOnField("volunteerId", "志愿者状态为 " + volunteer.status + "，不能接受任务");
        }
        if (volunteer.id.equals(task.volunteerId)) {
            return mapper.toView(task, Map.of(volunteer.id, volunteer.name), false);
        }
        long overlapping = Task.count("volunteerId = ?1 AND status IN ?2 AND id <> ?3 AND windowStart < ?4 AND windowEnd > ?5",
                volunteer.id, TaskStatus.HOLDING, task.id, task.windowEnd, task.windowStart);
        if (overlapping > 0) {
            throw ProblemException.conflictOnField("volunteerId", "该志愿者在此时段已有任务，不能重复安排");
        }
        UUID previous = task.volunteerId;
        task.volunteerId = volunteer.id;
        task.status = TaskStatus.ASSIGNED;
        task.assignedAt = OffsetDateTime.now(ZoneOffset.UTC);
        task.acceptedAt = null;
        Task.getEntityManager().flush();
        outbox.publish("task", task.id, TaskAssigned.TYPE, new TaskAssigned(task.id, task.familyId, volunteer.id,
                volunteer.username, task.districtCode, task.kind.name(), task.windowStart, task.windowEnd, previous));
        return mapper.toView(task, Map.of(volunteer.id, volunteer.name), false);
    }

    @Transactional
    public TaskView accept(UUID id, Long version) {
        Task task = access.ownTask(id);
        TaskAccess.requireVersion(task, version);
        if (task.status == TaskStatus.ACCEPTED) {
            return mapper.toView(task, namesOf(List.of(task)), true);
        }
        if (task.status != TaskStatus.ASSIGNED) {
            throw ProblemException.conflict("任务状态为 " + task.status + "，不能接受");
        }
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        if (!now.isBefore(task.windowEnd)) {
            throw ProblemException.conflict("任务时段已过，不能再接受");
        }
        task.status = TaskStatus.ACCEPTED;
        task.acceptedAt = now;
        Task.getEntityManager().flush();
        outbox.publish("task", task.id, TaskStepped.ACCEPTED, new TaskStepped(task.id, task.familyId, task.districtCode,
                task.kind.name(), task.volunteerId, now, null));
        return mapper.toView(task, namesOf(List.of(task)), true);
    }

    /** The volunteer gives the task back; it is open again and matching will not suggest them for it. */
    @Transactional
    public TaskView decline(UUID id, ReasonRequest request) {
        Task task = access.ownTask(id);
        TaskAccess.requireVersion(task, request == null ? null : request.version());
        if (task.status != TaskStatus.ASSIGNED && task.status != TaskStatus.ACCEPTED) {
            throw ProblemException.conflict("任务状态为 " + task.status + "，不能再拒绝");
        }
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        UUID volunteerId = task.volunteerId;
        Task.getEntityManager().createNativeQuery("INSERT INTO task_decline (task_id, volunteer_id, declined_at, reason) "
                        + "VALUES (:task, :volunteer, :at, :reason) ON CONFLICT (task_id, volunteer_id) "
                        + "DO UPDATE SET declined_at = EXCLUDED.declined_at, reason = EXCLUDED.reason")
                .setParameter("task", task.id).setParameter("volunteer", volunteerId).setParameter("at", now)
                .setParameter("reason", request == null ? null : blankToNull(request.reason()))
                .executeUpdate();
        task.status = TaskStatus.OPEN;
        task.volunteerId = null;
        task.assignedAt = null;
        task.acceptedAt = null;
        Task.getEntityManager().flush();
        outbox.publish("task", task.id, TaskStepped.DECLINED, new TaskStepped(task.id, task.familyId, task.districtCode,
                task.kind.name(), volunteerId, now, null));
        return mapper.toView(task, Map.of(), true);
    }

    @Transactional
    public TaskView cancel(UUID id, ReasonRequest request) {
        if (request == null || request.reason() == null || request.reason().isBlank()) {
            throw ProblemException.invalidField("reason", "请填写取消原因");
        }
        Task task = access.changeable(id, request.version());
        if (task.status == TaskStatus.CANCELLED) {
            return mapper.toView(task, namesOf(List.of(task)), false);
        }
        if (task.status == TaskStatus.CHECKED_IN || task.status == TaskStatus.COMPLETED) {
            throw ProblemException.conflict("任务状态为 " + task.status + "，不能取消");
        }
        cancel(task, request.reason().trim(), false);
        Task.getEntityManager().flush();
        return mapper.toView(task, namesOf(List.of(task)), false);
    }

    /** Cancels without asking who may: for the family-closure observer. */
    void cancel(Task task, String reason, boolean byFamilyClosure) {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        String username = task.volunteerId == null ? null
                : Volunteer.<Volunteer>findByIdOptional(task.volunteerId).map(v -> v.username).orElse(null);
        task.status = TaskStatus.CANCELLED;
        task.cancelledAt = now;
        task.cancelReason = reason;
        outbox.publish("task", task.id, TaskCancelled.TYPE, new TaskCancelled(task.id, task.familyId, task.volunteerId,
                username, task.districtCode, task.kind.name(), now, byFamilyClosure));
    }

    static Map<UUID, String> namesOf(Collection<Task> tasks) {
        Set<UUID> ids = tasks.stream().map(t -> t.volunteerId).filter(java.util.Objects::nonNull).collect(Collectors.toSet());
        if (ids.isEmpty()) {
            return Map.of();
        }
        return Volunteer.<Volunteer>list("id IN ?1", ids).stream().collect(Collectors.toMap(v -> v.id, v -> v.name));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
