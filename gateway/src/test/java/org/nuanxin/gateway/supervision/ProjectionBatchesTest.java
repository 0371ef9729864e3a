package org.nuanxin.gateway.supervision;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.kafka.IncomingKafkaRecord;
import io.smallrye.reactive.messaging.kafka.IncomingKafkaRecordBatch;
import io.smallrye.reactive.messaging.kafka.KafkaRecordBatch;
import io.smallrye.reactive.messaging.kafka.commit.KafkaCommitHandler;
import io.smallrye.reactive.messaging.kafka.fault.KafkaFailureHandler;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.common.TopicPartition;
import org.eclipse.microprofile.reactive.messaging.Metadata;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.nuanxin.common.testing.EventWriter;
import org.nuanxin.common.testing.RealInfrastructure;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

/**
 * How a batch of one poll's events is applied, by a live consumer and by a rebuild (the replay itself is
 * {@link RebuildTest}): in one transaction when every event applies; when one cannot be applied, the batch is rolled
 * back and applied again one event per transaction, so that event alone fails — the live consumer hands it to the
 * dead-letter queue, the rebuild skips it — and every other is applied once. The live polls are built here as the
 * Kafka connector builds them, with a failure handler that notes what it was handed instead of the dead-letter queue
 * (the way to the real dead-letter topic is {@link FamilyEventsProjectionTest}). The events are volunteers' hours
 * credited in 2020 and volunteers who left in 2020, which no figure, indicator or alert counts (other tests' figures
 * stay as the topics make them); their rows are removed afterwards. Which transaction wrote a row is PostgreSQL's {@code xmin}.
 */
@QuarkusTest
@QuarkusTestResource(value = RealInfrastructure.class, restrictToAnnotatedClass = false)
class ProjectionBatchesTest {

    private static final String HULI = "350206";

    @Inject
    ProjectionBatches batches;

    @Inject
    VolunteerEventsProjection volunteers;

    @Inject
    EntityManager em;

    private final List<UUID> entries = new ArrayList<>();
    private final List<UUID> leavers = new ArrayList<>();
    private final List<String> eventIds = new ArrayList<>();

    @AfterEach
    void removeTheRows() {
        QuarkusTransaction.requiringNew().run(() -> {
            for (UUID entry : entries) {
                em.createNativeQuery("DELETE FROM supervised_hours WHERE entry_id = :id").setParameter("id", entry).executeUpdate();
            }
            for (UUID volunteer : leavers) {
                em.createNativeQuery("DELETE FROM supervised_volunteer WHERE volunteer_id = :id").setParameter("id", volunteer)
                        .executeUpdate();
            }
            for (String id : eventIds) {
                em.createNativeQuery("DELETE FROM processed_event WHERE consumer = :consumer AND event_id = :id")
                        .setParameter("consumer", VolunteerEventsProjection.CONSUMER).setParameter("id", id).executeUpdate();
            }
        });
    }

    @Test
    void shouldApplyALivePollInOneTransactionAndRecordEveryEvent() {
        List<String> poll = hoursCredited(5);
        List<String> parked = new ArrayList<>();
        List<Long> acked = new ArrayList<>();

        volunteers.consume(livePoll(poll, parked, acked)).toCompletableFuture().join();

        assertApplied(5, 1, "in one transaction");
        assertEquals(List.of(), parked, "nothing went to the dead-letter queue");
        assertEquals(List.of(1_000_004L), acked, "the poll is acknowledged up to its last record");
    }

    @Test
    void shouldHandOnlyTheEventThatFailsAloneOfALivePollToTheDeadLetterQueue() {
        List<String> poll = hoursCredited(2);
        Poison poison = poison();
        poll.add(poison.payload());
        poll.addAll(hoursCredited(1));
        poll.add(poison.payload()); // delivered twice in the poll: it fails alone both times
        List<String> parked = new ArrayList<>();
        List<Long> acked = new ArrayList<>();

        volunteers.consume(livePoll(poll, parked, acked)).toCompletableFuture().join();

        assertApplied(3, 3, "after the failed poll, each in a transaction of its own");
        assertEquals(List.of(poison.payload(), poison.payload()), parked,
                "only the failing event was handed on, at each of its deliveries");
        assertEquals(List.of(1_000_004L), acked, "the poll is acknowledged up to its last record, past the parked ones");
        assertLeftNoTrace(poison);
    }

    @Test
    void shouldApplyABatchInOneTransactionAndRecordEveryEvent() {
        List<String> batch = hoursCredited(5);

        assertEquals(new ProjectionBatches.Counts(5, 0), batches.replay("volunteer.events", batch));

        assertApplied(5, 1, "in one transaction");
    }

    @Test
    void shouldSkipTheOneEventThatCannotBeAppliedAndApplyEveryOtherOnce() {
        List<String> batch = hoursCredited(3);
        Poison poison = poison();
        batch.add(poison.payload());
        batch.addAll(hoursCredited(3));

        assertEquals(new ProjectionBatches.Counts(6, 1), batches.replay("volunteer.events", batch));

        assertApplied(6, 6, "after the failed batch, each in a transaction of its own");
        assertLeftNoTrace(poison);
    }

    /** A CloudEvent the projection fails on halfway, after its processed-event record was written in the batch. */
    private record Poison(String payload, UUID entry, String eventId) {
    }

    private Poison poison() {
        String payload = hoursCredited("the first of March");
        return new Poison(payload, entries.remove(entries.size() - 1), eventIds.remove(eventIds.size() - 1));
    }

    /** Every noted entry written, by this many transactions, and every noted event recorded as processed. */
    private void assertApplied(int events, int transactions, String how) {
        List<String> writers = writers(entries);
        assertEquals(events, writers.size(), "every event that can be applied was applied");
        assertEquals(transactions, Set.copyOf(writers).size(), how);
        for (String id : eventIds) {
            assertNotNull(processedBy(id), "event " + id + " is recorded, so a second delivery is skipped");
        }
    }

