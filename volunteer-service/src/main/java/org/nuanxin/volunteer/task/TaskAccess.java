package org.nuanxin.volunteer.task;

import jakarta.enterprise.context.ApplicationScoped;
import org.nuanxin.common.problem.ProblemException;
import org.nuanxin.common.security.Caller;
import org.nuanxin.common.security.Roles;
import org.nuanxin.volunteer.volunteer.Volunteer;

import java.util.Optional;
import java.util.UUID;

/**
 * Loads a task for the caller. Volunteers reach only the tasks assigned to them; coordinators those of their
 * district (city coordinators and auditors all). Anything else is reported as absent (404), never forbidden, so
 * that another volunteer's task does not even show it exists.
 */
@ApplicationScoped
public class TaskAccess {

    private final Caller caller;

    TaskAccess(Caller caller) {
        this.caller = caller;
    }

    /** A volunteer acting for themselves (not a coordinator or auditor who also holds the role). */
    public boolean callerIsVolunteer() {
        return caller.hasRole(Roles.VOLUNTEER) && !caller.isCoordinator() && !caller.hasRole(Roles.AUDITOR);
    }

    /** The member linked to the caller's account, if any. */
    public Optional<Volunteer> self() {
        return Volunteer.byUsername(caller.username());
    }

    public Task visible(UUID id) {
        Task task = Task.findById(id);
        if (task == null || !mayRead(task)) {
            throw ProblemException.notFound("任务", id);
        }
        return task;
    }

    /** The caller's own task, for the volunteer's steps (accept, decline, check in/out, report). */
    public Task ownTask(UUID id) {
        Task task = Task.findById(id);
        UUID self = self().map(v -> v.id).orElse(null);
        if (task == null || self == null || !self.equals(task.volunteerId)) {
            throw ProblemException.notFound("任务", id);
        }
        return task;
    }

    /** A task a coordinator may change, at the version the client read, if it sent one. */
    public Task changeable(UUID id, Long expectedVersion) {
        Task task = Task.findById(id);
        if (task == null || !caller.isCoordinator() || !caller.mayAccessDistrict(task.districtCode)) {
            throw ProblemException.notFound("任务", id);
        }
        requireVersion(task, expectedVersion);
        return task;
    }

    public static void requireVersion(Task task, Long expectedVersion) {
        if (expectedVersion != null && expectedVersion != task.version) {
            throw ProblemException.conflictOnField("version", "任务已被他人修改（当前版本 " + task.version + "），请刷新后重试");
        }
    }

    public boolean mayRead(Task task) {
        if (callerIsVolunteer()) {
            return task.volunteerId != null && self().map(v -> v.id.equals(task.volunteerId)).orElse(false);
        }
        return caller.mayAccessDistrict(task.districtCode);
    }
}
