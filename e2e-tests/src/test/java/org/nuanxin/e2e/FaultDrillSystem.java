package org.nuanxin.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.nuanxin.infra.LocalInfrastructure;
import org.nuanxin.infra.ServiceProcesses;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/**
 * A whole Nuanxin system of its own for the fault drills, started as {@code ./run.sh} starts it but on free ports (the
 * gateway's too) in a temporary directory, so that stopping its broker or database, or killing its processes, never
 * touches the system the journeys share ({@link RunningSystem}). Also the drills' plain HTTP and Kafka clients.
 */
final class FaultDrillSystem implements AutoCloseable {

    static final List<String> SERVICES =
            List.of("family-service", "volunteer-service", "insurance-service", "care-home-service");
    static final ObjectMapper JSON = new ObjectMapper();

    private static final AtomicInteger ID_NUMBERS = new AtomicInteger();

    final LocalInfrastructure infrastructure;
    final ServiceProcesses services;
    final Path runDirectory;
    private final Map<String, Integer> ports;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final Map<String, Token> tokens = new ConcurrentHashMap<>();
    private final Thread shutdownHook;

    private FaultDrillSystem(LocalInfrastructure infrastructure, ServiceProcesses services, Path runDirectory,
                             Map<String, Integer> ports) {
        this.infrastructure = infrastructure;
        this.services = services;
        this.runDirectory = runDirectory;
        this.ports = ports;
        this.shutdownHook = new Thread(this::stopAll, "fault-drills-shutdown");
        Runtime.getRuntime().addShutdownHook(shutdownHook);
    }

    static FaultDrillSystem start() throws Exception {
        Path root = Path.of(System.getProperty("nuanxin.root", "..")).toAbsolutePath().normalize();
        Path work = Files.createTempDirectory("nuanxin-drills-");
        LocalInfrastructure infrastructure = LocalInfrastructure.start(LocalInfrastructure.Settings.forTests(work), Map.of());
        try {
            Map<String, String> env = new HashMap<>(infrastructure.endpoints().asEnvironment());
            SecureRandom random = new SecureRandom();
            for (String key : new String[] {"NUANXIN_PII_ENCRYPTION_KEY", "NUANXIN_PII_INDEX_KEY"}) {
                byte[] bytes = new byte[32];
                random.nextBytes(bytes);
                env.put(key, Base64.getEncoder().encodeToString(bytes));
            }
            Map<String, Integer> ports = new LinkedHashMap<>();
            for (String service : SERVICES) {
                ports.put(service, LocalInfrastructure.freePort());
            }
            ports.put("gateway", LocalInfrastructure.freePort());
            ServiceProcesses services = ServiceProcesses.start(root, ports, env, work.resolve("run"));
            return new FaultDrillSystem(infrastructure, services, work.resolve("run"), ports);
        } catch (Exception e) {
            infrastructure.close();
            throw e;
        }
    }

    String url(String module) {
        return "http://localhost:" + ports.get(module);
    }

    String gateway() {
        return url("gateway");
    }

    String kafka() {
        return infrastructure.endpoints().kafkaBootstrapServers();
    }

    @Override
    public void close() {
        stopAll();
        try {
            Runtime.getRuntime().removeShutdownHook(shutdownHook);
        } catch (IllegalStateException jvmAlreadyStopping) {
            // the hook is running or has run
        }
    }

    private synchronized void stopAll() {
        services.close();
        infrastructure.close();
    }

    // ---- HTTP ----------------------------------------------------------------------------------------------------

