package org.nuanxin.bench;

import com.fasterxml.jackson.databind.JsonNode;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Write to screen: one city coordinator's screen follows {@code /api/supervision/stream}; families of 翔安区 are
 * written at a constant rate (open model: each on schedule, whatever the earlier ones take) and each one's latency is
 * from its write to the first SSE frame whose 翔安区 count includes it. Two ways in:
 * <ul>
 *   <li><b>registration</b>: {@code POST /api/family/families} through the gateway, from its HTTP 201 to the frame —
 *       the whole way (family-service's transaction and outbox relay, Kafka, the gateway's projection, the frame).
 *       A consumer on {@code family.events} also notes when each family's event reached the broker, which splits the
 *       way in two. Only at rates family-service can take on this machine.</li>
 *   <li><b>event</b>: family-service's {@code family-registered} event produced straight to the broker (as its relay
 *       sends it), from {@code send()} to the frame: the gateway's part alone, at 50, 200 and 500 events/s.</li>
 * </ul>
 */
final class ScreenLatency {

    static final String XIANGAN = "350213";

    record Step(String way, int rate, int sent, int written, int errors, double achieved, int seen, double p50,
                double p99, double max, double brokerP50, double brokerP99, double projectedP50, double projectedP99) {
    }

    private final Bench bench;
    private final int seconds;
    private final int[] registrationRates;
    private final int[] eventRates;
    private final List<Step> steps = new ArrayList<>();
    private final AtomicInteger identity = new AtomicInteger();

    ScreenLatency(Bench bench) {
        this.bench = bench;
        this.seconds = bench.options.seconds();
        this.registrationRates = bench.options.quick() ? new int[] {5} : new int[] {5, 10};
        this.eventRates = bench.options.quick() ? new int[] {50} : new int[] {50, 200, 500};
    }

    void run() throws Exception {
        String token = bench.userToken("city");
        try (Frames frames = Frames.follow(bench, token); Projected projected = new Projected(bench)) {
            for (int rate : registrationRates) {
                steps.add(registrations(frames, projected, token, rate));
                Bench.log("write to screen " + steps.get(steps.size() - 1));
                bench.settle();
            }
            // unrecorded: the gateway's path for these events warms up (its JIT), as the claims steps do
            Step warmup = events(frames, projected, eventRates[0], Bench.WARMUP);
            Bench.log("write to screen: warm-up " + warmup);
            for (int rate : eventRates) {
                steps.add(events(frames, projected, rate, seconds));
                Bench.log("write to screen " + steps.get(steps.size() - 1));
            }
        }
    }

    private Step registrations(Frames frames, Projected projected, String token, int rate) throws Exception {
        int base = frames.latest();
        int projectedBase = projected.latest();
        List<Long> toProjection = Collections.synchronizedList(new ArrayList<>());
        java.util.concurrent.atomic.AtomicLong lastWritten = new java.util.concurrent.atomic.AtomicLong();
        int total = rate * seconds;
        AtomicInteger written = new AtomicInteger();
        AtomicInteger errors = new AtomicInteger();
        List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
        Map<UUID, Long> createdAt = new ConcurrentHashMap<>();
        List<CompletableFuture<?>> pending = new ArrayList<>();
        long start;
        try (BrokerWatch broker = BrokerWatch.start(bench.infrastructure.endpoints().kafkaBootstrapServers())) {
            start = System.nanoTime();
            for (int i = 0; i < total; i++) {
                sleepUntil(start + (long) i * 1_000_000_000L / rate);
                HttpRequest request = HttpRequest.newBuilder(URI.create(bench.gatewayUrl() + "/api/family/families"))
                        .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                        .timeout(Duration.ofSeconds(30))
                        .POST(HttpRequest.BodyPublishers.ofString(registration(identity.incrementAndGet()))).build();
                pending.add(bench.http.sendAsync(request, HttpResponse.BodyHandlers.ofString()).handle((response, failure) -> {
                    long created = System.nanoTime();
                    if (failure != null || response.statusCode() != 201) {
                        errors.incrementAndGet();
                        return null;
                    }
                    createdAt.put(familyId(response.body()), created);
                    lastWritten.accumulateAndGet(created, Math::max);
                    int k = written.incrementAndGet();
                    return CompletableFuture.allOf(
                            projected.seen(projectedBase + k).thenAccept(at -> toProjection.add(Math.max(0, at - created))),
                            frames.seen(base + k).thenAccept(seen -> latencies.add(Math.max(0, seen - created))));
                }).thenCompose(next -> next == null ? CompletableFuture.completedFuture(null) : next));
            }
            waitFor(pending);
            List<Long> toBroker = broker.latenciesSince(createdAt);
            return step("registration", rate, total, written.get(), errors.get(), start, lastWritten.get(), latencies,
                    toBroker, toProjection);
        }
    }

