package org.nuanxin.e2e;

import io.restassured.RestAssured;
import org.nuanxin.infra.LocalInfrastructure;
import org.nuanxin.infra.ServiceProcesses;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The built system, started once for all journeys of this JVM exactly as {@code ./run.sh} starts it, but on
 * free ports in a temporary directory. The gateway listens on 18080, a port the realm's SPA client accepts
 * as a redirect target for the browser journey.
 */
final class RunningSystem {

    static final int GATEWAY_PORT = 18080;

    private static LocalInfrastructure infrastructure;
    private static ServiceProcesses services;
    private static final Map<String, Integer> PORTS = new LinkedHashMap<>();
    private static Path runDirectory;

    private RunningSystem() {
    }

    static synchronized void start() throws Exception {
        if (services != null) {
            return;
        }
        Path root = Path.of(System.getProperty("nuanxin.root", "..")).toAbsolutePath().normalize();
        Path work = Files.createTempDirectory("nuanxin-e2e-");
        infrastructure = LocalInfrastructure.start(LocalInfrastructure.Settings.forTests(work), Map.of());
        Map<String, String> env = new HashMap<>(infrastructure.endpoints().asEnvironment());
        SecureRandom random = new SecureRandom();
        for (String key : new String[] {"NUANXIN_PII_ENCRYPTION_KEY", "NUANXIN_PII_INDEX_KEY"}) {
            byte[] bytes = new byte[32];
            random.nextBytes(bytes);
            env.put(key, Base64.getEncoder().encodeToString(bytes));
        }
        for (String service : SERVICES) {
            PORTS.put(service, LocalInfrastructure.freePort());
        }
        PORTS.put("gateway", GATEWAY_PORT);
        runDirectory = work.resolve("run");
        services = ServiceProcesses.start(root, PORTS, env, runDirectory);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            services.close();
            infrastructure.close();
        }));
        RestAssured.baseURI = gatewayUrl();
        // every response of every journey, for the PII leak scan
        RestAssured.filters(ResponseRecorder.INSTANCE);
    }

    static String gatewayUrl() {
        return "http://localhost:" + GATEWAY_PORT;
    }

    /** The services behind the gateway, by module name. */
    static final java.util.List<String> SERVICES =
            java.util.List.of("family-service", "volunteer-service", "insurance-service", "care-home-service");

    static String serviceUrl(String module) {
        return "http://localhost:" + PORTS.get(module);
    }

    /** The gateway's route to the service listening on {@code port} ({@code family} for family-service), else null. */
    static String gatewayRouteOfPort(int port) {
        return PORTS.entrySet().stream()
                .filter(entry -> entry.getValue() == port && !entry.getKey().equals("gateway"))
                .map(entry -> entry.getKey().equals("care-home-service") ? "care-home"
                        : entry.getKey().replace("-service", ""))
                .findFirst().orElse(null);
    }

    /** Where every process of the system (infrastructure, services, gateway) writes its output, one log each. */
    static Path logDirectory() {
        return runDirectory;
    }

    static LocalInfrastructure.Endpoints endpoints() {
        return infrastructure.endpoints();
    }
}
