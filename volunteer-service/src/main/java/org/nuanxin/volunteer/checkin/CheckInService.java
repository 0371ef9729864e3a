package org.nuanxin.volunteer.checkin;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.nuanxin.common.outbox.Outbox;
import org.nuanxin.common.problem.Problem;
import org.nuanxin.common.problem.ProblemException;
import org.nuanxin.volunteer.events.TaskStepped;
import org.nuanxin.volunteer.geo.Haversine;
import org.nuanxin.volunteer.hours.ServiceHourLedger;
import org.nuanxin.volunteer.task.Task;
import org.nuanxin.volunteer.task.TaskAccess;
import org.nuanxin.volunteer.task.TaskMapper;
import org.nuanxin.volunteer.task.TaskStatus;
import org.nuanxin.volunteer.task.TaskView;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Check-in and check-out of the assigned volunteer. A check-in counts only when verified: the family's current
 * code, or a position within the radius of the task's place, as the task's {@link Verification} asks. Only a
 * verified check-in and its check-out credit hours.
 */
@ApplicationScoped
public class CheckInService {

    /** 422: the check-in was well-formed but could not be verified; violations name code and/or position. */
    static ProblemException notVerified(List<Problem.Violation> violations) {
        return new ProblemException(422, "check-in-not-verified", "签到未通过核验",
                violations.stream().map(v -> v.field() + ": " + v.message()).reduce((a, b) -> a + "; " + b).orElse(""),
                violations);
    }

    private final Outbox outbox;
    private final TaskAccess access;
    private final TaskMapper mapper;
    private final CheckInCodeService codes;
    private final CheckInConfig config;
    private final ServiceHourLedger ledger;

    CheckInService(Outbox outbox, TaskAccess access, TaskMapper mapper, CheckInCodeService codes, CheckInConfig config,
                   ServiceHourLedger ledger) {
        this.outbox = outbox;
        this.access = access;
        this.mapper = mapper;
        this.codes = codes;
        this.config = config;
        this.ledger = ledger;
    }

    @Transactional
    public TaskView checkIn(UUID taskId, CheckInRequest request) {
        Task task = access.ownTask(taskId);
        if (task.status == TaskStatus.CHECKED_IN) {
            throw ProblemException.conflict("已签到");
        }
        if (task.status != TaskStatus.ASSIGNED && task.status != TaskStatus.ACCEPTED) {
            throw ProblemException.conflict("任务状态为 " + task.status + "，不能签到");
        }
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        if (now.isBefore(task.windowStart.minus(config.earliestBeforeStart())) || !now.isBefore(task.windowEnd)) {
            throw ProblemException.conflict("不在任务时段内：开始前 " + config.earliestBeforeStart().toMinutes()
                    + " 分钟至结束时可签到");
        }
        boolean hasCode = request != null && request.code() != null && !request.code().isBlank();
        boolean hasPosition = request != null && request.position() != null;
        boolean codeAllowed = task.verification != Verification.POSITION;
        boolean positionAllowed = task.verification != Verification.CODE && task.hasPlace();
        if (!(hasCode && codeAllowed) && !(hasPosition && positionAllowed)) {
            String field = codeAllowed ? "code" : "position";
            throw ProblemException.invalidField(field, codeAllowed ? "请输入家庭或站点出示的签到码" : "请开启定位后签到");
        }

        List<Problem.Violation> failures = new ArrayList<>();
        CheckInMethod method = null;
        if (hasCode && codeAllowed) {
            switch (codes.verify(task.familyId, request.code(), now.toInstant())) {
                case VALID -> method = CheckInMethod.CODE;
                case EXPIRED -> failures.add(new Problem.Violation("code", "签到码已过期，请看最新的签到码"));
                case WRONG -> failures.add(new Problem.Violation("code", "签到码不正确"));
            }
        }
        if (method == null && hasPosition && positionAllowed) {
            double metres = Haversine.metres(request.position().latitude(), request.position().longitude(),
                    task.latitude, task.longitude);
            if (metres <= config.radiusMetres()) {
                method = CheckInMethod.POSITION;
                failures.clear();
            } else {
                failures.add(new Problem.Violation("position", "距服务地点约 " + Math.round(metres) + " 米，超出 "
                        + config.radiusMetres() + " 米范围"));
            }
        }
        if (method == null) {
            throw notVerified(failures);
        }
        if (task.acceptedAt == null) {
            task.acceptedAt = now;
        }
        task.status = TaskStatus.CHECKED_IN;
        task.checkedInAt = now;
        task.checkInMethod = method;
        Task.getEntityManager().flush();
        outbox.publish("task", task.id, TaskStepped.CHECKED_IN, new TaskStepped(task.id, task.familyId, task.districtCode,
                task.kind.name(), task.volunteerId, now, method.name()));
        return mapper.toView(task, Map.of(), true);
    }

    /** Ends the verified pair and credits its hours. The task stays CHECKED_IN until it is completed. */
    @Transactional
    public TaskView checkOut(UUID taskId) {
        Task task = access.ownTask(taskId);
        if (task.status != TaskStatus.CHECKED_IN) {
            throw ProblemException.conflict("尚未签到，不能签退");
        }
        if (task.checkedOutAt != null) {
            throw ProblemException.conflict("已签退");
        }
        checkOut(task);
        Task.getEntityManager().flush();
        return mapper.toView(task, Map.of(), true);
    }

    /** Checks out now. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void checkOut(Task task) {
        checkOut(task, null);
    }

    /**
     * For completion, which checks out a volunteer who did not: at the time the phone recorded when the report
     * was written ({@code leftAt}, for a report kept on the device while offline), taken only between the check-in
     * and now so that it can shorten the credited time but never lengthen it; now when the phone said nothing.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void checkOut(Task task, OffsetDateTime leftAt) {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        OffsetDateTime at = leftAt == null || leftAt.isAfter(now) ? now : leftAt.withOffsetSameInstant(ZoneOffset.UTC);
        task.checkedOutAt = at.isBefore(task.checkedInAt) ? task.checkedInAt : at;
        ledger.creditCheckIn(task);
    }
}
