package org.nuanxin.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import java.io.IOException;
import java.io.OutputStream;
import java.net.ConnectException;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.nuanxin.e2e.FaultDrillSystem.awaitTrue;
import static org.nuanxin.e2e.FaultDrillSystem.family;
import static org.nuanxin.e2e.FaultDrillSystem.newIdNumber;
import static org.nuanxin.e2e.FaultDrillSystem.pause;

/**
 * The fault drills of docs/reliability.md, against a whole system of their own ({@link FaultDrillSystem}): the broker
 * stopped, consumers killed, PostgreSQL restarted, poison events, a thousand retried claims, a service stopped under
 * load. Each drill works in a district of its own, so its figures are exact. Waits are generous polls for an eventual
 * state, never a timed assertion; what was observed (counts, times) goes to {@code target/fault-drills.md}, the source
 * of the figures in docs/reliability.md.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class FaultDrillsTest {

    private static final Duration EVENTUALLY = Duration.ofMinutes(3);
    private static final List<String> REPORT = Collections.synchronizedList(new ArrayList<>());
    private static FaultDrillSystem system;

    @BeforeAll
    static void startASystemOfTheirOwn() throws Exception {
        long started = System.nanoTime();
        system = FaultDrillSystem.start();
        report("System of the drills started in %s (PostgreSQL, Kafka, Keycloak, 4 services, gateway)", since(started));
    }

    @AfterAll
    static void stopIt() throws IOException {
        if (system != null) {
            system.close();
        }
        Path file = Path.of("target", "fault-drills.md");
        Files.createDirectories(file.getParent());
        Files.writeString(file, "# Fault drills, " + OffsetDateTime.now(ZoneOffset.UTC).withNano(0) + "\n\n"
                + String.join("\n", REPORT) + "\n");
    }

    @Test
    @Order(1)
    void aPoisonEventIsParkedWithItsReasonRaisesAnAlertAndThePartitionFlowsOn() throws Exception {
        String district = "350203";
        register(system.gateway(), family(district, "厦港街道"));
        awaitFamilies(district, 1);

        String poison = "{\"specversion\":\"1.0\",\"id\":";
        int partitions = system.publishToEveryPartition("family.events", "drill-poison", poison);

        // a good event after the poison on whichever partition it lands: applied, so the partition flows on
        register(system.gateway(), family(district, "厦港街道"));
        awaitFamilies(district, 2);

        List<ConsumerRecord<String, String>> parked = new ArrayList<>();
        awaitTrue("the poison on dead-letter-topic-family-events, once per partition", EVENTUALLY, () -> {
            parked.clear();
            List<ConsumerRecord<String, String>> records = quietly(() -> system.records("dead-letter-topic-family-events"));
            (records == null ? List.<ConsumerRecord<String, String>>of() : records).stream()
                    .filter(r -> poison.equals(r.value()) && header(r, "dead-letter-topic").equals("family.events"))
                    .forEach(parked::add);
            return parked.stream().map(r -> header(r, "dead-letter-partition")).distinct().count() >= partitions;
        }, () -> parked.size() + " parked records");
        for (ConsumerRecord<String, String> record : parked) {
            assertFalse(header(record, "dead-letter-reason").isBlank(), "the reason goes with the parked event");
        }

        JsonNode[] alerts = new JsonNode[1];
        awaitTrue("a DEAD_LETTER alert in the supervision view", EVENTUALLY, () -> {
            alerts[0] = deadLetterAlerts();
            for (JsonNode alert : alerts[0]) {
                if (alert.path("details").asText().startsWith("family.events → dead-letter-topic-family-events")) {
                    return true;
                }
            }
            return false;
        }, () -> String.valueOf(alerts[0]));
        assertFalse(alerts[0].toString().contains("specversion"), "an alert never shows the event's content");
        report("""
                ## Poison event
                A truncated CloudEvent on each of the %d partitions of family.events: parked %d times on \
                dead-letter-topic-family-events (gateway, volunteer- and insurance-service each park their copy) with \
                reason `%s`; a registration after it counted (district figure 1 → 2); %d DEAD_LETTER alerts open.
                """, partitions, parked.size(), header(parked.get(0), "dead-letter-reason"), alerts[0].size());
    }

    @Test
    @Order(2)
    void withTheBrokerDownWritesAreKeptAndEveryEventArrivesOnceItIsBack() throws Exception {
        String district = "350205";
        int writes = 20;
        String ready = system.url("family-service") + "/q/health/ready";
        assertEquals(200, system.get(ready, null).status());

        long stopped = System.nanoTime();
        system.infrastructure.stopKafka();
        report("## Broker outage\nKafka stopped (clean shutdown) in %s.", since(stopped));
        try {
            String[] health = new String[1];
            awaitTrue("family-service's readiness DOWN while the broker is away", EVENTUALLY, () -> {
                FaultDrillSystem.Answer answer = quietly(() -> system.get(ready, null));
                health[0] = answer == null ? "no answer" : answer.status() + " " + answer.body();
                return answer != null && answer.status() == 503;
            }, () -> health[0]);
            List<String> down = downChecks(health[0].substring(4));
            assertTrue(down.stream().anyMatch(name -> name.toLowerCase().contains("kafka")
                    || name.toLowerCase().contains("messaging")), "a messaging check is DOWN: " + health[0]);
            report("- readiness of family-service: 503, DOWN: %s (after %s)", down, since(stopped));

            long writing = System.nanoTime();
            for (int i = 0; i < writes; i++) {
                FaultDrillSystem.Answer answer = register(system.gateway(), family(district, "海沧街道"));
                assertEquals(201, answer.status(), answer.body());
            }
            long waiting = system.count("family", "SELECT count(*) FROM outbox_event WHERE published_at IS NULL");
            assertTrue(waiting >= writes, "the events wait in the outbox: " + waiting);
            report("- %d registrations during the outage, all 201, in %s; %d events waiting in family-service's outbox",
                    writes, since(writing), waiting);
            assertEquals(0, system.district(district).path("families").asInt(), "nothing reached the gateway yet");
        } finally {
            long restarting = System.nanoTime();
            system.infrastructure.startKafka();
            report("- Kafka started again on the same port and data in %s", since(restarting));
        }
        long back = System.nanoTime();
        awaitFamilies(district, writes);
        Duration delivered = since(back);
        awaitTrue("family-service ready again", EVENTUALLY,
                () -> answerIs(system.url("family-service") + "/q/health/ready", 200), () -> "not ready");
        awaitTrue("the outbox empty", EVENTUALLY, () -> quietlyCount("family",
                "SELECT count(*) FROM outbox_event WHERE published_at IS NULL") == 0, () -> "rows left");
        JsonNode figures = system.district(district);
        assertEquals(writes, figures.path("families").asInt());
        assertEquals(writes, figures.path("bereaved").asInt());
        assertEquals(writes, system.familiesInFamilyService(district));
        List<ConsumerRecord<String, String>> registered = eventsOf("family.events",
                "org.nuanxin.family.family-registered.v1", district);
        long distinct = registered.stream().map(r -> eventId(r.value())).distinct().count();
        assertEquals(writes, distinct, "one family-registered event per registration");
        report("- gateway's figure for 海沧区 exact (%d families, %d bereaved) %s after the broker was back; "
                        + "%d family-registered records on the topic, %d distinct event ids (the rest are at-least-once redeliveries)\n",
                writes, writes, delivered, registered.size(), distinct);
    }

    @Test
    @Order(3)
    void consumersKilledInABurstAndRestartedCountEveryEventOnce() throws Exception {
        String district = "350211";
        int writes = 80;
        AtomicInteger done = new AtomicInteger();
        AtomicInteger next = new AtomicInteger();
        ConcurrentLinkedQueue<String> failures = new ConcurrentLinkedQueue<>();
        ExecutorService writers = pool(4);
        List<Future<?>> running = new ArrayList<>();
        for (int w = 0; w < 4; w++) {
            running.add(writers.submit(() -> {
                while (next.getAndIncrement() < writes) {
                    FaultDrillSystem.Answer answer = quietly(() ->
                            register(system.url("family-service"), family(district, "集美街道")));
                    if (answer != null && answer.status() == 201) {
                        done.incrementAndGet();
                    } else {
                        failures.add(answer == null ? "no answer" : answer.status() + " " + answer.body());
                    }
                }
                return null;
            }));
        }
        awaitTrue("a quarter of the burst written", EVENTUALLY, () -> done.get() >= writes / 4, () -> done + " written");
        system.services.kill("gateway");
        system.services.kill("insurance-service");
        int atKill = done.get();
        long restarting = System.nanoTime();
        system.services.startAgain("insurance-service");
        system.services.startAgain("gateway");
        Duration restart = since(restarting);
        try {
            for (Future<?> writer : running) {
                writer.get(5, TimeUnit.MINUTES);
            }
        } finally {
            writers.shutdownNow();
        }
        assertTrue(failures.isEmpty(), "family-service kept answering: " + failures);
        assertEquals(writes, done.get());

        long back = System.nanoTime();
        awaitFamilies(district, writes);
        awaitTrue("one insured parent per family at the gateway", EVENTUALLY,
                () -> figure(district, "insurance", "enrolled") == writes,
                () -> String.valueOf(figure(district, "insurance", "enrolled")));
        JsonNode figures = system.district(district);
        assertEquals(writes, figures.path("families").asInt());
        assertEquals(writes, figures.path("bereaved").asInt());
        assertEquals(writes, figures.path("insurance").path("enrolled").asInt());
        assertEquals(writes, figures.path("insurance").path("insurable").asInt());
        report("""
                ## Consumer crash
                %d registrations from 4 writers; after %d, SIGKILL to the gateway and to insurance-service (both consume \
                family.events), restarted in %s while the burst went on. Figures of 集美区 exact %s later: %d families, \
                %d bereaved, %d insurable, %d enrolled (insurance-service enrolled each parent once, the gateway counted \
                each event once).
                """, writes, atKill, restart, since(back), writes, writes, writes, writes);
    }

    @Test
    @Order(4)
    void aThousandClaimsRetriedWithTheirKeysThroughDroppedConnectionsAreAThousandClaimsAndEvents() throws Exception {
        String district = "350213";
        List<String> parents = List.of(newIdNumber(), newIdNumber());
        register(system.gateway(), family(district, "新店街道", parents));
        awaitTrue("both parents insured", EVENTUALLY, () -> figure(district, "insurance", "enrolled") == 2,
                () -> String.valueOf(figure(district, "insurance", "enrolled")));

        int claims = 1000;
        String today = LocalDate.now(ZoneId.of("Asia/Shanghai")).toString();
        // through the gateway, as a hospital calls it: aborted uploads must not wear out the proxy either
        String url = system.gateway() + "/api/insurance/claims";
        Map<Integer, String> claimIds = new ConcurrentHashMap<>();
        AtomicInteger next = new AtomicInteger();
        AtomicInteger dropped = new AtomicInteger();
        AtomicInteger timedOut = new AtomicInteger();
        AtomicInteger inProgress = new AtomicInteger();
        AtomicInteger replays = new AtomicInteger();
        AtomicInteger attempts = new AtomicInteger();
        ConcurrentLinkedQueue<String> wrong = new ConcurrentLinkedQueue<>();
        long started = System.nanoTime();
        ExecutorService clients = pool(16);
        List<Future<?>> running = new ArrayList<>();
        for (int c = 0; c < 16; c++) {
            running.add(clients.submit(() -> {
                for (int i = next.getAndIncrement(); i < claims; i = next.getAndIncrement()) {
                    String key = UUID.randomUUID().toString();
                    String body = FaultDrillSystem.JSON.writeValueAsString(Map.of(
                            "patient", Map.of("identityNumber", parents.get(i % 2)),
                            "setting", "OUTPATIENT", "admissionDate", today, "dischargeDate", today, "inpatientDays", 0,
                            "diagnosisCodes", List.of("I10"),
                            "items", List.of(Map.of("code", "DRILL-" + i, "description", "演练药品", "category", "MEDICINE",
                                    "amount", "12.34")),
                            "attachments", List.of()));
                    String token = system.token("hospital-xianyue");
                    switch (i % 5) {
                        case 0 -> dropAfterSending(url, token, key, body, body.length());
                        case 1 -> dropAfterSending(url, token, key, body, body.length() / 2);
                        case 2 -> {
                            try {
                                attempts.incrementAndGet();
                                system.send(claimRequest(url, token, key, body, Duration.ofMillis(2)));
                            } catch (HttpTimeoutException expected) {
                                timedOut.incrementAndGet();
                            } catch (IOException alsoLost) {
                                // the retry below finds out what became of it
                            }
                        }
                        default -> {
                            // a plain first attempt below
                        }
                    }
                    if (i % 5 < 2) {
                        dropped.incrementAndGet();
                    }
                    String id = submitUntilAnswered(url, key, body, attempts, inProgress, wrong);
                    claimIds.put(i, id);
                    if (i % 5 == 3) {
                        // the answer was lost on the way back: the hospital sends the same claim again
                        String again = submitUntilAnswered(url, key, body, attempts, inProgress, wrong);
                        replays.incrementAndGet();
                        if (!again.equals(id)) {
                            wrong.add("key " + key + " answered claim " + id + " then " + again);
                        }
                    }
                }
                return null;
            }));
        }
        finish(running, clients, Duration.ofMinutes(10));
        Duration submitting = since(started);
        assertTrue(wrong.isEmpty(), "every retry answered as the first: " + wrong.stream().limit(5).toList());
        Set<String> distinctIds = new HashSet<>(claimIds.values());
        assertEquals(claims, claimIds.size());
        assertEquals(claims, distinctIds.size(), "one claim per Idempotency-Key");

        FaultDrillSystem.Answer listed = system.get(url + "?size=1", system.token("hospital-xianyue"));
        assertEquals(200, listed.status(), listed.body());
        assertEquals(claims, listed.json().path("total").asInt(), "claims stored");

        long waiting = System.nanoTime();
        awaitTrue("every claim applied at the gateway", EVENTUALLY, () -> claimsAtGateway(district) == claims,
                () -> String.valueOf(claimsAtGateway(district)));
        Duration applied = since(waiting);
        List<ConsumerRecord<String, String>> submitted = eventsOf("insurance.events",
                "org.nuanxin.insurance.claim-submitted.v1", null);
        Set<String> eventIds = submitted.stream().map(r -> eventId(r.value())).collect(Collectors.toSet());
        Set<String> submittedClaims = submitted.stream().map(r -> data(r.value()).path("claimId").asText())
                .collect(Collectors.toSet());
        assertEquals(claims, eventIds.size(), "one claim-submitted event per claim");
        assertEquals(distinctIds, submittedClaims, "the events are those of the claims answered");
        JsonNode insurance = system.district(district).path("insurance");
        report("""
                ## Idempotency under retries
                %d claims from 16 concurrent clients in %s, %d HTTP attempts: %d first attempts dropped by the client \
                (socket closed right after the request, or halfway through its body), %d cut by a 2 ms client timeout, \
                %d answered 409 while the first attempt was still being processed, %d answered 429 by the \
                hospital's rate limit and retried after its Retry-After, %d answered 502/504 problem+json by the \
                gateway (retried with the same key), %d sent again after a 201 (same claim id each time). Result: %d claims stored, %d claim-submitted events (%d records on the topic), \
                %d claims in the gateway's figures (%d approved, %d pending review, %d rejected) %s after the last answer.
                """, claims, submitting, attempts.get(), dropped.get(), timedOut.get(), inProgress.get(),
                RATE_LIMITED.get(), UNANSWERED_UPSTREAM.get(), replays.get(),
                listed.json().path("total").asInt(), eventIds.size(), submitted.size(), claimsAtGateway(district),
                insurance.path("claimsApproved").asLong(), insurance.path("claimsPendingReview").asLong(),
                insurance.path("claimsRejected").asLong(), applied);
    }

    @Test
    @Order(5)
    void aServiceStoppedUnderLoadFinishesItsRequestsAndRelaysTheirEventsBeforeItExits() throws Exception {
        String district = "350206";
        AtomicBoolean stop = new AtomicBoolean();
        AtomicInteger created = new AtomicInteger();
        ConcurrentLinkedQueue<String> outcomes = new ConcurrentLinkedQueue<>();
        ExecutorService writers = pool(4);
        List<Future<?>> running = new ArrayList<>();
        for (int w = 0; w < 4; w++) {
            running.add(writers.submit(() -> {
                while (!stop.get()) {
                    try {
                        FaultDrillSystem.Answer answer = register(system.url("family-service"), family(district, "湖里街道"));
                        if (answer.status() == 201) {
                            created.incrementAndGet();
                        } else {
                            outcomes.add(String.valueOf(answer.status()));
                        }
                    } catch (ConnectException gone) {
                        outcomes.add("connection refused");
                        return null;
                    } catch (IOException broken) {
                        outcomes.add("connection closed: " + broken.getClass().getSimpleName());
                    }
                }
                return null;
            }));
        }
        awaitTrue("writes flowing", EVENTUALLY, () -> created.get() >= 15, () -> created + " written");
        long terminating = System.nanoTime();
        int exit = system.services.terminate("family-service", Duration.ofMinutes(1));
        try {
            Duration stopping = since(terminating);
            stop.set(true);
            finish(running, writers, Duration.ofMinutes(2));

            long stored = system.count("family",
                    "SELECT count(*) FROM family WHERE district_code = '" + district + "'");
            // the events of this drill's registrations; a consumer of other services' events may still write one
            // after the last drain, and it waits in the outbox for the next start (reported, not a failure)
            long unsent = system.count("family", "SELECT count(*) FROM outbox_event o JOIN family f "
                    + "ON o.aggregate_id = f.id::text WHERE f.district_code = '" + district + "' "
                    + "AND o.published_at IS NULL");
            long unsentOther = system.count("family",
                    "SELECT count(*) FROM outbox_event WHERE published_at IS NULL") - unsent;
            // a request whose connection closed under it has no answer: stored or not, the caller cannot know, and a
            // retry of it meets the registry's duplicate check; every one answered 201 must be stored, and nothing more
            long answerLost = outcomes.stream().filter(outcome -> outcome.startsWith("connection closed")).count();
            assertTrue(stored >= created.get() && stored <= created.get() + answerLost,
                    "every 201 is stored, besides them at most the " + answerLost + " requests whose answer was lost: "
                            + stored + " stored, " + created.get() + " answered 201, outcomes " + outcomes);
            assertEquals(0, unsent, "the registrations' events were relayed before the service exited");
            // family-service is still down: whatever reaches the gateway now was relayed before it exited
            awaitFamilies(district, (int) stored);
            String relayLog = Files.readAllLines(system.runDirectory.resolve("family-service.log")).stream()
                    .filter(line -> line.contains("outbox relay stopped")).reduce((a, b) -> b).orElse("(no line)");
            report("""
                    ## Graceful shutdown
                    SIGTERM to family-service while 4 writers registered families: it exited with %d after %s; \
                    %d registrations answered 201, all stored; other outcomes %s; %d families stored in all; none of their events \
                    left in its outbox (%d other events, written by its consumers after the last drain, wait there for \
                    the next start); the gateway counted all %d while family-service was still down. Its log: `%s`
                    """, exit, stopping, created.get(), summary(outcomes), stored, unsentOther, stored,
                    relayLog.replaceAll("^.*(outbox relay stopped.*)$", "$1"));
        } finally {
            // the next drills need it, whatever this one found
            system.services.startAgain("family-service");
        }
    }

    @Test
    @Order(6)
    void postgresRestartedUnderLoadAnswers503FastAndLeavesNoPartialWrite() throws Exception {
        String district = "350212";
        String city = system.token("city");
        system.token("hospital-xianyue");
        AtomicBoolean stop = new AtomicBoolean();
        AtomicInteger created = new AtomicInteger();
        AtomicInteger unavailable = new AtomicInteger();
        AtomicLong slowest503 = new AtomicLong();
        AtomicLong firstCreatedAfterRestart = new AtomicLong();
        AtomicLong restartedAt = new AtomicLong(Long.MAX_VALUE);
        ConcurrentLinkedQueue<String> wrong = new ConcurrentLinkedQueue<>();
        ExecutorService writers = pool(3);
        List<Future<?>> running = new ArrayList<>();
        for (int w = 0; w < 3; w++) {
            running.add(writers.submit(() -> {
                while (!stop.get()) {
                    FaultDrillSystem.Answer answer;
                    try {
                        answer = system.post(system.url("family-service") + "/api/families", city,
                                family(district, "大同街道"), Map.of());
                    } catch (HttpTimeoutException hung) {
                        wrong.add("no answer within 30 s");
                        continue;
                    }
                    if (answer.status() == 201) {
                        created.incrementAndGet();
                        if (System.nanoTime() > restartedAt.get()) {
                            firstCreatedAfterRestart.compareAndSet(0, System.nanoTime());
                        }
                    } else if (answer.status() == 503 && "application/problem+json".equals(answer.contentType())
                            && answer.json().path("status").asInt() == 503 && answer.header("Retry-After") != null) {
                        unavailable.incrementAndGet();
                        slowest503.accumulateAndGet(answer.took().toMillis(), Math::max);
                        pause(Duration.ofMillis(200));
                    } else {
                        wrong.add(answer.status() + " " + answer.contentType() + " " + answer.body());
                    }
                }
                return null;
            }));
        }
        awaitTrue("writes flowing", EVENTUALLY, () -> created.get() >= 10, () -> created + " written");
        long stopping = System.nanoTime();
        system.infrastructure.stopPostgres();
        int beforeGap = created.get();
        String ready = system.url("family-service") + "/q/health/ready";
        String[] health = new String[1];
        try {
            awaitTrue("requests answered 503 during the gap", EVENTUALLY, () -> unavailable.get() >= 6,
                    () -> unavailable + " answers 503, " + wrong);
            awaitTrue("family-service's readiness DOWN", EVENTUALLY, () -> {
                FaultDrillSystem.Answer answer = quietly(() -> system.get(ready, null));
                health[0] = answer == null ? "no answer" : answer.status() + " " + answer.body();
                return answer != null && answer.status() == 503;
            }, () -> health[0]);
        } finally {
            system.infrastructure.startPostgres();
            restartedAt.set(System.nanoTime());
        }
        Duration gap = since(stopping);
        awaitTrue("writes succeeding again without restarting any service", EVENTUALLY,
                () -> firstCreatedAfterRestart.get() != 0 && created.get() >= beforeGap + 10, () -> created + " written");
        stop.set(true);
        finish(running, writers, Duration.ofMinutes(2));
        assertTrue(wrong.isEmpty(), "every answer 201 or 503 problem+json with Retry-After: " + wrong);

        long stored = system.familiesInFamilyService(district);
        assertEquals(created.get(), stored, "a registration is stored exactly when it was answered 201");
        awaitFamilies(district, created.get());
        for (String module : List.of("family-service", "volunteer-service", "insurance-service", "care-home-service", "gateway")) {
            awaitTrue(module + " ready again", EVENTUALLY, () -> answerIs(system.url(module) + "/q/health/ready", 200),
                    () -> "not ready");
        }
        List<String> down = downChecks(health[0].substring(4));
        assertTrue(down.stream().anyMatch(name -> name.toLowerCase().contains("database")), health[0]);
        report("""
                ## Database restart
                PostgreSQL stopped (fast shutdown) while 3 writers registered families, started again after %s. \
                %d registrations answered 201 (%d before the stop), %d answered 503 problem+json with Retry-After, \
                the slowest of them in %d ms; readiness DOWN: %s. First 201 %s after the restart, no service restarted; \
                %d families stored, the gateway counted %d.
                """, gap, created.get(), beforeGap, unavailable.get(), slowest503.get(), down,
                Duration.ofNanos(firstCreatedAfterRestart.get() - restartedAt.get()).truncatedTo(java.time.temporal.ChronoUnit.MILLIS),
                stored, created.get());
    }

    // ---- helpers ----------------------------------------------------------------------------------------------------

    private final List<ExecutorService> pools = new ArrayList<>();

    /** Writers and clients of one drill, stopped when it ends however it ends, so they never load the next drill. */
    private ExecutorService pool(int threads) {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        pools.add(pool);
        return pool;
    }

    @AfterEach
    void stopTheDrillsThreads() {
        pools.forEach(ExecutorService::shutdownNow);
    }

    private static FaultDrillSystem.Answer register(String base, Map<String, Object> family)
            throws IOException, InterruptedException {
        String path = base.equals(system.gateway()) ? "/api/family/families" : "/api/families";
        return system.post(base + path, system.token("city"), family, Map.of());
    }

    private static void awaitFamilies(String district, int expected) {
        awaitTrue("the gateway counting " + expected + " families in " + district, EVENTUALLY,
                () -> figure(district, null, "families") == expected,
                () -> String.valueOf(figure(district, null, "families")));
    }

    private static long figure(String district, String block, String name) {
        JsonNode figures = quietly(() -> system.district(district));
        if (figures == null) {
            return -1;
        }
        return (block == null ? figures : figures.path(block)).path(name).asLong(-1);
    }

    private static long claimsAtGateway(String district) {
        JsonNode figures = quietly(() -> system.district(district));
        if (figures == null) {
            return -1;
        }
        JsonNode insurance = figures.path("insurance");
        return insurance.path("claimsPendingReview").asLong() + insurance.path("claimsApproved").asLong()
                + insurance.path("claimsRejected").asLong();
    }

    private static JsonNode deadLetterAlerts() {
        FaultDrillSystem.Answer answer = quietly(() -> system.get(
                system.gateway() + "/api/supervision/alerts?kind=DEAD_LETTER&size=100", system.token("city")));
        return answer == null || answer.status() != 200 ? FaultDrillSystem.JSON.createArrayNode()
                : answer.json().path("items");
    }

    private static HttpRequest claimRequest(String url, String token, String key, String body, Duration timeout) {
        return HttpRequest.newBuilder(URI.create(url)).timeout(timeout)
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .header("Idempotency-Key", key)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
    }

    /** Sends a claim and retries it, same key, until it is answered 201; returns the claim id. */
    /** Waits for each of a drill's workers (a failure in one fails the drill), then stops their pool. */
    private static void finish(List<Future<?>> running, ExecutorService pool, Duration eachWithin) throws Exception {
        try {
            for (Future<?> worker : running) {
                worker.get(eachWithin.toMillis(), TimeUnit.MILLISECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    /** Answers 429 (the hospital's rate limit) met by the idempotency drill's retries. */
    private static final AtomicInteger RATE_LIMITED = new AtomicInteger();
    /** Answers 502/504 problem+json with Retry-After from the gateway met by the idempotency drill's retries. */
    private static final AtomicInteger UNANSWERED_UPSTREAM = new AtomicInteger();

    private static String submitUntilAnswered(String url, String key, String body, AtomicInteger attempts,
                                              AtomicInteger inProgress, ConcurrentLinkedQueue<String> wrong) throws Exception {
        for (int attempt = 0; attempt < 200; attempt++) {
            attempts.incrementAndGet();
            FaultDrillSystem.Answer answer;
            try {
                answer = system.send(claimRequest(url, system.token("hospital-xianyue"), key, body, Duration.ofSeconds(30)));
            } catch (IOException lost) {
                continue;
            }
            if (answer.status() == 201) {
                return answer.json().path("id").asText();
            }
            if (answer.status() == 409) {
                inProgress.incrementAndGet();
                pause(Duration.ofMillis(100));
                continue;
            }
            if (answer.status() == 429 && answer.header("Retry-After") != null) {
                // the hospital's rate limit: wait as told, as a well-behaved client does
                RATE_LIMITED.incrementAndGet();
                pause(Duration.ofSeconds(Math.min(5, Long.parseLong(answer.header("Retry-After")))));
                continue;
            }
            if (answer.status() >= 502 && answer.status() <= 504 && answer.header("Retry-After") != null) {
                // the gateway could not get the service's answer (a connection the service closed under another
                // caller's abort): the claim may or may not have been received, and the same key tells
                UNANSWERED_UPSTREAM.incrementAndGet();
                pause(Duration.ofMillis(200));
                continue;
            }
            wrong.add(answer.status() + " " + answer.body());
            throw new AssertionError("claim answered " + answer.status() + ": " + answer.body());
        }
        throw new AssertionError("claim " + key + " never answered 201");
    }

    /**
     * A client that goes away: writes the request (or its first {@code bodyBytes} bytes) on a raw connection and
     * resets it at once, without reading any answer.
     */
    private static void dropAfterSending(String url, String token, String key, String body, int bodyBytes)
            throws IOException {
        URI uri = URI.create(url);
        byte[] content = body.getBytes(StandardCharsets.UTF_8);
        String head = "POST " + uri.getPath() + " HTTP/1.1\r\nHost: " + uri.getHost() + ":" + uri.getPort()
                + "\r\nAuthorization: Bearer " + token + "\r\nContent-Type: application/json\r\nIdempotency-Key: " + key
                + "\r\nContent-Length: " + content.length + "\r\n\r\n";
        try (Socket socket = new Socket(uri.getHost(), uri.getPort())) {
            socket.setSoLinger(true, 0);
            OutputStream out = socket.getOutputStream();
            out.write(head.getBytes(StandardCharsets.US_ASCII));
            out.write(content, 0, Math.min(content.length, bodyBytes));
            out.flush();
        }
    }

    private List<ConsumerRecord<String, String>> eventsOf(String topic, String type, String district) {
        return system.records(topic).stream().filter(r -> {
            JsonNode event = parse(r.value());
            return event != null && type.equals(event.path("type").asText())
                    && (district == null || district.equals(event.path("data").path("districtCode").asText()));
        }).toList();
    }

    private static JsonNode parse(String value) {
        try {
            return FaultDrillSystem.JSON.readTree(value);
        } catch (IOException notJson) {
            return null;
        }
    }

    private static String eventId(String value) {
        return parse(value).path("id").asText();
    }

    private static JsonNode data(String value) {
        return parse(value).path("data");
    }

    private static String header(ConsumerRecord<String, String> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? "" : new String(header.value(), StandardCharsets.UTF_8);
    }

    /** The names of the checks a health answer reports DOWN. */
    private static List<String> downChecks(String body) {
        List<String> down = new ArrayList<>();
        JsonNode health = parse(body);
        if (health != null) {
            for (JsonNode check : health.path("checks")) {
                if ("DOWN".equals(check.path("status").asText())) {
                    down.add(check.path("name").asText());
                }
            }
        }
        return down;
    }

    private static boolean answerIs(String url, int status) {
        FaultDrillSystem.Answer answer = quietly(() -> system.get(url, null));
        return answer != null && answer.status() == status;
    }

    private static long quietlyCount(String database, String sql) {
        try {
            return system.count(database, sql);
        } catch (Exception e) {
            return -1;
        }
    }

    private interface Call<T> {
        T call() throws Exception;
    }

    private static <T> T quietly(Call<T> call) {
        try {
            return call.call();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (Exception e) {
            return null;
        }
    }

    private static String summary(ConcurrentLinkedQueue<String> outcomes) {
        Map<String, Long> counted = outcomes.stream().collect(Collectors.groupingBy(o -> o, Collectors.counting()));
        return counted.isEmpty() ? "none" : counted.toString();
    }

    private static Duration since(long startedNanos) {
        return Duration.ofMillis((System.nanoTime() - startedNanos) / 1_000_000);
    }

    private static void report(String format, Object... args) {
        String line = args.length == 0 ? format : String.format(format, args);
        REPORT.add(line);
        System.out.println("[fault-drills] " + line);
    }
}
