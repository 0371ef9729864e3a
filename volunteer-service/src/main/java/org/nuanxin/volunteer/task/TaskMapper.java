package org.nuanxin.volunteer.task;

import jakarta.enterprise.context.ApplicationScoped;
import org.nuanxin.common.pii.PiiCipher;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.Map;
import java.util.UUID;

/** Entity → response; decides what of the family a volunteer sees, and when. */
@ApplicationScoped
public class TaskMapper {

    private final PiiCipher cipher;
    private final TasksConfig config;

    TaskMapper(PiiCipher cipher, TasksConfig config) {
        this.cipher = cipher;
        this.config = config;
    }

    /** @param forVolunteer the caller is the task's volunteer: family data only around the window */
    public TaskView toView(Task task, Map<UUID, String> volunteerNames, boolean forVolunteer) {
        boolean familyData = !forVolunteer || familyDataVisible(task, OffsetDateTime.now(ZoneOffset.UTC));
        return new TaskView(task.id, task.familyId, task.districtCode, task.kind, task.priority,
                task.requiredSkills.stream().sorted(Comparator.naturalOrder()).toList(), task.windowStart,
                task.windowEnd, task.status, task.volunteerId,
                task.volunteerId == null ? null : volunteerNames.get(task.volunteerId),
                familyData ? cipher.decrypt(task.placeEncrypted) : null,
                familyData ? cipher.decrypt(task.instructionsEncrypted) : null,
                familyData ? task.latitude : null, familyData ? task.longitude : null, task.preferredDialect,
                task.verification, task.assignedAt, task.acceptedAt, task.checkedInAt, task.checkInMethod,
                task.checkedOutAt, task.completedAt, task.cancelledAt, task.createdAt, task.version);
    }

    boolean familyDataVisible(Task task, OffsetDateTime now) {
        return !now.isBefore(task.windowStart.minus(config.familyDataVisibleBefore()))
                && !now.isAfter(task.windowEnd.plus(config.familyDataVisibleAfter()));
    }
}
