package org.nuanxin.infra;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;

/** Real PostgreSQL 17 from the zonky binaries on Maven Central, one database per service. */
final class PostgresServer implements AutoCloseable {

    static final String USER = "postgres";

    private EmbeddedPostgres postgres;
    private final int port;
    private final Path dataDir;

    private PostgresServer(EmbeddedPostgres postgres, int port, Path dataDir) {
        this.postgres = postgres;
        this.port = port;
        this.dataDir = dataDir;
    }

    static PostgresServer start(int port, Path dataDir, List<String> databases) throws IOException {
        Files.createDirectories(dataDir.getParent());
        PostgresServer server = new PostgresServer(launch(port, dataDir), port, dataDir);
        server.createMissing(databases);
        return server;
    }

    private static EmbeddedPostgres launch(int port, Path dataDir) throws IOException {
        return EmbeddedPostgres.builder()
                .setPort(port)
                .setDataDirectory(dataDir)
                // keep what an earlier run stored; a fresh directory gets initdb
                .setCleanDataDirectory(false)
                .setRegisterShutdownHook(false)
                .setPGStartupWait(Duration.ofSeconds(60))
                .setServerConfig("max_connections", "300")
                .setServerConfig("fsync", "on")
                .setLocaleConfig("locale", "C.UTF-8")
                .setLocaleConfig("encoding", "UTF8")
                .start();
    }

    /** Stops the server (pg_ctl stop, fast mode: open connections are cut); the data stays for {@link #startAgain()}. */
    synchronized void stop() throws IOException {
        postgres.close();
    }

    /** The server again on the same port with the same data, as after an operator's restart; returns once it accepts connections. */
    synchronized void startAgain() throws IOException {
        postgres = launch(port, dataDir);
    }

    private void createMissing(List<String> databases) throws IOException {
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
             Statement statement = connection.createStatement()) {
            for (String database : databases) {
                try (ResultSet rs = statement.executeQuery(
                        "SELECT 1 FROM pg_database WHERE datname = '" + database + "'")) {
                    if (!rs.next()) {
                        statement.execute("CREATE DATABASE \"" + database + "\"");
                    }
                }
            }
        } catch (SQLException e) {
            throw new IOException("could not create the service databases", e);
        }
    }

    String baseJdbcUrl() {
        return "jdbc:postgresql://localhost:" + postgres.getPort();
    }

    @Override
    public synchronized void close() throws IOException {
        postgres.close();
    }
}
