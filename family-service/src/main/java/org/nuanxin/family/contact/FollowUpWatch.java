package org.nuanxin.family.contact;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;
import org.nuanxin.common.outbox.Outbox;
import org.nuanxin.family.area.CityCalendar;
import org.nuanxin.family.events.FollowUpOverdue;
import org.nuanxin.family.family.Family;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

/**
 * Announces each follow-up that passed its due date undone, once, as {@code follow-up-overdue}. Rows are claimed
 * with {@code FOR UPDATE SKIP LOCKED}, so several instances of the service never announce one twice.
 */
@ApplicationScoped
public class FollowUpWatch {

    private static final Logger LOG = Logger.getLogger(FollowUpWatch.class);

    private final EntityManager em;
    private final Outbox outbox;
    private final FollowUpConfig config;

    FollowUpWatch(EntityManager em, Outbox outbox, FollowUpConfig config) {
        this.em = em;
        this.outbox = outbox;
        this.config = config;
    }

    @Scheduled(every = "${nuanxin.follow-up.scan-every:10m}", delayed = "30s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scan() {
        int announced;
        do {
            announced = announceOverdue();
        } while (announced == config.batchSize());
    }

    /** Announces one batch of newly overdue follow-ups; returns how many. */
    @Transactional
    public int announceOverdue() {
        LocalDate today = CityCalendar.today();
        @SuppressWarnings("unchecked")
        List<UUID> ids = em.createNativeQuery("""
                        SELECT id FROM family_contact
                        WHERE follow_up_due < :today AND follow_up_done_at IS NULL
                          AND follow_up_overdue_announced_at IS NULL
                        ORDER BY follow_up_due
                        LIMIT :batch
                        FOR UPDATE SKIP LOCKED""")
                .setParameter("today", today).setParameter("batch", config.batchSize()).getResultList();
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        for (UUID id : ids) {
            Contact contact = Contact.findById(id);
            Family family = Family.findById(contact.familyId);
            contact.followUpOverdueAnnouncedAt = now;
            outbox.publish("family", family.id, FollowUpOverdue.TYPE, new FollowUpOverdue(family.id, contact.id,
                    family.districtCode, contact.followUpDue, ChronoUnit.DAYS.between(contact.followUpDue, today)));
        }
        if (!ids.isEmpty()) {
            LOG.infof("announced %d overdue follow-ups", ids.size());
        }
        return ids.size();
    }
}