    private Step events(Frames frames, Projected projected, int rate, int seconds) throws Exception {
        int base = frames.latest();
        int projectedBase = projected.latest();
        List<Long> toProjection = Collections.synchronizedList(new ArrayList<>());
        long lastSent = 0;
        int total = rate * seconds;
        List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
        List<CompletableFuture<?>> pending = new ArrayList<>();
        AtomicInteger errors = new AtomicInteger();
        Map<UUID, Long> sentAt = new ConcurrentHashMap<>();
        long start;
        try (BrokerWatch broker = BrokerWatch.start(bench.infrastructure.endpoints().kafkaBootstrapServers());
             KafkaProducer<String, String> producer =
                     SyntheticEvents.producer(bench.infrastructure.endpoints().kafkaBootstrapServers(), 0)) {
            start = System.nanoTime();
            for (int i = 1; i <= total; i++) {
                sleepUntil(start + (long) (i - 1) * 1_000_000_000L / rate);
                UUID family = UUID.randomUUID();
                long sent = System.nanoTime();
                lastSent = sent;
                sentAt.put(family, sent);
                producer.send(SyntheticEvents.record(family, SyntheticEvents.familyRegistered(family, XIANGAN, "新店街道",
                        OffsetDateTime.now(ZoneOffset.UTC))), (metadata, failure) -> {
                    if (failure != null) {
                        errors.incrementAndGet();
                    }
                });
                pending.add(projected.seen(projectedBase + i).thenAccept(at -> toProjection.add(Math.max(0, at - sent))));
                pending.add(frames.seen(base + i).thenAccept(seen -> latencies.add(Math.max(0, seen - sent))));
            }
            producer.flush();
            waitFor(pending);
            List<Long> toBroker = broker.latenciesSince(sentAt);
            return step("event", rate, total, total - errors.get(), errors.get(), start, lastSent, latencies, toBroker,
                    toProjection);
        }
    }

    /** Latencies in ns; the achieved rate is the writes over the time from the first send to the last write. */
    private static Step step(String way, int rate, int total, int written, int errors, long start, long lastWritten,
                             List<Long> toScreen, List<Long> toBroker, List<Long> toProjection) {
        List<Long> screen = sorted(toScreen);
        List<Long> broker = sorted(toBroker);
        List<Long> projection = sorted(toProjection);
        double elapsed = Math.max(1e-3, (lastWritten - start) / 1e9 + 1.0 / rate);
        return new Step(way, rate, total, written, errors, written / elapsed, screen.size(),
                Bench.percentile(screen, 50) / 1e6, Bench.percentile(screen, 99) / 1e6,
                screen.isEmpty() ? Double.NaN : screen.get(screen.size() - 1) / 1e6,
                Bench.percentile(broker, 50) / 1e6, Bench.percentile(broker, 99) / 1e6,
                Bench.percentile(projection, 50) / 1e6, Bench.percentile(projection, 99) / 1e6);
    }

