package org.nuanxin.e2e;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * A coordinator in Chromium: logs in on Keycloak's page, watches the dashboard, registers a family through the
 * form and sees the dashboard's total change without a reload, then logs out. The journey itself is
 * {@code frontend/e2e/slice.e2e.mjs} (Playwright); this test runs it against the running system.
 */
class BrowserJourneyTest {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");

    @BeforeAll
    static void startTheSystem() throws Exception {
        RunningSystem.start();
    }

    @Test
    void shouldShowACoordinatorTheirRegistrationOnTheLiveDashboard() throws IOException, InterruptedException {
        assumeTrue(Files.isExecutable(CHROMIUM), "Chromium is installed by .ci/run (apt-get install chromium)");
        Path frontend = Path.of(System.getProperty("nuanxin.root", "..")).toAbsolutePath().normalize().resolve("frontend");
        Path log = Files.createTempFile("browser-journey-", ".log");
        ProcessBuilder journey = new ProcessBuilder("node", "e2e/slice.e2e.mjs")
                .directory(frontend.toFile())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        journey.environment().put("BASE_URL", RunningSystem.gatewayUrl());
        journey.environment().put("E2E_USER", "city");
        journey.environment().put("E2E_PASSWORD", "nuanxin");
        Process process = journey.start();
        boolean finished = process.waitFor(3, TimeUnit.MINUTES);
        if (!finished) {
            process.destroyForcibly();
        }
        String output = Files.readString(log);
        System.out.println(output);
        assertTrue(finished, "the browser journey did not finish in 3 minutes:\n" + output);
        assertEquals(0, process.exitValue(), "the browser journey failed:\n" + output);
    }
}
