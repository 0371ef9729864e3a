package org.nuanxin.e2e;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The web app in Chromium against the running system, logging in on Keycloak's own page. Each journey is a
 * Playwright script in {@code frontend/e2e/} (runnable alone against {@code ./run.sh} with {@code npm run e2e…});
 * this test runs them and fails with their output. Screenshots of the screens they pass through are kept in
 * {@code frontend/target/e2e-screenshots/} as test artefacts.
 */
class BrowserJourneyTest {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");

    @BeforeAll
    static void startTheSystem() throws Exception {
        RunningSystem.start();
    }

    @Test
    void shouldShowACoordinatorTheirRegistrationOnTheLiveDashboard() throws IOException, InterruptedException {
        runJourney("slice.e2e.mjs", Map.of("E2E_USER", "city"));
    }

    @Test
    void shouldShowAVolunteersPhoneReportOnTheFamilyPage() throws IOException, InterruptedException {
        VolunteerVisitJourneyTest.theDemoVolunteer(WalkingSkeletonTest.token("city"));
        runJourney("volunteer.e2e.mjs", Map.of());
    }

    @Test
    void shouldShowEveryScreenRenewTheSessionAndKeepADistrictCoordinatorInHerDistrict() throws IOException, InterruptedException {
        runJourney("tour.e2e.mjs", Map.of());
    }

    private static void runJourney(String script, Map<String, String> environment) throws IOException, InterruptedException {
        assumeTrue(Files.isExecutable(CHROMIUM), "Chromium is installed by .ci/run (apt-get install chromium)");
        Path frontend = Path.of(System.getProperty("nuanxin.root", "..")).toAbsolutePath().normalize().resolve("frontend");
        Path log = Files.createTempFile("browser-journey-", ".log");
        ProcessBuilder journey = new ProcessBuilder("node", "e2e/" + script)
                .directory(frontend.toFile())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        journey.environment().put("BASE_URL", RunningSystem.gatewayUrl());
        journey.environment().put("KEYCLOAK_URL", RunningSystem.endpoints().oidcUrl());
        journey.environment().put("E2E_PASSWORD", "nuanxin");
        journey.environment().putAll(environment);
        Process process = journey.start();
        boolean finished = process.waitFor(4, TimeUnit.MINUTES);
        if (!finished) {
            process.destroyForcibly();
        }
        String output = Files.readString(log);
        System.out.println("── " + script + "\n" + output);
        assertTrue(finished, script + " did not finish in 4 minutes:\n" + output);
        assertEquals(0, process.exitValue(), script + " failed:\n" + output);
    }
}
