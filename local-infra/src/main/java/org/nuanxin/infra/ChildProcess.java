package org.nuanxin.infra;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A process of the local stack (Kafka, Keycloak, a service), its output in a log file, stopped with its
 * whole process tree. Its pid is written to a file so that a launcher killed with SIGKILL can clean up the
 * orphans on its next start.
 */
final class ChildProcess implements AutoCloseable {

    private final String name;
    private final Process process;
    private final Path logFile;
    private final Path pidFile;
    private final ProcessBuilder builder;

    private ChildProcess(String name, Process process, Path logFile, Path pidFile, ProcessBuilder builder) {
        this.name = name;
        this.process = process;
        this.logFile = logFile;
        this.pidFile = pidFile;
        this.builder = builder;
    }

    static ChildProcess start(String name, List<String> command, Map<String, String> env, Path workDir, Path runDir)
            throws IOException {
        Files.createDirectories(runDir);
        Path pidFile = runDir.resolve(name + ".pid");
        killStale(pidFile);
        Path logFile = runDir.resolve(name + ".log");
        ProcessBuilder builder = new ProcessBuilder(command)
                .directory(workDir.toFile())
                .redirectErrorStream(true)
                .redirectOutput(logFile.toFile());
        builder.environment().putAll(env);
        return launch(name, builder, logFile, pidFile);
    }

    private static ChildProcess launch(String name, ProcessBuilder builder, Path logFile, Path pidFile)
            throws IOException {
        Process process = builder.start();
        Files.writeString(pidFile, Long.toString(process.pid()));
        return new ChildProcess(name, process, logFile, pidFile, builder);
    }

    /**
     * The same command again, in the same directory with the same environment, once this one has ended; its output
     * goes on in the same log file (fault drills stop or kill a process and start it again).
     */
    ChildProcess startAgain() throws IOException {
        if (process.isAlive()) {
            throw new IllegalStateException(name + " is still running");
        }
        builder.redirectOutput(ProcessBuilder.Redirect.appendTo(logFile.toFile()));
        return launch(name, builder, logFile, pidFile);
    }

    long pid() {
        return process.pid();
    }

    /** SIGKILL to the process and its descendants, as a crash or the OOM killer would; returns once all are gone. */
    void kill() {
        List<ProcessHandle> tree = process.descendants().toList();
        process.destroyForcibly();
        tree.forEach(ProcessHandle::destroyForcibly);
        try {
            process.waitFor(30, TimeUnit.SECONDS);
            for (ProcessHandle child : tree) {
                child.onExit().get(30, TimeUnit.SECONDS);
            }
        } catch (Exception e) {
            throw new IllegalStateException(name + " did not die after SIGKILL", e);
        }
    }

    /** SIGTERM to the process alone (its own shutdown then runs), waiting for it to end; returns its exit code. */
    int terminate(Duration grace) {
        process.destroy();
        try {
            if (!process.waitFor(grace.toMillis(), TimeUnit.MILLISECONDS)) {
                close();
                throw new IllegalStateException(name + " did not stop within " + grace + " of SIGTERM");
            }
            return process.exitValue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Kills what a previous launcher left behind when it died without its shutdown hook. */
    private static void killStale(Path pidFile) throws IOException {
        if (!Files.exists(pidFile)) {
            return;
        }
        try {
            long pid = Long.parseLong(Files.readString(pidFile).trim());
            ProcessHandle.of(pid).filter(ProcessHandle::isAlive).ifPresent(handle -> {
                handle.descendants().forEach(ProcessHandle::destroyForcibly);
                handle.destroyForcibly();
            });
        } catch (NumberFormatException e) {
            // an unreadable pid file names no process
        }
        Files.deleteIfExists(pidFile);
    }

    String name() {
        return name;
    }

    Path logFile() {
        return logFile;
    }

    void awaitPort(int port, Duration timeout) {
        await(timeout, () -> {
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress("localhost", port), 500);
                return true;
            } catch (IOException e) {
                return false;
            }
        }, "port " + port);
    }

    void awaitHttpOk(String url, Duration timeout) {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        await(timeout, () -> {
            try {
                HttpResponse<Void> response = client.send(
                        HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(5)).GET().build(),
                        HttpResponse.BodyHandlers.discarding());
                return response.statusCode() == 200;
            } catch (IOException e) {
                return false;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }, url);
    }

    private void await(Duration timeout, java.util.function.BooleanSupplier ready, String what) {
        Instant deadline = Instant.now().plus(timeout);
        while (!ready.getAsBoolean()) {
            if (!process.isAlive()) {
                throw new IllegalStateException(name + " exited with " + process.exitValue()
                        + " before " + what + " was ready; see " + logFile + "\n" + tail());
            }
            if (Instant.now().isAfter(deadline)) {
                throw new IllegalStateException(name + ": " + what + " not ready after " + timeout
                        + "; see " + logFile + "\n" + tail());
            }
            sleep(Duration.ofMillis(250));
        }
    }

    private String tail() {
        try {
            List<String> lines = Files.readAllLines(logFile);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 30), lines.size()));
        } catch (IOException e) {
            return "";
        }
    }

    int waitFor() throws InterruptedException {
        return process.waitFor();
    }

    /** SIGTERM to the tree, then SIGKILL to whatever still lives after the grace period. */
    @Override
    public void close() {
        List<ProcessHandle> tree = process.descendants().toList();
        process.destroy();
        tree.forEach(ProcessHandle::destroy);
        try {
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
            for (ProcessHandle child : tree) {
                child.onExit().get(15, TimeUnit.SECONDS);
            }
        } catch (Exception e) {
            tree.forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
        }
        try {
            Files.deleteIfExists(pidFile);
        } catch (IOException e) {
            // the next start copes with a stale pid file
        }
    }

    static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
