package org.nuanxin.infra;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.CountDownLatch;

/**
 * {@code ./run.sh}: the whole system on one machine. Starts PostgreSQL, Kafka and Keycloak (unless the
 * environment names them), the four services and the gateway, has each service generate its demo data on a first start,
 * and stops everything on Ctrl-C. Data is kept in {@code .nuanxin/data} between runs; {@code --fresh}
 * starts from nothing.
 */
public final class Launcher {

    /** Fixed ports of the local system, as listed in the README; the gateway starts last. */
    static final Map<String, Integer> PORTS = orderedPorts();

    private static Map<String, Integer> orderedPorts() {
        Map<String, Integer> ports = new LinkedHashMap<>();
        ports.put("family-service", 8081);
        ports.put("volunteer-service", 8082);
        ports.put("insurance-service", 8083);
        ports.put("care-home-service", 8084);
        ports.put("gateway", 8080);
        return ports;
    }

    private Launcher() {
    }

    public static void main(String[] args) throws Exception {
        List<String> options = List.of(args);
        Path root = Path.of("").toAbsolutePath();
        Path work = root.resolve(".nuanxin");
        if (options.contains("--fresh")) {
            LocalInfrastructure.log("--fresh: removing " + work.resolve("data"));
            Directories.deleteTree(work.resolve("data"));
        }
        LocalInfrastructure.Settings settings = LocalInfrastructure.Settings.forRun(work);
        AutoCloseable[] parts = new AutoCloseable[2];
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            LocalInfrastructure.log("stopping…");
            for (int i = parts.length - 1; i >= 0; i--) {
                try {
                    if (parts[i] != null) {
                        parts[i].close();
                    }
                } catch (Exception e) {
                    LocalInfrastructure.log("stop failed: " + e);
                }
            }
            LocalInfrastructure.log("stopped");
        }, "stop-nuanxin"));

        LocalInfrastructure infrastructure = LocalInfrastructure.start(settings, System.getenv());
        parts[0] = infrastructure;
        LocalInfrastructure.Endpoints endpoints = infrastructure.endpoints();
        Map<String, String> env = new HashMap<>(endpoints.asEnvironment());
        env.putAll(piiKeys(work));
        // each service generates its own synthetic demo records on a first start (see the README's demo data)
        env.put("NUANXIN_DEMO_ENABLED", String.valueOf(!options.contains("--no-demo")));
        // the second and later starts map the classes the first one loaded (ClassDataSharing)
        env.put(ClassDataSharing.SWITCH, "true");
        parts[1] = ServiceProcesses.start(root, PORTS, env, settings.runDir());


        System.out.println("""

                ────────────────────────────────────────────────────────────
                  暖心 Nuanxin is running:  http://localhost:8080
                  Keycloak:                 %s  (admin / admin)
                  Demo logins (password nuanxin):
                    city      市级协调员 city-coordinator
                    siming    区级协调员 district-coordinator, 思明区
                    huli      区级协调员 district-coordinator, 湖里区
                    volunteer 志愿者 volunteer
                    auditor   审计员 auditor
                  Logs: %s
                  Ctrl-C stops everything; data stays in %s
                ────────────────────────────────────────────────────────────
                """.formatted(endpoints.oidcUrl(), settings.runDir(), settings.dataDir()));
        new CountDownLatch(1).await();
    }

    /** Keys for the services' PII encryption, made once per machine and kept beside the data they protect. */
    private static Map<String, String> piiKeys(Path work) throws IOException {
        Path file = work.resolve("data/pii-keys.properties");
        Properties keys = new Properties();
        if (Files.exists(file)) {
            try (var in = Files.newInputStream(file)) {
                keys.load(in);
            }
        } else {
            SecureRandom random = new SecureRandom();
            for (String name : List.of("NUANXIN_PII_ENCRYPTION_KEY", "NUANXIN_PII_INDEX_KEY")) {
                byte[] key = new byte[32];
                random.nextBytes(key);
                keys.setProperty(name, Base64.getEncoder().encodeToString(key));
            }
            Files.createDirectories(file.getParent());
            try (var out = Files.newOutputStream(file)) {
                keys.store(out, "Nuanxin local PII keys: losing them makes the stored identity numbers unreadable");
            }
        }
        Map<String, String> env = new LinkedHashMap<>();
        keys.stringPropertyNames().forEach(name -> env.put(name, keys.getProperty(name)));
        return env;
    }
}
