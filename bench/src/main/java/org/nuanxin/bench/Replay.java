package org.nuanxin.bench;

import com.fasterxml.jackson.databind.JsonNode;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.common.TopicPartition;
import org.nuanxin.infra.ServiceProcesses;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Collectors;

/**
 * Projection absorption at scale: family-service's events made up by the bench (one registration, then nine calls
 * and visits per family) are produced onto {@code family.events} until the topics hold {@code events} more, then
 * the gateway rebuilds every read model from offset zero ({@code POST /api/supervision/rebuild}) and the time is
 * taken. Runs last: the services are stopped first (their own consumers would read the million as well) and the
 * gateway is started alone with its live consumer of family events pointed at an empty topic, so that the rebuild
 * is the only thing applying them.
 */
final class Replay {

    private final Bench bench;
    private final int events;
    private long produceMillis;
    private long topicEvents;
    private JsonNode result;
    private long requestMillis;

    Replay(Bench bench, int events) {
        this.bench = bench;
        this.events = events;
    }

    void run() throws Exception {
        bench.stopServices();
        String bootstrap = bench.infrastructure.endpoints().kafkaBootstrapServers();
        long start = System.nanoTime();
        produce(bootstrap);
        produceMillis = (System.nanoTime() - start) / 1_000_000;
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap))) {
            admin.createTopics(List.of(new NewTopic("bench.idle", 1, (short) 1))).all().get();
            topicEvents = endOffsets(admin, List.of("family.events", "volunteer.events", "insurance.events", "carehome.events"));
        }
        Bench.log(String.format(Locale.ROOT, "replay: %d events produced in %.1f s; the four topics hold %d",
                events, produceMillis / 1000.0, topicEvents));

        Map<String, String> env = new HashMap<>(bench.serviceEnvironment());
        env.put("MP_MESSAGING_INCOMING_FAMILY_EVENTS_TOPIC", "bench.idle");
        bench.running.add(ServiceProcesses.start(bench.root, Map.of("gateway", bench.ports.get("gateway")), env,
                bench.work.resolve("run")));
        String token = bench.userToken("city");
        long before = System.nanoTime();
        HttpResponse<String> response = bench.http.send(HttpRequest.newBuilder(
                        URI.create(bench.gatewayUrl() + "/api/supervision/rebuild"))
                .header("Authorization", "Bearer " + token).timeout(Duration.ofMinutes(40))
                .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
        requestMillis = (System.nanoTime() - before) / 1_000_000;
        if (response.statusCode() != 200) {
            throw new IllegalStateException("rebuild: " + response.statusCode() + " " + response.body());
        }
        result = Bench.JSON.readTree(response.body());
        Bench.log("replay: rebuild " + result + " (request " + requestMillis + " ms)");
    }

    private void produce(String bootstrap) throws Exception {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        ThreadLocalRandom random = ThreadLocalRandom.current();
        try (KafkaProducer<String, String> producer = SyntheticEvents.producer(bootstrap, 20)) {
            int produced = 0;
            while (produced < events) {
                UUID family = UUID.randomUUID();
                String[] district = SyntheticEvents.DISTRICTS.get(random.nextInt(SyntheticEvents.DISTRICTS.size()));
                OffsetDateTime registered = now.minusDays(365 + random.nextInt(365));
                producer.send(SyntheticEvents.record(family, SyntheticEvents.familyRegistered(family, district[0],
                        district[1], registered)));
                produced++;
                for (int i = 0; i < 9 && produced < events; i++, produced++) {
                    producer.send(SyntheticEvents.record(family, SyntheticEvents.contactRecorded(family, district[0],
                            i % 3 == 0, now.minusDays(random.nextInt(365)).minusMinutes(random.nextInt(600)))));
                }
            }
            producer.flush();
        }
    }

    private static long endOffsets(Admin admin, List<String> topics) throws Exception {
        Map<TopicPartition, OffsetSpec> latest = admin.describeTopics(topics).allTopicNames().get().values().stream()
                .flatMap(topic -> topic.partitions().stream().map(p -> new TopicPartition(topic.name(), p.partition())))
                .collect(Collectors.toMap(p -> p, p -> OffsetSpec.latest()));
        return admin.listOffsets(latest).all().get().values().stream().mapToLong(info -> info.offset()).sum();
    }

    /** The absorption paragraph of the supervision section. */
    String paragraph() {
        if (result == null) {
            return "**Projection absorption**: not measured in this run.";
        }
        long applied = result.path("events").asLong();
        long millis = result.path("millis").asLong();
        return String.format(Locale.ROOT, "**Projection absorption**: %,d events made up by the bench "
                        + "(family-service's `family-registered`, then nine `contact-recorded` per family, a third of "
                        + "them home visits, over the six districts) were produced onto `family.events` in %.1f s, "
                        + "beside what the run had written before; the four topics then held %,d events. The gateway, "
                        + "alone (the services stopped, its live consumer of family events pointed at an empty topic), "
                        + "rebuilt every read model from offset zero: **%,d events applied** (%,d skipped as "
                        + "unappliable) **in %.1f s, %,.0f events/s** (the request took %.1f s).",
                events, produceMillis / 1000.0, topicEvents, applied, result.path("skipped").asLong(), millis / 1000.0,
                millis == 0 ? 0.0 : applied * 1000.0 / millis, requestMillis / 1000.0);
    }
}
