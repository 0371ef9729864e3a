package org.nuanxin.common.outbox;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Emitter;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.eclipse.microprofile.reactive.messaging.Metadata;
import org.jboss.logging.Logger;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Moves committed outbox rows to Kafka in commit order, keyed by aggregate id, and marks them published once
 * the broker acknowledged them. Runs right after each commit and on a poll as a safety net (broker outages,
 * restarts). Delivery is at least once: a row whose batch failed is sent again, and consumers deduplicate on
 * the CloudEvents id.
 */
@ApplicationScoped
public class OutboxRelay {

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);

    private final Emitter<String> emitter;
    private final EntityManager entityManager;
    private final int batchSize;
    private final long ackTimeoutSeconds;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "outbox-relay");
        thread.setDaemon(true);
        return thread;
    });
    private final AtomicBoolean drainQueued = new AtomicBoolean();

    OutboxRelay(@Channel("domain-events") Emitter<String> emitter, EntityManager entityManager,
                @ConfigProperty(name = "nuanxin.outbox.batch-size", defaultValue = "100") int batchSize,
                @ConfigProperty(name = "nuanxin.outbox.ack-timeout-seconds", defaultValue = "30") long ackTimeoutSeconds) {
        this.emitter = emitter;
        this.entityManager = entityManager;
        this.batchSize = batchSize;
        this.ackTimeoutSeconds = ackTimeoutSeconds;
    }

    void afterCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) OutboxWritten written) {
        requestDrain();
    }

    // the first poll waits until the messaging channels are wired at startup
    @Scheduled(every = "${nuanxin.outbox.poll-interval:2s}", delayed = "5s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void poll() {
        requestDrain();
    }

    /**
     * Leaves nothing behind that could have gone: by the time Quarkus fires the shutdown event the HTTP server has let
     * the requests in flight finish ({@code quarkus.shutdown.timeout}), so once the worker's last drain is done, one
     * more drain here relays whatever they committed, before the Kafka channel closes. A row that still cannot go
     * (the broker is down) stays in the outbox for the next start.
     */
    void onStop(@Observes ShutdownEvent event) {
        worker.shutdown();
        try {
            if (!worker.awaitTermination(ackTimeoutSeconds, TimeUnit.SECONDS)) {
                LOG.warn("outbox relay still busy at shutdown; what it has not sent stays in the outbox");
                return;
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
        }
        int relayed = drain();
        try {
            long left = QuarkusTransaction.requiringNew().call(() -> entityManager
                    .createQuery("SELECT count(e) FROM OutboxEvent e WHERE e.publishedAt IS NULL", Long.class)
                    .getSingleResult());
            LOG.infof("outbox relay stopped: %d events relayed at shutdown, %d left for the next start", relayed, left);
        } catch (RuntimeException e) {
            LOG.infof("outbox relay stopped: %d events relayed at shutdown (%s)", relayed, e.getMessage());
        }
    }

    /** Coalesces requests: at most one drain waits while another runs. */
    void requestDrain() {
        if (drainQueued.compareAndSet(false, true)) {
            try {
                worker.execute(() -> {
                    drainQueued.set(false);
                    drain();
                });
            } catch (RejectedExecutionException shuttingDown) {
                // the shutdown drain relays it
                drainQueued.set(false);
            }
        }
    }

    /** Relays until the outbox is empty; returns how many events went out. Public for tests and drills. */
    public int drain() {
        int total = 0;
        try {
            int sent;
            do {
                sent = QuarkusTransaction.requiringNew().call(this::relayBatch);
                total += sent;
            } while (sent == batchSize);
        } catch (RuntimeException e) {
            LOG.warnf("outbox relay paused, will retry: %s", e.getMessage());
        }
        return total;
    }

    private int relayBatch() throws Exception {
        List<OutboxEvent> batch = entityManager
                .createQuery("FROM OutboxEvent WHERE publishedAt IS NULL ORDER BY seq", OutboxEvent.class)
                .setMaxResults(batchSize)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                // another instance of the service relays other rows meanwhile
                .setHint("jakarta.persistence.lock.timeout", -2)
                .getResultList();
        if (batch.isEmpty()) {
            return 0;
        }
        List<CompletableFuture<Void>> acks = new ArrayList<>(batch.size());
        for (OutboxEvent event : batch) {
            acks.add(send(event));
        }
        CompletableFuture.allOf(acks.toArray(CompletableFuture[]::new)).get(ackTimeoutSeconds, TimeUnit.SECONDS);
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        batch.forEach(event -> event.publishedAt = now);
        return batch.size();
    }

    private CompletableFuture<Void> send(OutboxEvent event) {
        CompletableFuture<Void> ack = new CompletableFuture<>();
        // CloudEvents Kafka binding, structured mode: the whole envelope is the value
        RecordHeaders headers = new RecordHeaders();
        headers.add("content-type", "application/cloudevents+json; charset=UTF-8".getBytes(StandardCharsets.UTF_8));
        OutgoingKafkaRecordMetadata<String> metadata = OutgoingKafkaRecordMetadata.<String>builder()
                .withKey(event.aggregateId)
                .withTopic(event.topic)
                .withHeaders(headers)
                .build();
        emitter.send(Message.of(event.payload, Metadata.of(metadata),
                () -> {
                    ack.complete(null);
                    return CompletableFuture.completedFuture(null);
                },
                failure -> {
                    ack.completeExceptionally(failure);
                    return CompletableFuture.completedFuture(null);
                }));
        return ack;
    }
}
