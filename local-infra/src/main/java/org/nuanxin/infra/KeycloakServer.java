package org.nuanxin.infra;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * The real Keycloak server from the {@code keycloak-quarkus-dist} zip on Maven Central, unpacked once into the
 * user's cache, started in dev mode with the {@code nuanxin} realm imported. Its own data lives in the local
 * PostgreSQL (database {@code keycloak}), so the server never re-augments between runs and tests.
 */
final class KeycloakServer implements AutoCloseable {

    static final String REALM = "nuanxin";

    private final ChildProcess process;
    private final int port;

    private KeycloakServer(ChildProcess process, int port) {
        this.process = process;
        this.port = port;
    }

    static KeycloakServer start(int port, int managementPort, String postgresBaseUrl, Path cacheDir, Path runDir)
            throws IOException {
        Path home = unpackedDistribution(cacheDir);
        // --import-realm reads data/import of the distribution; an existing realm is left as it is
        Path importDir = home.resolve("data/import");
        Files.createDirectories(importDir);
        try (InputStream realm = KeycloakServer.class.getResourceAsStream("/keycloak/nuanxin-realm.json")) {
            Files.copy(realm, importDir.resolve("nuanxin-realm.json"), StandardCopyOption.REPLACE_EXISTING);
        }
        List<String> command = List.of(home.resolve("bin/kc.sh").toString(), "start-dev",
                "--import-realm",
                "--http-port=" + port,
                "--http-management-port=" + managementPort,
                "--health-enabled=true",
                "--db=postgres",
                "--db-url=" + postgresBaseUrl + "/keycloak",
                "--db-username=" + PostgresServer.USER,
                "--db-password=postgres",
                "--cache=local",
                "--log-level=WARN,org.keycloak.services:INFO");
        Map<String, String> env = Map.of(
                "JAVA_HOME", System.getProperty("java.home"),
                "JAVA_OPTS_KC_HEAP", "-Xms64m -Xmx512m",
                "KC_BOOTSTRAP_ADMIN_USERNAME", "admin",
                "KC_BOOTSTRAP_ADMIN_PASSWORD", "admin");
        ChildProcess keycloak = ChildProcess.start("keycloak", command, env, home, runDir);
        keycloak.awaitHttpOk("http://localhost:" + port + "/realms/" + REALM + "/.well-known/openid-configuration",
                Duration.ofMinutes(4));
        return new KeycloakServer(keycloak, port);
    }

    /** Unpacks the distribution zip that Maven downloaded, once per version, into the cache directory. */
    private static Path unpackedDistribution(Path cacheDir) throws IOException {
        Path zip = java.util.Arrays.stream(resource("keycloak-dist.location").split(java.io.File.pathSeparator))
                .map(Path::of)
                .filter(path -> path.getFileName().toString().startsWith("keycloak-quarkus-dist-"))
                .findFirst()
                .orElseThrow(() -> new IOException("keycloak-quarkus-dist zip not found in the build's record"));
        String version = zip.getFileName().toString().replace("keycloak-quarkus-dist-", "").replace(".zip", "");
        Path home = cacheDir.resolve("keycloak-" + version);
        Path marker = home.resolve(".unpacked");
        if (Files.exists(marker)) {
            return home;
        }
        Path staging = cacheDir.resolve("keycloak-" + version + ".partial");
        Directories.deleteTree(staging);
        Files.createDirectories(staging);
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
            for (ZipEntry entry; (entry = in.getNextEntry()) != null; ) {
                // strip the top folder keycloak-<version>/
                String name = entry.getName().substring(entry.getName().indexOf('/') + 1);
                if (name.isEmpty()) {
                    continue;
                }
                Path target = staging.resolve(name).normalize();
                if (!target.startsWith(staging)) {
                    throw new IOException("zip entry outside the target: " + entry.getName());
                }
                if (entry.isDirectory()) {
                    Files.createDirectories(target);
                } else {
                    Files.createDirectories(target.getParent());
                    Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
                    if (name.startsWith("bin/") && name.endsWith(".sh")) {
                        target.toFile().setExecutable(true);
                    }
                }
            }
        }
        Directories.deleteTree(home);
        Files.move(staging, home);
        Files.writeString(marker, version);
        return home;
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = KeycloakServer.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IOException(name + " missing: build local-infra with Maven first");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).trim();
        }
    }


    String realmUrl() {
        return "http://localhost:" + port + "/realms/" + REALM;
    }

    @Override
    public void close() {
        process.close();
    }
}
