package org.nuanxin.gateway.proxy;

import com.sun.net.httpserver.HttpServer;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.nuanxin.common.testing.NotInApiContract;
import org.nuanxin.common.testing.RealInfrastructure;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Callers that reset their connection halfway through a request body (a phone losing signal while it sends a
 * report, a hospital client timing out) must not use up the proxy's connections to the service: after more such
 * aborts than the proxy has connections, every whole request is still forwarded and answered.
 * The service behind the route here is a plain HTTP server that reads the whole body and echoes its length. A
 * service that cannot be reached or goes silent is a problem the caller can act on, never a hang.
 */
@QuarkusTest
@QuarkusTestResource(value = RealInfrastructure.class, restrictToAnnotatedClass = false)
@QuarkusTestResource(value = AbortedUploadsTest.Upstream.class, restrictToAnnotatedClass = true)
class AbortedUploadsTest {

    private static final int ABORTS = 150;

    @TestHTTPResource("/api/upstream/reports")
    URL reports;

    @Test
    void shouldKeepForwardingAfterManyCallersResetMidBody() throws Exception {
        for (int i = 0; i < ABORTS; i++) {
            resetAfter(i % 2 == 0 ? 100 : 10_000);
        }

        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        for (int i = 0; i < 20; i++) {
            String body = "{\"report\":" + i + "}";
            HttpResponse<String> answer = client.send(HttpRequest.newBuilder(reports.toURI())
                            .timeout(Duration.ofSeconds(30))
                            .header("Content-Type", "application/json")
                            .POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(200, answer.statusCode(), "whole request " + i + " after " + ABORTS + " aborted uploads");
            assertEquals("read " + body.length() + " bytes", answer.body());
        }
        assertTrue(Upstream.WHOLE_BODIES.get() >= 20, "the service read " + Upstream.WHOLE_BODIES.get() + " whole bodies");
    }

    @Test
    @NotInApiContract("calls a stand-in upstream route of this test's own; the gateway's document does not list "
            + "the services' paths it forwards (each service documents its own)")
    void shouldAnswerAProblemWithRetryAfterWhenTheServiceIsSilent() {
        given().contentType("application/json").body("{}")
                .when().post("/api/upstream/silent")
                .then().statusCode(504)
                .contentType("application/problem+json")
                .header("Retry-After", "5")
                .body("status", equalTo(504))
                .body("detail", containsString("the upstream service did not answer in time"))
                .body("instance", equalTo("/api/upstream/silent"));
    }

    @Test
    @NotInApiContract("calls a route this test points at a closed port; the gateway's document does not list the "
            + "services' paths it forwards (each service documents its own)")
    void shouldAnswerAProblemWithRetryAfterWhenTheServiceCannotBeReached() {
        given().when().get("/api/nowhere/families?name=王")
                .then().statusCode(502)
                .contentType("application/problem+json")
                .header("Retry-After", "5")
                .body("status", equalTo(502))
                .body("detail", containsString("the nowhere service could not be reached"))
                .body("instance", equalTo("/api/nowhere/families"));
    }

    @Test
    void shouldAnswer408ToACallerThatStopsSendingItsBodyWithoutTroublingTheService() throws Exception {
        int before = Upstream.REQUESTS.get();
        try (Socket socket = new Socket(reports.getHost(), reports.getPort())) {
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            out.write(("POST " + reports.getPath() + " HTTP/1.1\r\nHost: " + reports.getHost() + "\r\n"
                    + "Content-Type: application/json\r\nContent-Length: 10000\r\n\r\n{\"report\":")
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            String answer = readUntil(socket, "request-body-incomplete");
            assertTrue(answer.startsWith("HTTP/1.1 408"), answer);
            assertTrue(answer.contains("application/problem+json"), answer);
            assertTrue(answer.contains("request-body-incomplete"), answer);
        }
        assertEquals(before, Upstream.REQUESTS.get(), "nothing of the half-sent request reached the service");
    }

    /**
     * Headers announcing 10,000 bytes, {@code sent} of them sent, then a TCP reset (linger 0): halfway through the
     * body, or once the whole request is out but before its answer came back.
     */
    private void resetAfter(int sent) throws IOException {
        try (Socket socket = new Socket(reports.getHost(), reports.getPort())) {
            socket.setSoLinger(true, 0);
            OutputStream out = socket.getOutputStream();
            out.write(("POST " + reports.getPath() + " HTTP/1.1\r\nHost: " + reports.getHost() + "\r\n"
                    + "Content-Type: application/json\r\nContent-Length: 10000\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.write(new byte[sent]);
            out.flush();
            sleepBriefly();
        }
    }

    /** What the socket brings until {@code expected} shows or the connection ends. */
    private static String readUntil(Socket socket, String expected) throws IOException {
        StringBuilder read = new StringBuilder();
        byte[] chunk = new byte[1024];
        for (int n; !read.toString().contains(expected) && (n = socket.getInputStream().read(chunk)) > 0; ) {
            read.append(new String(chunk, 0, n, StandardCharsets.UTF_8));
        }
        return read.toString();
    }

    /** Lets the proxy open its request to the service before the reset arrives. */
    private static void sleepBriefly() {
        try {
            Thread.sleep(20);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** {@code nuanxin.routes.upstream}: a service that reads each body to its end and says how long it was. */
    public static class Upstream implements QuarkusTestResourceLifecycleManager {

        static final AtomicInteger WHOLE_BODIES = new AtomicInteger();
        static final AtomicInteger REQUESTS = new AtomicInteger();
        private HttpServer server;

        @Override
        public Map<String, String> start() {
            try {
                server = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
            server.createContext("/api/silent", exchange -> {
                try (exchange) {
                    Thread.sleep(15_000); // longer than this test's nuanxin.proxy.idle-timeout
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            });
            server.createContext("/api/", exchange -> {
                REQUESTS.incrementAndGet();
                try (exchange) {
                    byte[] read = exchange.getRequestBody().readAllBytes();
                    WHOLE_BODIES.incrementAndGet();
                    Thread.sleep(50); // the work of a service, long enough for an impatient caller to hang up
                    byte[] answer = ("read " + read.length + " bytes").getBytes(StandardCharsets.UTF_8);
                    exchange.sendResponseHeaders(200, answer.length);
                    exchange.getResponseBody().write(answer);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                } catch (IOException aborted) {
                    // the proxy gave up on this request: nothing to answer
                }
            });
            server.setExecutor(java.util.concurrent.Executors.newCachedThreadPool());
            server.start();
            return Map.of("nuanxin.routes.upstream", "http://localhost:" + server.getAddress().getPort(),
                    "nuanxin.routes.nowhere", "http://localhost:" + closedPort(),
                    "nuanxin.proxy.idle-timeout", "3s");
        }

        /** A port nothing listens on. */
        private static int closedPort() {
            try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
                return socket.getLocalPort();
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }

        @Override
        public void stop() {
            if (server != null) {
                server.stop(0);
            }
        }
    }
}
