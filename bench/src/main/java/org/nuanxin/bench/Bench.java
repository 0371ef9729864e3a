package org.nuanxin.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.nuanxin.infra.LocalInfrastructure;
import org.nuanxin.infra.ServiceProcesses;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * {@code ./bench/run.sh}: starts the built system exactly as {@code ./run.sh} does (local-infra's
 * {@link LocalInfrastructure} and {@link ServiceProcesses}, {@code -Xmx256m} per service), but on free ports, in a
 * fresh directory under {@code bench/target/stack}, without demo data; measures it; writes the figures with the
 * machine and the date into {@code docs/benchmarks.md}, one marked section per measurement; stops every process it
 * started.
 *
 * <p>Options: {@code --seconds N} per load step (10, after 5 s of warm-up), {@code --quick} (a short trial: two steps per ladder, 5 s each),
 * {@code --replay N} events made up for the projection replay (1,000,000; 20,000 with {@code --quick}),
 * {@code --registry N} families generated for the registry (1,000,000 with 20 calls and visits each; 5,000 with
 * {@code --quick}),
 * {@code --skip footprint,claims,scaling,kafka,screen,rebuild,browser,registry,jfr} (the footprint is measured anyway, as
 * the stack starts, but its section is not rewritten).
 */
public final class Bench {

    static final List<String> SERVICES =
            List.of("family-service", "volunteer-service", "insurance-service", "care-home-service", "gateway");
    static final ObjectMapper JSON = new ObjectMapper();
    /** Seconds each load step runs at its rate before it records. */
    static final int WARMUP = 5;
    /** Vite's port, one the realm's SPA client accepts as a redirect target, so the browser can log in. */
    static final int BROWSER_PORT = 5173;

    final Path root;
    final Path work;
    final Options options;
    final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    final List<ServiceProcesses> running = Collections.synchronizedList(new ArrayList<>());
    LocalInfrastructure infrastructure;
    final Map<String, Integer> ports = new LinkedHashMap<>();
    final Map<String, String> sections = new LinkedHashMap<>();
    final Path jfrFile;

    record Options(int seconds, boolean quick, List<String> skip, String note, int replayEvents, int registryFamilies) {
        static Options parse(String[] args) {
            int seconds = 10;
            int replayEvents = -1;
            int registryFamilies = -1;
            boolean quick = false;
            List<String> skip = new ArrayList<>();
            String note = "";
            for (int i = 0; i < args.length; i++) {
                switch (args[i]) {
                    case "--seconds" -> seconds = Integer.parseInt(args[++i]);
                    case "--quick" -> quick = true;
                    case "--skip" -> skip.addAll(List.of(args[++i].split(",")));
                    case "--note" -> note = args[++i];
                    case "--replay" -> replayEvents = Integer.parseInt(args[++i]);
                    case "--registry" -> registryFamilies = Integer.parseInt(args[++i]);
                    default -> throw new IllegalArgumentException("unknown option " + args[i]);
                }
            }
            if (quick && seconds == 10) {
                seconds = 5;
            }
            if (replayEvents < 0) {
                replayEvents = quick ? 20_000 : 1_000_000;
            }
            if (registryFamilies < 0) {
                registryFamilies = quick ? 5_000 : 1_000_000;
            }
            return new Options(seconds, quick, skip, note, replayEvents, registryFamilies);
        }

        boolean runs(String part) {
            return !skip.contains(part);
        }
    }

    Bench(Path root, Options options) {
        this.root = root;
        this.work = root.resolve("bench/target/stack");
        this.options = options;
        this.jfrFile = work.resolve("insurance-service.jfr");
    }

    public static void main(String[] args) throws Exception {
        Bench bench = new Bench(Path.of("").toAbsolutePath(), Options.parse(args));
        Runtime.getRuntime().addShutdownHook(new Thread(bench::stop, "stop-bench"));
        try {
            bench.run();
        } finally {
            bench.stop();
        }
        System.exit(0);
    }

