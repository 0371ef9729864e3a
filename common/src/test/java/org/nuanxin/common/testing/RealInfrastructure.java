package org.nuanxin.common.testing;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import org.nuanxin.infra.LocalInfrastructure;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * Real PostgreSQL, Kafka and Keycloak for a service's {@code @QuarkusTest}s: started once per test JVM on free
 * ports in a temporary directory, stopped when the JVM exits. Use with
 * {@code @QuarkusTestResource(value = RealInfrastructure.class, restrictToAnnotatedClass = false)}.
 */
public class RealInfrastructure implements QuarkusTestResourceLifecycleManager {

    private static LocalInfrastructure infrastructure;

    @Override
    public synchronized Map<String, String> start() {
        return Map.copyOf(shared().endpoints().asConfig());
    }

    /** The infrastructure of this JVM, started on first use. */
    public static synchronized LocalInfrastructure shared() {
        if (infrastructure == null) {
            try {
                Path workDir = Files.createTempDirectory("nuanxin-test-");
                infrastructure = LocalInfrastructure.start(LocalInfrastructure.Settings.forTests(workDir), Map.of());
                Runtime.getRuntime().addShutdownHook(new Thread(infrastructure::close, "stop-test-infrastructure"));
            } catch (Exception e) {
                throw new IllegalStateException("could not start the test infrastructure", e);
            }
        }
        return infrastructure;
    }

    @Override
    public void stop() {
        // kept for the other test classes of this JVM; the shutdown hook stops it
    }
}
