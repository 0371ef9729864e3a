package org.nuanxin.gateway.alerts;

import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.nuanxin.common.outage.RetryOnOutage;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

/**
 * Every event any consumer of the system parked on a dead-letter topic ({@code dead-letter-topic-*}, the gateway's
 * and every service's) raises a city-wide {@link AlertKind#DEAD_LETTER} alert saying where it lies and why, so
 * someone looks at it; the partition it came from has flowed on. The alert's subject is derived from the
 * dead-letter record's topic, partition and offset, so a redelivery raises nothing new. The details name the topic,
 * the offset and the reason, never the event's content.
 */
@ApplicationScoped
public class DeadLetterAlerts {

    private static final int MAX_REASON = 300;

    private final EntityManager em;
    private final Event<AlertsChanged> changed;

    DeadLetterAlerts(EntityManager em, Event<AlertsChanged> changed) {
        this.em = em;
        this.changed = changed;
    }

    @RetryOnOutage
    @Incoming("dead-letters")
    @Blocking
    @Transactional
    public void parked(ConsumerRecord<String, String> record) {
        UUID subject = UUID.nameUUIDFromBytes((record.topic() + "/" + record.partition() + "/" + record.offset())
                .getBytes(StandardCharsets.UTF_8));
        String details = "%s → %s@%s: %s".formatted(header(record, "dead-letter-topic"), record.topic(), record.offset(),
                header(record, "dead-letter-reason"));
        int raised = em.createNativeQuery("""
                        INSERT INTO supervision_alert (id, kind, severity, district_code, subject_id, status, raised_at, details, feed_seq)
                        SELECT :id, :kind, :severity, NULL, :subject, 'OPEN', :now, :details, nextval('supervision_feed')
                        WHERE NOT EXISTS (SELECT 1 FROM supervision_alert WHERE kind = :kind AND subject_id = :subject)""")
                .setParameter("id", UUID.randomUUID())
                .setParameter("kind", AlertKind.DEAD_LETTER.name())
                .setParameter("severity", AlertKind.DEAD_LETTER.severity().name())
                .setParameter("subject", subject)
                .setParameter("now", OffsetDateTime.now(ZoneOffset.UTC))
                .setParameter("details", details.length() > 500 ? details.substring(0, 500) : details)
                .executeUpdate();
        if (raised > 0) {
            changed.fire(new AlertsChanged());
        }
    }

    private static String header(ConsumerRecord<String, String> record, String name) {
        Header header = record.headers().lastHeader(name);
        if (header == null || header.value() == null) {
            return "?";
        }
        String value = new String(header.value(), StandardCharsets.UTF_8);
        return value.length() > MAX_REASON ? value.substring(0, MAX_REASON) + "…" : value;
    }
}