    void run() throws Exception {
        Machine machine = Machine.describe();
        log("machine: " + machine.text());
        Directories.delete(work);
        Files.createDirectories(work);

        Footprint footprint = new Footprint(this);
        footprint.startStack();

        Claims claims = options.runs("claims") ? new Claims(this) : null;
        if (claims != null && !attempt("claims", claims::run)) {
            claims = null;
        }
        Scaling scaling = claims != null && options.runs("scaling") ? new Scaling(this, claims) : null;
        if (scaling != null && !attempt("scaling", scaling::run)) {
            scaling = null;
        }
        KafkaLatency kafka = options.runs("kafka")
                ? new KafkaLatency(infrastructure.endpoints().kafkaBootstrapServers(), options.quick()) : null;
        if (kafka != null && !attempt("kafka", kafka::run)) {
            kafka = null;
        }
        ScreenLatency screen = options.runs("screen") ? new ScreenLatency(this) : null;
        if (screen != null) {
            if (!attempt("screen", screen::run)) {
                screen = null;
            }
            attempt("settle", this::settle);
        }
        if (options.runs("browser")) {
            attempt("browser", () -> browser(machine));
        }
        Registry registry = options.runs("registry") ? new Registry(this, options.registryFamilies(), 20) : null;
        if (registry != null && !attempt("registry", registry::run)) {
            registry = null;
        }
        footprint.afterLoad();
        // last: it stops the services and starts the gateway alone
        Replay replay = options.runs("rebuild") ? new Replay(this, options.replayEvents()) : null;
        if (replay != null && !attempt("rebuild", replay::run)) {
            replay = null;
        }

        // the JFR recording is written when insurance-service stops
        stopServices();
        String hot = claims != null && options.runs("jfr") ? HotMethods.top(jfrFile, 12) : null;

        String context = "Measured " + machine.date() + " by `./bench/run.sh` on " + machine.text() + ". "
                + "The system as `./run.sh` starts it (embedded PostgreSQL 17, Kafka KRaft, Keycloak, four services "
                + "and the gateway, each JVM `-Xmx256m`), fresh databases without demo data, and the load generator "
                + "share the machine." + (options.note().isBlank() ? "" : " " + options.note());
        if (options.runs("footprint")) {
            sections.put("footprint", footprint.section(context));
        }
        if (claims != null) {
            sections.put("claims", claims.section(context, hot));
        }
        if (scaling != null) {
            sections.put("scaling", scaling.section(context));
        }
        if (kafka != null) {
            sections.put("kafka", kafka.section(context));
        }
        if (registry != null) {
            sections.put("registry", registry.section(context));
        }
        if (screen != null) {
            sections.put("supervision", screen.section(context, replay != null ? replay.paragraph()
                    : "**Projection absorption**: not measured in this run."));
        }
        Doc.write(root.resolve("docs/benchmarks.md"), sections);
        log("figures written to docs/benchmarks.md");
    }

    interface Part {
        void run() throws Exception;
    }

    /** Runs one measurement; a failure is logged and leaves its section in the doc as it was. */
    boolean attempt(String name, Part part) {
        try {
            part.run();
            return true;
        } catch (Exception | AssertionError e) {
            log(name + " FAILED, its section is left as it was: " + e);
            e.printStackTrace(System.out);
            return false;
        }
    }

