package org.nuanxin.infra;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * PostgreSQL, Kafka and Keycloak for one run of the system or one test JVM. A part whose address is given in
 * the environment ({@code NUANXIN_DB_URL}, {@code KAFKA_BOOTSTRAP_SERVERS}, {@code NUANXIN_OIDC_URL}) is not
 * started: the services use the given one instead.
 */
public final class LocalInfrastructure implements AutoCloseable {

    /** Every service owns one database; Keycloak keeps its own data beside them. */
    public static final List<String> DATABASES =
            List.of("family", "volunteer", "insurance", "carehome", "gateway", "keycloak");

    public record Settings(Path dataDir, Path runDir, Path cacheDir,
                           int postgresPort, int kafkaPort, int kafkaControllerPort,
                           int keycloakPort, int keycloakManagementPort) {

        /** Fixed ports, data kept in {@code dataDir} between runs. */
        public static Settings forRun(Path workDir) {
            return new Settings(workDir.resolve("data"), workDir.resolve("run"), defaultCacheDir(),
                    15432, 9092, 9093, 8180, 9180);
        }

        /** Free ports and a throw-away directory, so tests never meet a running system or each other. */
        public static Settings forTests(Path workDir) {
            return new Settings(workDir.resolve("data"), workDir.resolve("run"), defaultCacheDir(),
                    freePort(), freePort(), freePort(), freePort(), freePort());
        }

        private static Path defaultCacheDir() {
            String configured = System.getenv("NUANXIN_CACHE_DIR");
            return configured != null ? Path.of(configured)
                    : Path.of(System.getProperty("user.home"), ".cache", "nuanxin");
        }
    }

    /** Where the services find the infrastructure; the keys are the environment variables they read. */
    public record Endpoints(String jdbcBaseUrl, String dbUser, String dbPassword,
                            String kafkaBootstrapServers, String oidcUrl) {

        public Map<String, String> asEnvironment() {
            Map<String, String> env = new LinkedHashMap<>();
            env.put("NUANXIN_DB_URL", jdbcBaseUrl);
            env.put("NUANXIN_DB_USER", dbUser);
            env.put("NUANXIN_DB_PASSWORD", dbPassword);
            env.put("KAFKA_BOOTSTRAP_SERVERS", kafkaBootstrapServers);
            env.put("NUANXIN_OIDC_URL", oidcUrl);
            return env;
        }

        /** The same addresses as Quarkus configuration properties (what a test resource hands to Quarkus). */
        public Map<String, String> asConfig() {
            Map<String, String> config = new LinkedHashMap<>();
            config.put("nuanxin.db.url", jdbcBaseUrl);
            config.put("nuanxin.db.user", dbUser);
            config.put("nuanxin.db.password", dbPassword);
            config.put("kafka.bootstrap.servers", kafkaBootstrapServers);
            config.put("nuanxin.oidc.url", oidcUrl);
            return config;
        }
    }

    private final Endpoints endpoints;
    private final List<AutoCloseable> started;

    private LocalInfrastructure(Endpoints endpoints, List<AutoCloseable> started) {
        this.endpoints = endpoints;
        this.started = started;
    }

    /** Starts what the environment does not provide. */
    public static LocalInfrastructure start(Settings settings, Map<String, String> environment) throws Exception {
        List<AutoCloseable> started = new ArrayList<>();
        try {
            String dbUrl = environment.get("NUANXIN_DB_URL");
            String dbUser = environment.getOrDefault("NUANXIN_DB_USER", PostgresServer.USER);
            String dbPassword = environment.getOrDefault("NUANXIN_DB_PASSWORD", "postgres");
            if (dbUrl == null) {
                log("starting PostgreSQL on port " + settings.postgresPort());
                PostgresServer postgres = PostgresServer.start(settings.postgresPort(),
                        settings.dataDir().resolve("postgres"), DATABASES);
                started.add(postgres);
                dbUrl = postgres.baseJdbcUrl();
            }

            String kafka = environment.get("KAFKA_BOOTSTRAP_SERVERS");
            if (kafka == null) {
                log("starting Kafka (KRaft) on port " + settings.kafkaPort());
                KafkaBroker broker = KafkaBroker.start(settings.kafkaPort(), settings.kafkaControllerPort(),
                        settings.dataDir().resolve("kafka"), settings.runDir());
                started.add(broker);
                kafka = broker.bootstrapServers();
            }

            String oidc = environment.get("NUANXIN_OIDC_URL");
            if (oidc == null) {
                log("starting Keycloak on port " + settings.keycloakPort() + " (the first start takes a minute)");
                KeycloakServer keycloak = KeycloakServer.start(settings.keycloakPort(),
                        settings.keycloakManagementPort(), dbUrl, settings.cacheDir(), settings.runDir());
                started.add(keycloak);
                oidc = keycloak.realmUrl();
            }
            return new LocalInfrastructure(new Endpoints(dbUrl, dbUser, dbPassword, kafka, oidc), started);
        } catch (Exception e) {
            closeAll(started);
            throw e;
        }
    }

    public Endpoints endpoints() {
        return endpoints;
    }

    /** Fault drills: a clean stop of the Kafka broker this instance started; its data stays. */
    public void stopKafka() {
        part(KafkaBroker.class).stop();
    }

    /** Fault drills: the Kafka broker again on the same port and data directory, once it accepts connections. */
    public void startKafka() throws IOException {
        part(KafkaBroker.class).startAgain();
    }

    /** Fault drills: stops the PostgreSQL server this instance started (open connections are cut); its data stays. */
    public void stopPostgres() throws IOException {
        part(PostgresServer.class).stop();
    }

    /** Fault drills: PostgreSQL again on the same port with the same data, once it accepts connections. */
    public void startPostgres() throws IOException {
        part(PostgresServer.class).startAgain();
    }

    private <T> T part(Class<T> kind) {
        return started.stream().filter(kind::isInstance).map(kind::cast).findFirst()
                .orElseThrow(() -> new IllegalStateException(kind.getSimpleName() + " was given by the environment, not started here"));
    }

    @Override
    public void close() {
        closeAll(started);
    }

    private static void closeAll(List<AutoCloseable> parts) {
        List<AutoCloseable> reversed = new ArrayList<>(parts);
        Collections.reverse(reversed);
        for (AutoCloseable part : reversed) {
            try {
                part.close();
            } catch (Exception e) {
                log("could not stop " + part + ": " + e);
            }
        }
        parts.clear();
    }

    /**
     * A port that is free now, chosen below Linux's ephemeral range (32768+) so that no outgoing connection
     * of another process takes it between this choice and the server's bind.
     */
    public static int freePort() {
        java.util.Random random = new java.util.Random();
        for (int attempt = 0; attempt < 200; attempt++) {
            int candidate = 20000 + random.nextInt(12000);
            try (ServerSocket socket = new ServerSocket(candidate)) {
                socket.setReuseAddress(true);
                return candidate;
            } catch (IOException taken) {
                // try another
            }
        }
        throw new UncheckedIOException(new IOException("no free port between 20000 and 32000"));
    }

    static void log(String message) {
        System.out.println("[nuanxin] " + message);
    }
}
