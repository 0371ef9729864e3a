package org.nuanxin.volunteer.task;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.nuanxin.volunteer.family.FamilyEventsConsumer.FamilyClosed;

import java.util.EnumSet;
import java.util.List;

/** When a family's record is closed, its tasks not yet under way are cancelled, in the same transaction. */
@ApplicationScoped
class FamilyClosureCancelsTasks {

    private final TaskService tasks;

    FamilyClosureCancelsTasks(TaskService tasks) {
        this.tasks = tasks;
    }

    void onClosed(@Observes FamilyClosed closed) {
        List<Task> open = Task.list("familyId = ?1 AND status IN ?2", closed.familyId(),
                EnumSet.of(TaskStatus.OPEN, TaskStatus.ASSIGNED, TaskStatus.ACCEPTED));
        open.forEach(task -> tasks.cancel(task, "家庭档案已结案", true));
    }
}