    /** The event that failed left no record (a later delivery would still meet it) and changed nothing. */
    private void assertLeftNoTrace(Poison poison) {
        assertNull(processedBy(poison.eventId()), "the failing event left no record");
        assertEquals(List.of(), writers(List.of(poison.entry())), "the failing event changed nothing");
    }

    @Test
    void shouldNotApplyAgainWhatTheLiveConsumerAppliedFirst() {
        // a status change is applied by an update whenever it is not older than the row's: applied twice, it is written twice
        String first = volunteerLeft();
        volunteers.apply(first); // the live consumer met it first, in its own transaction
        List<String> live = statusWriters(leavers.subList(0, 1));
        assertEquals(1, live.size());
        String second = volunteerLeft();

        assertEquals(new ProjectionBatches.Counts(2, 0), batches.replay("volunteer.events", List.of(first, second)));

        assertEquals(live, statusWriters(leavers.subList(0, 1)), "the event the live consumer applied was not applied again");
        assertEquals(1, statusWriters(leavers.subList(1, 2)).size(), "the other was applied");
    }

    /**
     * One poll of volunteer.events as the Kafka connector hands it to a batch consumer; the failure handler notes the
     * payload of each record nacked instead of sending it to the dead-letter topic, the commit handler the offset of
     * each record acknowledged instead of committing it.
     */
    private static KafkaRecordBatch<String, String> livePoll(List<String> payloads, List<String> parked, List<Long> acked) {
        TopicPartition partition = new TopicPartition("volunteer.events", 0);
        List<ConsumerRecord<String, String>> records = new ArrayList<>();
        for (int i = 0; i < payloads.size(); i++) {
            records.add(new ConsumerRecord<>(partition.topic(), partition.partition(), 1_000_000L + i, null, payloads.get(i)));
        }
        KafkaFailureHandler deadLetters = new KafkaFailureHandler() {
            @Override
            public <K, V> Uni<Void> handle(IncomingKafkaRecord<K, V> record, Throwable reason, Metadata metadata) {
                parked.add((String) record.getPayload());
                return Uni.createFrom().voidItem();
            }
        };
        KafkaCommitHandler commits = new KafkaCommitHandler() {
            @Override
            public <K, V> Uni<Void> handle(IncomingKafkaRecord<K, V> record) {
                acked.add(record.getOffset());
                return Uni.createFrom().voidItem();
            }
        };
        return new IncomingKafkaRecordBatch<>(new ConsumerRecords<>(Map.of(partition, records), Map.of()), "volunteer-events", -1,
                commits, deadLetters, false, false);
    }

    /** A volunteer who left in 2020 (no figure counts them); notes the volunteer and the event id. */
    private String volunteerLeft() {
        UUID volunteer = UUID.randomUUID();
        String id = UUID.randomUUID().toString();
        leavers.add(volunteer);
        eventIds.add(id);
        return EventWriter.cloudEvent(id, "volunteer-service", "org.nuanxin.volunteer.volunteer-left.v1", volunteer,
                Map.of("volunteerId", volunteer.toString(), "districtCode", HULI, "status", "LEFT",
                        "changedAt", "2020-03-01T10:00:00Z"));
    }

    private List<String> statusWriters(List<UUID> of) {
        return writers("SELECT CAST(xmin AS text) FROM supervised_volunteer WHERE volunteer_id = :id", of);
    }

    /** {@code count} volunteers' hours credited in March 2020; notes their entries and event ids. */
    private List<String> hoursCredited(int count) {
        List<String> events = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            events.add(hoursCredited("2020-03-01T10:00:00Z"));
        }
        return events;
    }

    /** A volunteer's hours credited at {@code at}; notes its entry and event id. */
    private String hoursCredited(String at) {
        UUID volunteer = UUID.randomUUID();
        UUID entry = UUID.randomUUID();
        String id = UUID.randomUUID().toString();
        Map<String, Object> data = new HashMap<>(Map.of("entryId", entry.toString(), "volunteerId", volunteer.toString(),
                "districtCode", HULI, "source", "CHECK_IN", "minutes", 60, "totalMinutes", 60, "starLevel", 1,
                "creditedAt", at));
        data.put("taskId", null);
        entries.add(entry);
        eventIds.add(id);
        return EventWriter.cloudEvent(id, "volunteer-service", "org.nuanxin.volunteer.hours-credited.v1", volunteer, data);
    }

    /** For each of these entries that has a row, the transaction that wrote it. */
    private List<String> writers(List<UUID> of) {
        return writers("SELECT CAST(xmin AS text) FROM supervised_hours WHERE entry_id = :id", of);
    }

    private List<String> writers(String query, List<UUID> of) {
        return QuarkusTransaction.requiringNew().call(() -> {
            List<String> transactions = new ArrayList<>();
            for (UUID entry : of) {
                @SuppressWarnings("unchecked")
                List<Object> rows = em.createNativeQuery(query).setParameter("id", entry).getResultList();
                rows.forEach(row -> transactions.add((String) row));
            }
            return transactions;
        });
    }

    private String processedBy(String eventId) {
        return QuarkusTransaction.requiringNew().call(() -> {
            @SuppressWarnings("unchecked")
            List<Object> rows = em.createNativeQuery("SELECT consumer FROM processed_event WHERE consumer = :consumer AND event_id = :id")
                    .setParameter("consumer", VolunteerEventsProjection.CONSUMER).setParameter("id", eventId).getResultList();
            return rows.isEmpty() ? null : (String) rows.get(0);
        });
    }
}