    record Answer(int status, String body, HttpResponse<String> response, Duration took) {
        JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new IllegalStateException("not JSON (" + status + "): " + body, e);
            }
        }

        String header(String name) {
            return response.headers().firstValue(name).orElse(null);
        }

        String contentType() {
            return header("Content-Type");
        }
    }

    Answer get(String url, String token) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30)).GET();
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return send(request.build());
    }

    Answer post(String url, String token, Object body, Map<String, String> headers)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body instanceof String text ? text : JSON.writeValueAsString(body)));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        headers.forEach(request::header);
        return send(request.build());
    }

    Answer send(HttpRequest request) throws IOException, InterruptedException {
        long started = System.nanoTime();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        return new Answer(response.statusCode(), response.body(), response, Duration.ofNanos(System.nanoTime() - started));
    }

    /**
     * A coordinator's (password grant) or a hospital's (client credentials) token, fetched again well before it
     * expires. One fetch at a time: Keycloak's brute-force detection takes a burst of parallel logins of one user for
     * an attack and locks the account for a while.
     */
    synchronized String token(String user) throws IOException, InterruptedException {
        Token cached = tokens.get(user);
        if (cached != null && System.nanoTime() < cached.renewAt) {
            return cached.value;
        }
        String form = user.startsWith("hospital-")
                ? "grant_type=client_credentials&client_id=" + user + "&client_secret="
                + URLEncoder.encode(user.substring("hospital-".length()) + "-secret", StandardCharsets.UTF_8)
                : "grant_type=password&client_id=nuanxin-cli&username=" + user + "&password=nuanxin";
        Answer answer = send(HttpRequest.newBuilder(URI.create(infrastructure.endpoints().oidcUrl()
                        + "/protocol/openid-connect/token")).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build());
        if (answer.status() != 200) {
            throw new IllegalStateException("no token for " + user + ": " + answer.status() + " " + answer.body());
        }
        JsonNode json = answer.json();
        // a drill that takes the database away still holds a token valid for two more minutes
        long lifetime = Math.max(10, json.path("expires_in").asLong(60) - 150);
        Token token = new Token(json.path("access_token").asText(), System.nanoTime() + Duration.ofSeconds(lifetime).toNanos());
        tokens.put(user, token);
        return token.value;
    }

    private record Token(String value, long renewAt) {
    }

    // ---- the system's own figures ---------------------------------------------------------------------------------

    /** One district's figures in the gateway's supervision snapshot, as the city coordinator sees them. */
    JsonNode district(String code) throws IOException, InterruptedException {
        Answer answer = get(gateway() + "/api/supervision/snapshot", token("city"));
        if (answer.status() != 200) {
            throw new IllegalStateException("snapshot: " + answer.status() + " " + answer.body());
        }
        for (JsonNode district : answer.json().path("byDistrict")) {
            if (code.equals(district.path("districtCode").asText())) {
                return district;
            }
        }
        throw new IllegalStateException("no district " + code + " in the snapshot");
    }

    /** Families registered in a district, as family-service itself counts them. */
    long familiesInFamilyService(String district) throws IOException, InterruptedException {
        Answer answer = get(url("family-service") + "/api/families?districtCode=" + district + "&size=1", token("city"));
        if (answer.status() != 200) {
            throw new IllegalStateException("families: " + answer.status() + " " + answer.body());
        }
        return answer.json().path("total").asLong();
    }

    /** A bereaved family of two parents in the district, as a coordinator registers it. */
    static Map<String, Object> family(String district, String street, List<String> parentIdNumbers) {
        List<Map<String, Object>> members = new ArrayList<>();
        String[] relations = {"MOTHER", "FATHER"};
        for (int i = 0; i < parentIdNumbers.size(); i++) {
            members.add(Map.of("name", i == 0 ? "演练母亲" : "演练父亲", "relation", relations[i % 2],
                    "idNumber", parentIdNumbers.get(i), "phone", "1390600" + String.format("%04d", i), "livingAlone", false));
        }
        return Map.of("category", "BEREAVED", "districtCode", district, "street", street, "community", "演练社区",
                "address", "演练路 1 号", "members", members);
    }

    static Map<String, Object> family(String district, String street) {
        return family(district, street, List.of(newIdNumber()));
    }

    /** A valid resident identity number never handed out before in this JVM (birth dates count up from 1940). */
    static String newIdNumber() {
        int n = ID_NUMBERS.incrementAndGet();
        LocalDate born = LocalDate.of(1940, 1, 1).plusDays(n);
        String first17 = "350203" + born.toString().replace("-", "") + String.format("%03d", n % 1000);
        int[] weights = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (first17.charAt(i) - '0') * weights[i];
        }
        return first17 + "10X98765432".charAt(sum % 11);
    }

    /** A number straight from a service's own database (the outbox, the registry), whatever the service answers. */
    long count(String database, String sql) throws java.sql.SQLException {
        LocalInfrastructure.Endpoints endpoints = infrastructure.endpoints();
        try (java.sql.Connection connection = java.sql.DriverManager.getConnection(
                endpoints.jdbcBaseUrl() + "/" + database, endpoints.dbUser(), endpoints.dbPassword());
             java.sql.Statement statement = connection.createStatement();
             java.sql.ResultSet result = statement.executeQuery(sql)) {
            result.next();
            return result.getLong(1);
        }
    }

    // ---- Kafka ----------------------------------------------------------------------------------------------------

    /** Every record now on a topic, read from the first offset to the last, outside any consumer group. */
    List<ConsumerRecord<String, String>> records(String topic) {
        Properties config = new Properties();
        config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka());
        config.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        config.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        List<ConsumerRecord<String, String>> all = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(config)) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic, Duration.ofSeconds(30)).stream()
                    .map(info -> new TopicPartition(topic, info.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions, Duration.ofSeconds(30));
            long deadline = System.nanoTime() + Duration.ofMinutes(1).toNanos();
            while (partitions.stream().anyMatch(p -> consumer.position(p) < end.get(p))) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("could not read " + topic + " to its end within a minute");
                }
                consumer.poll(Duration.ofMillis(500)).forEach(all::add);
            }
        }
        return all;
    }

    /**
     * Sends the same record straight to every partition of a topic, as a misbehaving producer would, so whatever
     * arrives after it on any partition shows whether that partition still flows; returns how many partitions.
     */
    int publishToEveryPartition(String topic, String key, String value) throws Exception {
        Properties config = new Properties();
        config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka());
        config.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        config.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(config)) {
            int partitions = producer.partitionsFor(topic).size();
            for (int partition = 0; partition < partitions; partition++) {
                producer.send(new ProducerRecord<>(topic, partition, key, value)).get();
            }
            return partitions;
        }
    }

    // ---- waiting ----------------------------------------------------------------------------------------------------

    /** Polls until the condition holds; fails with what was last seen once the (generous) deadline has passed. */
    static void awaitTrue(String what, Duration deadline, BooleanSupplier condition, Supplier<String> lastSeen) {
        long until = System.nanoTime() + deadline.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > until) {
                throw new AssertionError(what + " not reached within " + deadline + "; last seen: " + lastSeen.get());
            }
            pause(Duration.ofMillis(500));
        }
    }

    static void pause(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
