package org.nuanxin.volunteer.hours;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.nuanxin.common.outbox.Outbox;
import org.nuanxin.volunteer.checkin.CheckInConfig;
import org.nuanxin.volunteer.events.HoursCredited;
import org.nuanxin.volunteer.task.Task;
import org.nuanxin.volunteer.volunteer.Volunteer;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;

/**
 * The only writer of the ledger: a verified check-in/check-out pair, or an approved correction. Each row commits
 * with its hours-credited event.
 */
@ApplicationScoped
public class ServiceHourLedger {

    private final Outbox outbox;
    private final CheckInConfig checkIn;
    private final StarLevels stars;

    ServiceHourLedger(Outbox outbox, CheckInConfig checkIn, ServiceHoursConfig config) {
        this.outbox = outbox;
        this.checkIn = checkIn;
        this.stars = new StarLevels(config.starThresholdsHours());
    }

    /** Credits a task's verified pair; nothing for less than a minute. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<ServiceHourEntry> creditCheckIn(Task task) {
        int minutes = HoursComputation.creditedMinutes(task.checkedInAt, task.checkedOutAt, checkIn.maxCreditedPerTask());
        if (task.checkInMethod == null || minutes < 1) {
            return Optional.empty();
        }
        ServiceHourEntry entry = new ServiceHourEntry();
        entry.source = ServiceHourEntry.Source.CHECK_IN;
        entry.taskId = task.id;
        entry.taskKind = task.kind;
        entry.startedAt = task.checkedInAt;
        entry.endedAt = task.checkedOutAt;
        entry.minutes = minutes;
        return Optional.of(credit(task.volunteerId, entry));
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public ServiceHourEntry creditCorrection(HourCorrection correction) {
        ServiceHourEntry entry = new ServiceHourEntry();
        entry.source = ServiceHourEntry.Source.CORRECTION;
        entry.taskId = correction.taskId;
        entry.correctionId = correction.id;
        entry.minutes = correction.minutes;
        return credit(correction.volunteerId, entry);
    }

    public static long totalMinutes(UUID volunteerId) {
        Number total = (Number) ServiceHourEntry.getEntityManager()
                .createQuery("SELECT COALESCE(SUM(e.minutes), 0) FROM ServiceHourEntry e WHERE e.volunteerId = :v")
                .setParameter("v", volunteerId).getSingleResult();
        return total.longValue();
    }

    private ServiceHourEntry credit(UUID volunteerId, ServiceHourEntry entry) {
        entry.id = UUID.randomUUID();
        entry.volunteerId = volunteerId;
        entry.creditedAt = OffsetDateTime.now(ZoneOffset.UTC);
        entry.persist();
        ServiceHourEntry.getEntityManager().flush();
        long total = totalMinutes(volunteerId);
        Volunteer volunteer = Volunteer.findById(volunteerId);
        outbox.publish("volunteer", volunteerId, HoursCredited.TYPE, new HoursCredited(entry.id, volunteerId,
                volunteer.districtCode, entry.taskId, entry.source.name(), entry.minutes, total, stars.level(total),
                entry.creditedAt));
        return entry;
    }
}