    private static List<Long> sorted(List<Long> values) {
        List<Long> sorted;
        synchronized (values) {
            sorted = new ArrayList<>(values);
        }
        Collections.sort(sorted);
        return sorted;
    }

    private static UUID familyId(String body) {
        try {
            return UUID.fromString(Bench.JSON.readTree(body).get("id").asText());
        } catch (java.io.IOException e) {
            throw new IllegalStateException("a 201 without the family's id: " + body, e);
        }
    }

    /** Waits at most a minute for the frames the writes are waiting for; what is not seen by then counts as unseen. */
    private static void waitFor(List<CompletableFuture<?>> pending) throws InterruptedException {
        try {
            CompletableFuture.allOf(pending.toArray(CompletableFuture[]::new)).get(60, TimeUnit.SECONDS);
        } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
            Bench.log("write to screen: not every write reached the screen within a minute (" + e + ")");
        }
    }

    private static void sleepUntil(long due) throws InterruptedException {
        long wait = due - System.nanoTime();
        if (wait > 0) {
            Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
        }
    }

    /** A 翔安区 family of one mother with a unique, checksum-valid identity number. */
    private static String registration(int n) {
        String birth = String.format(Locale.ROOT, "%04d%02d%02d", 1945 + n / 10_000 % 20, 1 + n / 1_000 % 10, 1 + n % 28);
        String first17 = XIANGAN + birth + String.format(Locale.ROOT, "%03d", n % 1000);
        int[] weights = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (first17.charAt(i) - '0') * weights[i];
        }
        String idNumber = first17 + "10X98765432".charAt(sum % 11);
        return """
                {"category":"BEREAVED","districtCode":"%s","street":"新店街道","community":"洪前社区","address":"洪前路 %d 号",
                 "members":[{"name":"陈秀英","relation":"MOTHER","idNumber":"%s","phone":"13906001122","livingAlone":true}]}"""
                .formatted(XIANGAN, n, idNumber);
    }

    String section(String context, String absorption) {
        List<String> lines = new ArrayList<>();
        lines.add("<!-- supervision:start -->");
        lines.add("## Supervision: write to screen and projection absorption (gateway)");
        lines.add("");
        lines.add(context);
        lines.add("");
        lines.add("**Write to screen**: one city coordinator's screen follows `/api/supervision/stream` (frames coalesce "
                + "changes within 100 ms); families of 翔安区 are written at a constant rate for " + seconds + " s (open "
                + "model) and each one's latency runs from its write to the first SSE frame whose 翔安区 count includes "
                + "it. *registration*: `POST /api/family/families` through the gateway, from the HTTP 201 — the whole "
                + "way; a consumer on `family.events` notes when each family's event reached the broker (*to broker*: "
                + "family-service's commit and outbox relay). *To read model*: when the gateway's count of active "
                + "翔安区 families (polled with JDBC every 5 ms) first included it — the rest to the screen is the "
                + "frame's coalescing, snapshot and push. *event*: family-service's `family-registered` event "
                + "produced straight to the broker as its relay sends it, from `send()` — the gateway's part alone, at "
                + "rates the whole stack cannot register at on two cores (every registration sets off work in every "
                + "service: enrolment, the family's card, the site's lists); " + Bench.WARMUP + " s of them at the first rate "
                + "went unrecorded first. The raw broker floor is the Kafka section "
                + "below, same run.");
        lines.add("");
        lines.add("| way | per s | sent | written | errors | achieved/s | on screen | **to screen p50 ms** | **p99 ms** | max ms | to broker p50 / p99 ms | to read model p50 / p99 ms |");
        lines.add("|---|---|---|---|---|---|---|---|---|---|---|---|");
        for (Step s : steps) {
            lines.add(String.format(Locale.ROOT, "| %s | %d | %d | %d | %d | %.1f | %d | %s | %s | %s | %s / %s | %s / %s |",
                    s.way(), s.rate(), s.sent(), s.written(), s.errors(), s.achieved(), s.seen(), ms(s.p50()),
                    ms(s.p99()), ms(s.max()), ms(s.brokerP50()), ms(s.brokerP99()), ms(s.projectedP50()),
                    ms(s.projectedP99())));
        }
        lines.add("");
        Step at200 = steps.stream().filter(s -> s.rate() == 200).findFirst().orElse(null);
        if (at200 != null) {
            lines.add(String.format(Locale.ROOT, "Target p99 < 250 ms at 200 events/s: %s (p99 %s ms, events produced "
                    + "to the broker; a registration adds family-service's 201 → broker above).",
                    at200.p99() < 250 && at200.seen() == at200.sent() ? "**met**" : "**missed**", ms(at200.p99())));
            lines.add("");
        }
        lines.add(absorption);
        lines.add("<!-- supervision:end -->");
        return String.join("\n", lines);
    }

    private static String ms(double value) {
        return Double.isNaN(value) ? "–" : String.format(Locale.ROOT, "%.0f", value);
    }

    /**
     * A count of 翔安区 families as some observer sees it over time: completes, for each count, the waiters for it
     * with the time (nanoTime) the count was first seen at or above it.
     */
    abstract static class CountWatch implements AutoCloseable {
        private final ConcurrentSkipListMap<Integer, Long> firstSeen = new ConcurrentSkipListMap<>();
        private final ConcurrentSkipListMap<Integer, List<CompletableFuture<Long>>> waiters = new ConcurrentSkipListMap<>();
        private volatile int latest = -1;

        void observe(int count, long at) {
            firstSeen.putIfAbsent(count, at);
            latest = count;
            Map.Entry<Integer, List<CompletableFuture<Long>>> due;
            while ((due = waiters.firstEntry()) != null && due.getKey() <= count) {
                waiters.remove(due.getKey());
                due.getValue().forEach(waiter -> waiter.complete(at));
            }
        }

        int latest() {
            return latest;
        }

        void awaitFirst(String what) throws InterruptedException {
            long deadline = System.nanoTime() + 30_000_000_000L;
            while (latest < 0) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException(what + " showed no count of 翔安区 families in 30 s");
                }
                Thread.sleep(20);
            }
        }

        /** Completes with the time the count was first seen at or above {@code count}. */
        CompletableFuture<Long> seen(int count) {
            CompletableFuture<Long> waiter = new CompletableFuture<>();
            waiters.compute(count, (key, list) -> {
                List<CompletableFuture<Long>> all = list == null ? Collections.synchronizedList(new ArrayList<>()) : list;
                all.add(waiter);
                return all;
            });
            // the count may have been seen before the waiter was there
            firstSeen.tailMap(count).values().stream().min(Long::compare).ifPresent(waiter::complete);
            return waiter;
        }
    }

    /** The coordinator's screen: the SSE stream read on a thread of its own. */
    static final class Frames extends CountWatch {
        private static final Pattern COUNT = Pattern.compile(
                "\"districtCode\":\"" + XIANGAN + "\",\"districtName\":\"[^\"]+\",\"families\":(\\d+)");
        private final CompletableFuture<HttpResponse<Stream<String>>> stream;

        private Frames(CompletableFuture<HttpResponse<Stream<String>>> stream) {
            this.stream = stream;
        }

        static Frames follow(Bench bench, String token) throws Exception {
            HttpRequest request = HttpRequest.newBuilder(URI.create(bench.gatewayUrl() + "/api/supervision/stream"))
                    .header("Authorization", "Bearer " + token).header("Accept", "text/event-stream").GET().build();
            Frames frames = new Frames(bench.http.sendAsync(request, HttpResponse.BodyHandlers.ofLines()));
            Thread reader = new Thread(frames::read, "bench-frames");
            reader.setDaemon(true);
            reader.start();
            frames.awaitFirst("the supervision stream");
            return frames;
        }

        private void read() {
            try (Stream<String> lines = stream.get().body()) {
                lines.forEach(line -> {
                    long at = System.nanoTime();
                    if (line.startsWith("data:")) {
                        Matcher match = COUNT.matcher(line);
                        if (match.find()) {
                            observe(Integer.parseInt(match.group(1)), at);
                        }
                    }
                });
            } catch (Exception e) {
                // closed at the end of the measurement
            }
        }

        @Override
        public void close() {
            stream.thenAccept(response -> response.body().close());
            stream.cancel(true);
        }
    }

    /**
     * The gateway's read model itself: its count of active 翔安区 families polled every 5 ms with JDBC, which
     * splits the way after the broker into the projection (event applied and committed) and the push (frame).
     */
    static final class Projected extends CountWatch {
        private final AtomicBoolean stop = new AtomicBoolean();
        private final Thread thread;

        Projected(Bench bench) throws Exception {
            java.sql.Connection db = bench.database("gateway");
            thread = new Thread(() -> {
                try (db; java.sql.PreparedStatement count = db.prepareStatement("SELECT count(*) FROM supervised_family "
                        + "WHERE district_code = '" + XIANGAN + "' AND active")) {
                    while (!stop.get()) {
                        try (java.sql.ResultSet rows = count.executeQuery()) {
                            rows.next();
                            observe(rows.getInt(1), System.nanoTime());
                        }
                        Thread.sleep(5);
                    }
                } catch (Exception e) {
                    Bench.log("write to screen: the read-model watch stopped: " + e);
                }
            }, "bench-projected");
            thread.setDaemon(true);
            thread.start();
            awaitFirst("the gateway's read model");
        }

        @Override
        public void close() throws InterruptedException {
            stop.set(true);
            thread.join(5_000);
        }
    }

    /** Notes when each registered family's event reached the broker (the end of family-service's part). */
    static final class BrokerWatch implements AutoCloseable {
        final Map<UUID, Long> arrivals = new ConcurrentHashMap<>();
        private final AtomicBoolean stop = new AtomicBoolean();
        private final Thread thread;

        private BrokerWatch(String bootstrap, CompletableFuture<Void> ready) {
            thread = new Thread(() -> {
                try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(Map.of(
                        ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                        ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false"),
                        new StringDeserializer(), new StringDeserializer())) {
                    List<TopicPartition> partitions = consumer.partitionsFor(SyntheticEvents.TOPIC, Duration.ofSeconds(10))
                            .stream().map(p -> new TopicPartition(p.topic(), p.partition())).toList();
                    consumer.assign(partitions);
                    consumer.seekToEnd(partitions);
                    partitions.forEach(consumer::position);
                    ready.complete(null);
                    while (!stop.get()) {
                        for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(20))) {
                            long at = System.nanoTime();
                            if (record.value().contains("family-registered")) {
                                JsonNode event = Bench.JSON.readTree(record.value());
                                arrivals.putIfAbsent(UUID.fromString(event.path("data").path("familyId").asText()), at);
                            }
                        }
                    }
                } catch (Exception e) {
                    ready.completeExceptionally(e);
                }
            }, "bench-broker-watch");
            thread.setDaemon(true);
            thread.start();
        }

        /** For each family written at the given time (nanoTime), how long until its event was on the broker. */
        List<Long> latenciesSince(Map<UUID, Long> written) {
            List<Long> latencies = new ArrayList<>();
            written.forEach((family, at) -> {
                Long arrived = arrivals.get(family);
                if (arrived != null) {
                    latencies.add(Math.max(0, arrived - at));
                }
            });
            return latencies;
        }

        static BrokerWatch start(String bootstrap) throws Exception {
            CompletableFuture<Void> ready = new CompletableFuture<>();
            BrokerWatch watch = new BrokerWatch(bootstrap, ready);
            ready.get(30, TimeUnit.SECONDS);
            return watch;
        }

        @Override
        public void close() throws InterruptedException {
            stop.set(true);
            thread.join(5_000);
        }
    }
}
