package org.nuanxin.infra;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The built services ({@code <module>/target/quarkus-app/quarkus-run.jar}) as processes of their own, wired to
 * the infrastructure and to each other through environment variables. Used by {@code ./run.sh} and by the
 * end-to-end tests.
 */
public final class ServiceProcesses implements AutoCloseable {

    /** Module name → environment variable the gateway reads its address from. */
    private static final Map<String, String> GATEWAY_ROUTES = Map.of(
            "family-service", "NUANXIN_FAMILY_URL",
            "volunteer-service", "NUANXIN_VOLUNTEER_URL",
            "insurance-service", "NUANXIN_INSURANCE_URL",
            "care-home-service", "NUANXIN_CAREHOME_URL");

    private final List<ChildProcess> running;

    private ServiceProcesses(List<ChildProcess> running) {
        this.running = running;
    }

    /**
     * Starts each module on its port (the gateway last, pointed at the others) and waits until all are ready.
     *
     * @param ports module name → HTTP port, in start order
     */
    public static ServiceProcesses start(Path root, Map<String, Integer> ports, Map<String, String> environment,
                                         Path runDir) throws IOException {
        Map<String, String> env = new HashMap<>(environment);
        ports.forEach((module, port) -> {
            if (GATEWAY_ROUTES.containsKey(module)) {
                env.put(GATEWAY_ROUTES.get(module), "http://localhost:" + port);
            }
        });
        List<ChildProcess> running = new ArrayList<>();
        try {
            for (Map.Entry<String, Integer> service : ports.entrySet()) {
                Path jar = root.resolve(service.getKey()).resolve("target/quarkus-app/quarkus-run.jar");
                if (!Files.exists(jar)) {
                    throw new IllegalStateException(jar + " is missing: build first (./mvnw install -DskipTests)");
                }
                LocalInfrastructure.log("starting " + service.getKey() + " on port " + service.getValue());
                Map<String, String> serviceEnv = new LinkedHashMap<>(env);
                serviceEnv.put("QUARKUS_HTTP_PORT", service.getValue().toString());
                running.add(ChildProcess.start(service.getKey(), List.of(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-Xmx256m", "-jar", jar.toString()), serviceEnv, root, runDir));
            }
            int i = 0;
            for (int port : ports.values()) {
                running.get(i++).awaitHttpOk("http://localhost:" + port + "/q/health/ready", Duration.ofMinutes(3));
            }
            return new ServiceProcesses(running);
        } catch (RuntimeException | IOException e) {
            new ServiceProcesses(running).close();
            throw e;
        }
    }

    /** Stops the services, gateway first. */
    @Override
    public void close() {
        List<ChildProcess> reversed = new ArrayList<>(running);
        Collections.reverse(reversed);
        reversed.forEach(ChildProcess::close);
        running.clear();
    }
}
