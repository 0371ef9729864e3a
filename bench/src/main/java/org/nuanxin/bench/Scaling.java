package org.nuanxin.bench;

import com.fasterxml.jackson.databind.JsonNode;
import org.nuanxin.infra.LocalInfrastructure;
import org.nuanxin.infra.ServiceProcesses;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Scaling out: the claims API called straight at insurance-service (no gateway hop), first at its one replica, then
 * at two replicas of it on the same machine — same database, same topics, each its own JVM ({@code -Xmx256m}) and
 * outbox relay — taken in turn by the load generator. The same ladders as the claims section, each stepping up
 * until a step misses its target. Runs after the claims section (it reads the persons enrolled and the claims
 * submitted there).
 */
final class Scaling {

    /** What changes for a province, written by hand; it stands under the figures of every run. */
    static final String PROVINCE = "**For a province** (tens of thousands of families, a few hundred thousand contacts a year — about ten times the city): the services keep their state in PostgreSQL, so more replicas behind a load balancer share the HTTP load (two things are per replica and would change: the hospitals' rate-limit buckets, which a shared store would have to hold, and the gateway's SSE connections, each fed by its own replica's projections) (the gateway routes to one address per service today: a province would put a balancer or a Kubernetes Service there); each outbox relay takes its rows with `FOR UPDATE SKIP LOCKED`, so replicas relay side by side without sending an event twice; every topic has 3 partitions keyed by the aggregate (a family, a claim), so up to three replicas of a consumer share a topic in one consumer group with order kept per aggregate — more partitions for more consumers; each consumer applies an event once whatever replica meets it (`processed_event`). The read models of the gateway are small (one row per family, visit, claim…): at 1 million events they rebuild in about 3 minutes on two cores (section above). What does not scale by replicas on one machine is CPU: the table above shows two replicas on the same two cores doing less than one.";

    private final Bench bench;
    private final Claims claims;
    private final Map<String, List<JsonNode>> steps = new java.util.LinkedHashMap<>();

    Scaling(Bench bench, Claims claims) {
        this.bench = bench;
        this.claims = claims;
    }

    void run() throws Exception {
        String first = "http://localhost:" + bench.ports.get("insurance-service");
        measure(1, first);
        int port = LocalInfrastructure.freePort();
        try (ServiceProcesses second = ServiceProcesses.start(bench.root, Map.of("insurance-service", port),
                bench.serviceEnvironment(), bench.work.resolve("run-second-replica"))) {
            measure(2, first + ",http://localhost:" + port);
        }
    }

    private void measure(int replicas, String baseUrls) throws Exception {
        Path persons = bench.work.resolve("persons.txt");
        Path claimIds = bench.work.resolve("claims.txt");
        Map<String, String> extra = Map.of("gateway", baseUrls, "prefix", "/api", "persons", persons.toString(),
                "claims", claimIds.toString());
        boolean quick = bench.options.quick();
        List<JsonNode> post = new ArrayList<>();
        claims.ladder("post", quick ? new int[] {25, 50} : new int[] {25, 50, 100, 200, 400}, Claims.POST_TARGET_MS,
                bench.options.seconds(), extra, post);
        steps.put(replicas + "/post", post);
        List<JsonNode> get = new ArrayList<>();
        claims.ladder("get", quick ? new int[] {250, 500} : new int[] {250, 500, 1000, 2000, 3000}, Claims.GET_TARGET_MS,
                bench.options.seconds(), extra, get);
        steps.put(replicas + "/get", get);
    }

    String section(String context) {
        List<String> lines = new ArrayList<>();
        lines.add("<!-- scaling:start -->");
        lines.add("## Scaling out: two replicas of insurance-service on one machine");
        lines.add("");
        lines.add(context);
        lines.add("");
        lines.add("The claims API called **straight at insurance-service** (no gateway hop, the hospital's token "
                + "checked by the service), first at its one replica, then at two replicas on the same machine — "
                + "same database and topics, each its own JVM (`-Xmx256m`) and outbox relay (relays take rows with "
                + "`FOR UPDATE SKIP LOCKED`, so two never send the same event) — taken in turn by Gatling "
                + "(`baseUrls`). The same ladders and targets as the claims section: POST p99 < "
                + Claims.POST_TARGET_MS + " ms, GET p99 < " + Claims.GET_TARGET_MS + " ms, stepping up until a step misses.");
        lines.add("");
        lines.add("| replicas | request | per s | ok | failed | p50 ms | p99 ms | p99.9 ms | max ms | holds |");
        lines.add("|---|---|---|---|---|---|---|---|---|---|");
        steps.forEach((key, list) -> {
            String[] parts = key.split("/");
            int target = parts[1].equals("post") ? Claims.POST_TARGET_MS : Claims.GET_TARGET_MS;
            for (JsonNode s : list) {
                lines.add(String.format(Locale.ROOT, "| %s | %s | %d | %d | %d | %d | %d | %d | %d | %s |", parts[0],
                        parts[1].equals("post") ? "POST claim" : "GET claim", s.get("rate").asInt(), s.get("ok").asInt(),
                        s.get("failed").asInt(), s.get("p50").asInt(), s.get("p99").asInt(), s.get("p999").asInt(),
                        s.get("max").asInt(), Claims.holds(s, target) ? "yes" : "no"));
            }
        });
        lines.add("");
        int post1 = Claims.best(steps.getOrDefault("1/post", List.of()), Claims.POST_TARGET_MS);
        int post2 = Claims.best(steps.getOrDefault("2/post", List.of()), Claims.POST_TARGET_MS);
        int get1 = Claims.best(steps.getOrDefault("1/get", List.of()), Claims.GET_TARGET_MS);
        int get2 = Claims.best(steps.getOrDefault("2/get", List.of()), Claims.GET_TARGET_MS);
        lines.add(String.format(Locale.ROOT, "Highest rate held: POST %s/s with one replica, %s/s with two; GET %s/s "
                + "with one, %s/s with two. Two replicas on the same two cores share the same CPU, so this shows what "
                + "a second replica costs on the same cores, not the gain a second machine would bring. That two "
                + "replicas never send one event twice rests on the relays' `SKIP LOCKED` and the consumers' "
                + "idempotence (the fault drills), not on a check here.", post1, post2, get1, get2));
        lines.add("");
        lines.add(PROVINCE);
        lines.add("<!-- scaling:end -->");
        return String.join("\n", lines);
    }
}