    /** node bench/browser.mjs: the dashboard's paint and interactive times in Chromium, and the bundle's size. */
    void browser(Machine machine) throws Exception {
        if (ports.get("gateway") != BROWSER_PORT || !Files.isExecutable(Path.of("/usr/bin/chromium"))) {
            log("browser: skipped (port " + BROWSER_PORT + " was taken or /usr/bin/chromium is missing)");
            return;
        }
        ProcessBuilder builder = new ProcessBuilder("node", "bench/browser.mjs", "--runs", options.quick() ? "2" : "7")
                .directory(root.toFile()).inheritIO();
        builder.environment().put("BASE_URL", gatewayUrl());
        builder.environment().put("KEYCLOAK_URL", infrastructure.endpoints().oidcUrl());
        builder.environment().put("BENCH_CONTEXT", "Measured " + machine.date() + " by `./bench/run.sh` (which runs "
                + "`node bench/browser.mjs`) against its own stack, after the load above, on " + machine.text() + ". "
                + options.note());
        log("browser: node bench/browser.mjs");
        Process process = builder.start();
        if (!process.waitFor(5, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new IllegalStateException("bench/browser.mjs did not finish in 5 minutes");
        }
        if (process.exitValue() != 0) {
            log("browser: bench/browser.mjs exited with " + process.exitValue() + "; its section is not written");
        }
    }

    /**
     * Waits (at most 3 minutes) until family-service has worked off what the write-to-screen load left queued (the
     * number of families and of unpublished outbox events unchanged for 3 s and the outbox empty) and the gateway has
     * applied every event, so the next measurements do not run beside a backlog.
     */
    void settle() throws Exception {
        long deadline = System.nanoTime() + 180_000_000_000L;
        String last = "";
        int stable = 0;
        try (Connection db = database("family"); Statement sql = db.createStatement()) {
            while (System.nanoTime() < deadline && stable < 3) {
                try (ResultSet rows = sql.executeQuery("SELECT (SELECT count(*) FROM family) || '/' || "
                        + "(SELECT count(*) FROM outbox_event WHERE published_at IS NULL)")) {
                    rows.next();
                    String now = rows.getString(1);
                    stable = now.equals(last) && now.endsWith("/0") ? stable + 1 : 0;
                    last = now;
                }
                Thread.sleep(1000);
            }
        }
        log("settled: families/unpublished events " + last);
        long lag = gatewayLag(deadline);
        log("settled: the gateway's projections are " + lag + " events behind the topics");
    }

    /**
     * Waits (until {@code deadline}) for the gateway's projections to catch up: its consumer group's committed
     * offsets at the end of every topic it reads (commits trail the work by up to a few seconds); returns the lag.
     */
    long gatewayLag(long deadline) throws Exception {
        try (org.apache.kafka.clients.admin.Admin admin = org.apache.kafka.clients.admin.Admin.create(Map.of(
                org.apache.kafka.clients.admin.AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
                infrastructure.endpoints().kafkaBootstrapServers()))) {
            long lag = Long.MAX_VALUE;
            while (lag > 0 && System.nanoTime() < deadline) {
                var committed = admin.listConsumerGroupOffsets("gateway-supervision").partitionsToOffsetAndMetadata().get();
                var latest = admin.listOffsets(committed.keySet().stream().collect(java.util.stream.Collectors.toMap(
                        p -> p, p -> org.apache.kafka.clients.admin.OffsetSpec.latest()))).all().get();
                lag = committed.entrySet().stream().mapToLong(e -> latest.get(e.getKey()).offset()
                        - (e.getValue() == null ? 0 : e.getValue().offset())).sum();
                if (lag > 0) {
                    Thread.sleep(1000);
                }
            }
            return lag;
        }
    }

    String gatewayUrl() {
        return "http://localhost:" + ports.get("gateway");
    }

    String tokenUrl() {
        return infrastructure.endpoints().oidcUrl() + "/protocol/openid-connect/token";
    }

    /** A user's token from the public CLI client (password grant), as in the README. */
    String userToken(String user) throws Exception {
        return token("grant_type=password&client_id=nuanxin-cli&username=" + user + "&password=nuanxin");
    }

    String token(String form) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(tokenUrl()))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("token: " + response.statusCode() + " " + response.body());
        }
        return JSON.readTree(response.body()).get("access_token").asText();
    }

    Connection database(String name) throws Exception {
        LocalInfrastructure.Endpoints endpoints = infrastructure.endpoints();
        return DriverManager.getConnection(endpoints.jdbcBaseUrl() + "/" + name, endpoints.dbUser(),
                endpoints.dbPassword());
    }

    /** The environment every service gets, as the Launcher gives it, plus the bench's own settings. */
    Map<String, String> serviceEnvironment() {
        Map<String, String> env = new HashMap<>(infrastructure.endpoints().asEnvironment());
        SecureRandom random = new SecureRandom();
        for (String key : List.of("NUANXIN_PII_ENCRYPTION_KEY", "NUANXIN_PII_INDEX_KEY")) {
            byte[] bytes = new byte[32];
            random.nextBytes(bytes);
            env.put(key, Base64.getEncoder().encodeToString(bytes));
        }
        env.put("NUANXIN_DEMO_ENABLED", "false");
        // as ./run.sh starts them: later starts map the classes the first one loaded
        env.put(org.nuanxin.infra.ClassDataSharing.SWITCH, "true");
        // one hospital client is the whole load: its per-client limit (50/s) would answer 429 to nearly all of it
        env.put("NUANXIN_CLAIMS_RATE_LIMIT_REQUESTS_PER_SECOND", "1000000");
        env.put("NUANXIN_CLAIMS_RATE_LIMIT_BURST", "1000000");
        env.put("NUANXIN_FAMILY_URL", "http://localhost:" + ports.get("family-service"));
        env.put("NUANXIN_VOLUNTEER_URL", "http://localhost:" + ports.get("volunteer-service"));
        env.put("NUANXIN_INSURANCE_URL", "http://localhost:" + ports.get("insurance-service"));
        env.put("NUANXIN_CAREHOME_URL", "http://localhost:" + ports.get("care-home-service"));
        return env;
    }

    void stopServices() {
        List<ServiceProcesses> reversed = new ArrayList<>(running);
        Collections.reverse(reversed);
        reversed.forEach(ServiceProcesses::close);
        running.clear();
    }

    synchronized void stop() {
        stopServices();
        if (infrastructure != null) {
            infrastructure.close();
            infrastructure = null;
        }
    }

    /**
     * Runs one load step with Gatling's Maven plugin ({@code gatling:test}, {@link ClaimsSimulation}); returns the
     * figures the simulation wrote.
     */
    JsonNode gatling(String mode, int rate, int seconds, Map<String, String> extra) throws Exception {
        Path config = root.resolve("bench/target/bench-run.properties");
        Path results = work.resolve("gatling-" + mode + "-" + rate + "-" + System.nanoTime() + ".json");
        Properties properties = new Properties();
        properties.setProperty("mode", mode);
        properties.setProperty("rate", String.valueOf(rate));
        properties.setProperty("seconds", String.valueOf(seconds));
        properties.setProperty("warmup", String.valueOf(WARMUP));
        properties.setProperty("gateway", gatewayUrl());
        properties.setProperty("tokenUrl", tokenUrl());
        properties.setProperty("clientId", "hospital-xianyue");
        properties.setProperty("clientSecret", "xianyue-secret");
        properties.setProperty("results", results.toString());
        properties.putAll(extra);
        try (var out = Files.newOutputStream(config)) {
            properties.store(out, "written by Bench for ClaimsSimulation");
        }
        List<String> command = new ArrayList<>(List.of(root.resolve("mvnw").toString(), "-q", "-B"));
        String flags = System.getenv("BENCH_MAVEN_FLAGS");
        if (flags != null && !flags.isBlank()) {
            command.addAll(List.of(flags.trim().split("\\s+")));
        }
        command.addAll(List.of("-f", "bench/pom.xml", "gatling:test",
                "-Dgatling.simulationClass=org.nuanxin.bench.ClaimsSimulation", "-Dgatling.noReports=true",
                "-Dbench.config=" + config));
        Path log = work.resolve("gatling.log");
        long started = System.nanoTime();
        Process process = new ProcessBuilder(command).directory(root.toFile()).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
        if (!process.waitFor(seconds + 240L, TimeUnit.SECONDS)) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
            throw new IllegalStateException("gatling did not finish; see " + log);
        }
        if (!Files.exists(results)) {
            throw new IllegalStateException("gatling wrote no figures (exit " + process.exitValue() + "); see " + log);
        }
        JsonNode figures = JSON.readTree(results.toFile());
        log(String.format(Locale.ROOT, "(%d s) %s @ %d/s: ok %d, failed %d, p50 %d ms, p99 %d ms, p99.9 %d ms, max %d ms",
                (System.nanoTime() - started) / 1_000_000_000L, mode, rate, figures.get("ok").asInt(), figures.get("failed").asInt(), figures.get("p50").asInt(),
                figures.get("p99").asInt(), figures.get("p999").asInt(), figures.get("max").asInt()));
        return figures;
    }

    /** Runs {@code task} on {@code threads} threads, each until {@code until} (nanoTime); latencies in µs. */
    static List<Long> closedLoop(int threads, long until, Worker task) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        ConcurrentLinkedQueue<Long> latencies = new ConcurrentLinkedQueue<>();
        AtomicInteger index = new AtomicInteger();
        List<Future<?>> futures = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            futures.add(pool.submit(() -> {
                try (Worker.Session session = task.open()) {
                    while (System.nanoTime() < until) {
                        long start = System.nanoTime();
                        session.once(index.getAndIncrement());
                        latencies.add((System.nanoTime() - start) / 1000);
                    }
                }
                return null;
            }));
        }
        for (Future<?> future : futures) {
            future.get();
        }
        pool.shutdown();
        return new ArrayList<>(latencies);
    }

    interface Worker {
        Session open() throws Exception;

        interface Session extends AutoCloseable {
            void once(int index) throws Exception;
        }
    }

    static double percentile(List<Long> sorted, double p) {
        if (sorted.isEmpty()) {
            return Double.NaN;
        }
        int rank = (int) Math.ceil(p / 100 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, rank)));
    }

    static void log(String message) {
        System.out.println("[bench] " + message);
    }

    static LocalDate today() {
        return LocalDate.now(ZoneOffset.UTC);
    }
}
