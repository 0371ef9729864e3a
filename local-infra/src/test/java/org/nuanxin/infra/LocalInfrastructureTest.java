package org.nuanxin.infra;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LocalInfrastructureTest {

    @Test
    void shouldStartNothingWhereTheEnvironmentNamesTheInfrastructure(@TempDir Path work) throws Exception {
        Map<String, String> environment = Map.of(
                "NUANXIN_DB_URL", "jdbc:postgresql://db.internal:5432",
                "NUANXIN_DB_USER", "nuanxin",
                "NUANXIN_DB_PASSWORD", "secret",
                "KAFKA_BOOTSTRAP_SERVERS", "kafka.internal:9092",
                "NUANXIN_OIDC_URL", "https://sso.internal/realms/nuanxin");

        try (LocalInfrastructure infrastructure =
                     LocalInfrastructure.start(LocalInfrastructure.Settings.forTests(work), environment)) {
            assertEquals(environment, infrastructure.endpoints().asEnvironment());
            assertEquals("jdbc:postgresql://db.internal:5432", infrastructure.endpoints().asConfig().get("nuanxin.db.url"));
        }
        assertFalse(Files.exists(work.resolve("data")), "no database or broker directory was created");
    }

    @Test
    void shouldChooseFreePortsOutsideTheEphemeralRange() throws Exception {
        for (int i = 0; i < 20; i++) {
            int port = LocalInfrastructure.freePort();
            assertTrue(port >= 20000 && port < 32768, "port " + port);
            try (ServerSocket socket = new ServerSocket(port)) {
                assertEquals(port, socket.getLocalPort());
            }
        }
    }
}
