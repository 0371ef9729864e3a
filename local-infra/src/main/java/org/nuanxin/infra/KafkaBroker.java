package org.nuanxin.infra;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The real Apache Kafka broker ({@code kafka_2.13}) in KRaft mode, one combined broker/controller node, in a
 * JVM of its own: format the storage once, then {@code kafka.Kafka server.properties}.
 */
final class KafkaBroker implements AutoCloseable {

    private ChildProcess process;
    private final int port;

    private KafkaBroker(ChildProcess process, int port) {
        this.process = process;
        this.port = port;
    }

    static KafkaBroker start(int port, int controllerPort, Path dataDir, Path runDir) throws IOException, InterruptedException {
        Path logDirs = dataDir.resolve("logs");
        Path config = dataDir.resolve("server.properties");
        Files.createDirectories(logDirs);
        Files.writeString(config, String.join("\n",
                "process.roles=broker,controller",
                "node.id=1",
                "controller.quorum.voters=1@localhost:" + controllerPort,
                "listeners=PLAINTEXT://localhost:" + port + ",CONTROLLER://localhost:" + controllerPort,
                "advertised.listeners=PLAINTEXT://localhost:" + port,
                "controller.listener.names=CONTROLLER",
                "listener.security.protocol.map=PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT",
                "inter.broker.listener.name=PLAINTEXT",
                "log.dirs=" + logDirs,
                "num.partitions=3",
                "auto.create.topics.enable=true",
                "offsets.topic.replication.factor=1",
                "transaction.state.log.replication.factor=1",
                "transaction.state.log.min.isr=1",
                "share.coordinator.state.topic.replication.factor=1",
                "share.coordinator.state.topic.min.isr=1",
                "group.initial.rebalance.delay.ms=0",
                // local machines are small: keep the broker's own footprint modest
                "num.network.threads=2",
                "num.io.threads=4",
                "log.retention.hours=-1",
                ""), StandardCharsets.UTF_8);

        if (!Files.exists(logDirs.resolve("meta.properties"))) {
            ChildProcess format = ChildProcess.start("kafka-format",
                    java("kafka.tools.StorageTool", "format", "-t", clusterId(), "-c", config.toString()),
                    Map.of(), dataDir, runDir);
            int exit = format.waitFor();
            if (exit != 0) {
                throw new IOException("formatting Kafka storage failed (" + exit + "); see " + format.logFile());
            }
        }
        ChildProcess broker = ChildProcess.start("kafka",
                java("kafka.Kafka", config.toString()), Map.of(), dataDir, runDir);
        broker.awaitPort(port, Duration.ofSeconds(90));
        return new KafkaBroker(broker, port);
    }

    private static List<String> java(String mainClass, String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xms128m", "-Xmx512m", "-XX:+UseSerialGC",
                "-Dlog4j2.level=WARN",
                "-cp", brokerClasspath(), mainClass));
        command.addAll(List.of(args));
        return command;
    }

    /** Written by the build (maven-dependency-plugin build-classpath): the broker's jars in the local repository. */
    private static String brokerClasspath() throws IOException {
        try (InputStream in = KafkaBroker.class.getResourceAsStream("kafka-broker.classpath")) {
            if (in == null) {
                throw new IOException("kafka-broker.classpath missing: build local-infra with Maven first");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).trim();
        }
    }

    /** A KRaft cluster id: 16 random bytes, URL-safe base64 without padding. */
    /**
     * A random cluster id, base64url like Kafka's own. Never one starting with '-': the storage tool would read
     * it as an option and refuse to format (Kafka's {@code Uuid.randomUuid} avoids those for the same reason).
     */
    static String clusterId() {
        while (true) {
            UUID uuid = UUID.randomUUID();
            java.nio.ByteBuffer bytes = java.nio.ByteBuffer.allocate(16);
            bytes.putLong(uuid.getMostSignificantBits()).putLong(uuid.getLeastSignificantBits());
            String id = java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(bytes.array());
            if (!id.startsWith("-")) {
                return id;
            }
        }
    }

    String bootstrapServers() {
        return "localhost:" + port;
    }

    /** A clean shutdown of the broker (SIGTERM); its log directory stays for {@link #startAgain()}. */
    synchronized void stop() {
        process.close();
    }

    /** The broker again, on the same port with the same data, ready to accept connections. */
    synchronized void startAgain() throws IOException {
        process = process.startAgain();
        process.awaitPort(port, Duration.ofSeconds(90));
    }

    @Override
    public synchronized void close() {
        process.close();
    }
}
