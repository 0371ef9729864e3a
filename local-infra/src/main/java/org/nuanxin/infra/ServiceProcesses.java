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
    private final List<String> modules;
    private final List<Integer> ports;

    private ServiceProcesses(List<ChildProcess> running, List<String> modules, List<Integer> ports) {
        this.running = running;
        this.modules = modules;
        this.ports = ports;
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
                List<String> command = new ArrayList<>(List.of(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx256m"));
                command.addAll(ClassDataSharing.jvmOptions(jar, serviceEnv));
                command.addAll(List.of("-jar", jar.toString()));
                running.add(ChildProcess.start(service.getKey(), command, serviceEnv, root, runDir));
            }
            int i = 0;
            for (int port : ports.values()) {
                running.get(i++).awaitHttpOk("http://localhost:" + port + "/q/health/ready", Duration.ofMinutes(3));
            }
            return new ServiceProcesses(running, new ArrayList<>(ports.keySet()), new ArrayList<>(ports.values()));
        } catch (RuntimeException | IOException e) {
            new ServiceProcesses(running, List.of(), List.of()).close();
            throw e;
        }
    }

    /** Fault drills: SIGKILL to one module's process, no shutdown of its own, as a crash would end it. */
    public synchronized void kill(String module) {
        running.get(indexOf(module)).kill();
    }

    /**
     * Fault drills: SIGTERM to one module's process, which shuts down as a deployment would stop it; returns its
     * exit code once it has ended.
     */
    public synchronized int terminate(String module, Duration grace) {
        return running.get(indexOf(module)).terminate(grace);
    }

    /** Fault drills: a stopped or killed module started again, same port and environment, once it is ready. */
    public synchronized void startAgain(String module) throws IOException {
        int index = indexOf(module);
        ChildProcess again = running.get(index).startAgain();
        running.set(index, again);
        again.awaitHttpOk("http://localhost:" + ports.get(index) + "/q/health/ready", Duration.ofMinutes(3));
    }

    private int indexOf(String module) {
        int index = modules.indexOf(module);
        if (index < 0) {
            throw new IllegalArgumentException("no module " + module + " in " + modules);
        }
        return index;
    }

    /** Stops the services, gateway first. */
    @Override
    public synchronized void close() {
        List<ChildProcess> reversed = new ArrayList<>(running);
        Collections.reverse(reversed);
        reversed.forEach(ChildProcess::close);
        running.clear();
    }
}
