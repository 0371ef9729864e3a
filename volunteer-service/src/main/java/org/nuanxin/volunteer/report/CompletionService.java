package org.nuanxin.volunteer.report;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.nuanxin.common.outbox.Outbox;
import org.nuanxin.common.pii.PiiCipher;
import org.nuanxin.common.problem.ProblemException;
import org.nuanxin.common.security.Caller;
import org.nuanxin.volunteer.checkin.CheckInService;
import org.nuanxin.volunteer.events.TaskCompleted;
import org.nuanxin.volunteer.events.VisitReported;
import org.nuanxin.volunteer.task.Task;
import org.nuanxin.volunteer.task.TaskAccess;
import org.nuanxin.volunteer.task.TaskMapper;
import org.nuanxin.volunteer.task.TaskStatus;
import org.nuanxin.volunteer.task.TaskView;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.Map;
import java.util.UUID;

/**
 * Completes the volunteer's task. An on-site task needs its verified check-in (a forgotten check-out is made now,
 * crediting the hours); a visit or call comes with its report, published as visit-reported in the same transaction
 * as task-completed, so family-service records the contact exactly when the task is done.
 */
@ApplicationScoped
public class CompletionService {

    private final Outbox outbox;
    private final PiiCipher cipher;
    private final Caller caller;
    private final TaskAccess access;
    private final TaskMapper mapper;
    private final CheckInService checkIn;

    CompletionService(Outbox outbox, PiiCipher cipher, Caller caller, TaskAccess access, TaskMapper mapper,
                      CheckInService checkIn) {
        this.outbox = outbox;
        this.cipher = cipher;
        this.caller = caller;
        this.access = access;
        this.mapper = mapper;
        this.checkIn = checkIn;
    }

    @Transactional
    public TaskView complete(UUID taskId, CompleteTaskRequest request) {
        Task task = access.ownTask(taskId);
        if (task.status == TaskStatus.COMPLETED || task.status == TaskStatus.CANCELLED) {
            throw ProblemException.conflict("任务已" + (task.status == TaskStatus.COMPLETED ? "完成" : "取消"));
        }
        if (task.kind.isOnSite() && task.status != TaskStatus.CHECKED_IN) {
            throw ProblemException.conflict("须先在服务地点签到，才能完成任务");
        }
        if (task.kind.needsReport()) {
            validateReport(task, request);
        }
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        if (task.status == TaskStatus.CHECKED_IN && task.checkedOutAt == null) {
            checkIn.checkOut(task, request == null ? null : request.checkedOutAt());
        }
        task.status = TaskStatus.COMPLETED;
        task.completedAt = now;
        Task.getEntityManager().flush();
        String username = access.self().map(v -> v.username).orElse(caller.username());
        outbox.publish("task", task.id, TaskCompleted.TYPE, new TaskCompleted(task.id, task.familyId, task.volunteerId,
                username, task.districtCode, task.kind.name(), now));
        if (task.kind.needsReport()) {
            report(task, request, now);
        }
        return mapper.toView(task, Map.of(), true);
    }

    private static void validateReport(Task task, CompleteTaskRequest request) {
        if (request == null || request.wellbeing() == null) {
            throw ProblemException.invalidField("wellbeing", "请为老人的状态评分（1–5）");
        }
        boolean hasFollowUp = request.followUp() != null && !request.followUp().isBlank();
        if (hasFollowUp && request.followUpDue() == null) {
            throw ProblemException.invalidField("followUpDue", "有跟进事项时须填写完成期限");
        }
        if (!hasFollowUp && request.followUpDue() != null) {
            throw ProblemException.invalidField("followUp", "有完成期限时须填写跟进事项");
        }
        if (task.checkedInAt == null && request.durationMinutes() == null) {
            throw ProblemException.invalidField("durationMinutes", "未签到的电话联络请填写通话时长");
        }
    }

    private void report(Task task, CompleteTaskRequest request, OffsetDateTime now) {
        VisitReport report = new VisitReport();
        report.id = UUID.randomUUID();
        report.taskId = task.id;
        report.familyId = task.familyId;
        report.volunteerId = task.volunteerId;
        report.kind = task.kind.contactKind();
        report.contactedAt = task.checkedInAt != null ? task.checkedInAt : now;
        report.durationMinutes = task.checkedInAt != null
                ? (int) Math.max(1, Duration.between(task.checkedInAt, task.checkedOutAt).toMinutes())
                : request.durationMinutes();
        report.location = blankToNull(request.location());
        report.wellbeing = request.wellbeing();
        if (request.needsObserved() != null) {
            report.needsObserved.addAll(request.needsObserved());
        }
        report.notesEncrypted = cipher.encrypt(blankToNull(request.notes()));
        String followUp = blankToNull(request.followUp());
        report.followUpEncrypted = cipher.encrypt(followUp);
        report.followUpDue = request.followUpDue();
        report.reportedAt = now;
        report.persist();
        outbox.publish("task", task.id, VisitReported.TYPE, new VisitReported(report.id, task.id, task.familyId,
                task.districtCode, task.volunteerId, report.kind, report.contactedAt, report.durationMinutes,
                report.location, report.wellbeing,
                report.needsObserved.stream().sorted(Comparator.naturalOrder()).map(Enum::name).toList(), followUp,
                report.followUpDue));
    }

    /** The report of a visible task; notes and follow-up only for coordinators and the volunteer who wrote them. */
    @Transactional
    public VisitReportView reportOf(UUID taskId) {
        Task task = access.visible(taskId);
        VisitReport report = VisitReport.find("taskId", task.id).firstResult();
        if (report == null) {
            throw ProblemException.notFound("走访记录（任务）", taskId);
        }
        boolean mayReadNotes = caller.isCoordinator() || access.callerIsVolunteer();
        return new VisitReportView(report.id, report.taskId, report.familyId, report.volunteerId, report.kind,
                report.contactedAt, report.durationMinutes, report.location, report.wellbeing,
                report.needsObserved.stream().sorted(Comparator.naturalOrder()).toList(),
                mayReadNotes ? cipher.decrypt(report.notesEncrypted) : null,
                mayReadNotes ? cipher.decrypt(report.followUpEncrypted) : null, report.followUpDue, report.reportedAt);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
