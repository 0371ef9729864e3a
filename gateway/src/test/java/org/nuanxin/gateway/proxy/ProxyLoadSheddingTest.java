package org.nuanxin.gateway.proxy;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.core.json.JsonObject;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.nuanxin.common.testing.NotInApiContract;
import org.nuanxin.common.testing.RealInfrastructure;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import java.util.zip.GZIPInputStream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * A gateway offered more than its services answer sheds the excess at once — {@code 503} problem+json with
 * {@code Retry-After} — instead of keeping every waiting request until its heap runs out; and every request gives its
 * place back however it ends. Here the bound is 3 requests in flight, each service has one connection and lets one
 * request wait for it; the services behind the routes hold their answers until the test lets them go.
 */
@QuarkusTest
@QuarkusTestResource(value = RealInfrastructure.class, restrictToAnnotatedClass = false)
@QuarkusTestResource(value = ProxyLoadSheddingTest.Upstreams.class, restrictToAnnotatedClass = true)
@NotInApiContract("calls services made up for the test behind the proxy; their paths are in no API document")
class ProxyLoadSheddingTest {

    private static final int BOUND = 3;
    private static final Duration PATIENCE = Duration.ofSeconds(60);

    @Inject
    InFlightLimit limit;

    @TestHTTPResource("/")
    URL gateway;

    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();

    @Test
    void shouldAnswer503WithRetryAfterBeyondTheBoundAndForwardAgainOnceTheSlowOnesFinish() throws Exception {
        shouldTakeExactlyTheBound();
    }

    @Test
    void shouldAnswer503WhenMoreRequestsWaitForOneServiceThanItLetsWait() throws Exception {
        Upstreams.hold();
        int arrived = Upstreams.A_ARRIVED.get();
        CompletableFuture<HttpResponse<String>> first = sendAsync("/api/slow-a/held");
        waitUntil(() -> Upstreams.A_ARRIVED.get() == arrived + 1, "the first request holds slow-a's one connection");
        CompletableFuture<HttpResponse<String>> second = sendAsync("/api/slow-a/held");
        waitUntil(() -> limit.inFlight() == 2, "the second request is on its way");
        CompletableFuture<HttpResponse<String>> third = sendAsync("/api/slow-a/held");

        // one of the two waits for the connection; the other finds the one place in the queue taken
        CompletableFuture.anyOf(second, third).get(PATIENCE.toSeconds(), TimeUnit.SECONDS);
        HttpResponse<String> refused = second.isDone() ? second.get() : third.get();
        CompletableFuture<HttpResponse<String>> waiting = second.isDone() ? third : second;
        assertBusy(refused, "/api/slow-a/held", "as many requests wait for the slow-a service");
        assertTrue(!first.isDone() && !waiting.isDone(), "the others still wait for slow-a");

        Upstreams.release();
        assertEquals(200, first.get(PATIENCE.toSeconds(), TimeUnit.SECONDS).statusCode());
        assertEquals(200, waiting.get(PATIENCE.toSeconds(), TimeUnit.SECONDS).statusCode());
        waitUntil(() -> limit.inFlight() == 0, "every place given back");
    }

    @Test
    void shouldGiveBackEveryPlaceAfterFailedTimedOutAndAbortedRequests() throws Exception {
        for (int i = 0; i < 3 * BOUND; i++) {
            assertEquals(502, send("/api/nowhere/families").statusCode(), "a service that cannot be reached");
            assertEquals(500, send("/api/slow-a/broken").statusCode(), "a service's own error, passed on");
        }
        waitUntil(() -> limit.inFlight() == 0, "every place given back after 502s and 500s");
        assertEquals(504, send("/api/slow-c/silent").statusCode(), "a service that went silent");
        waitUntil(() -> limit.inFlight() == 0, "every place given back after a 504");
        assertEquals(408, stallMidBody("/api/slow-a/held"), "a caller that stopped sending its body");
        waitUntil(() -> limit.inFlight() == 0, "every place given back after a 408");
        for (int i = 0; i < 10 * BOUND; i++) {
            resetAfter("/api/slow-a/held", 100);
        }
        waitUntil(() -> limit.inFlight() == 0, "every place given back after resets mid-body");
        for (int i = 0; i < 10 * BOUND; i++) {
            resetAfter("/api/slow-c/held-briefly", 10_000);
        }
        waitUntil(() -> limit.inFlight() == 0, "every place given back after resets while the service worked");

        shouldTakeExactlyTheBound();
    }

    @Test
    void shouldCompressAServicesJsonAnswerForACallerThatAcceptsGzip() throws Exception {
        HttpResponse<byte[]> plain = client.send(request("/api/slow-a/answer").build(),
                HttpResponse.BodyHandlers.ofByteArray());
        HttpResponse<byte[]> gzipped = client.send(request("/api/slow-a/answer").header("Accept-Encoding", "gzip")
                .build(), HttpResponse.BodyHandlers.ofByteArray());

        assertEquals(200, gzipped.statusCode());
        assertEquals("gzip", gzipped.headers().firstValue("Content-Encoding").orElse("none"));
        assertTrue(plain.headers().firstValue("Content-Encoding").filter(e -> !e.equals("identity")).isEmpty(),
                "not compressed for a caller that did not ask");
        byte[] unzipped = new GZIPInputStream(new ByteArrayInputStream(gzipped.body())).readAllBytes();
        assertArrayEquals(plain.body(), unzipped);
        assertArrayEquals(Upstreams.ANSWER, unzipped);
        assertTrue(gzipped.body().length < unzipped.length / 2, gzipped.body().length + " bytes sent");
    }

    /**
     * Three requests held by the services (one waiting for slow-a's connection) are all the gateway takes: the
     * fourth gets 503 problem+json with Retry-After at once; once the three are answered a new request goes through.
     */
    private void shouldTakeExactlyTheBound() throws Exception {
        Upstreams.hold();
        List<CompletableFuture<HttpResponse<String>>> held = List.of(
                sendAsync("/api/slow-a/held"), sendAsync("/api/slow-b/held"), sendAsync("/api/slow-a/held"));
        waitUntil(() -> limit.inFlight() == BOUND, "the three requests are being forwarded");

        assertBusy(send("/api/slow-b/held"), "/api/slow-b/held",
                "the gateway is forwarding as many requests as it takes at once (" + BOUND + ")");
        assertTrue(held.stream().noneMatch(CompletableFuture::isDone), "the three still wait for their services");

        Upstreams.release();
        for (CompletableFuture<HttpResponse<String>> answer : held) {
            assertEquals(200, answer.get(PATIENCE.toSeconds(), TimeUnit.SECONDS).statusCode());
        }
        waitUntil(() -> limit.inFlight() == 0, "every place given back");
        HttpResponse<String> next = send("/api/slow-b/answer");
        assertEquals(200, next.statusCode(), next.body());
    }

    private static void assertBusy(HttpResponse<String> answer, String path, String detail) {
        assertEquals(503, answer.statusCode(), answer.body());
        assertEquals("application/problem+json", answer.headers().firstValue("Content-Type").orElse(""));
        assertEquals("5", answer.headers().firstValue("Retry-After").orElse(""), "Retry-After");
        JsonObject problem = new JsonObject(answer.body());
        assertEquals("https://nuanxin.org/problems/gateway-busy", problem.getString("type"));
        assertEquals("网关繁忙", problem.getString("title"));
        assertEquals(503, problem.getInteger("status"));
        assertTrue(problem.getString("detail").contains(detail), problem.getString("detail"));
        assertEquals(path, problem.getString("instance"));
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(gateway.toString()).resolve(path)).timeout(PATIENCE);
    }

    private HttpResponse<String> send(String path) throws Exception {
        return client.send(request(path).build(), HttpResponse.BodyHandlers.ofString());
    }

    private CompletableFuture<HttpResponse<String>> sendAsync(String path) {
        return client.sendAsync(request(path).build(), HttpResponse.BodyHandlers.ofString());
    }

    private void waitUntil(BooleanSupplier condition, String what) throws InterruptedException {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                fail("waited " + PATIENCE.toSeconds() + " s in vain for: " + what + " (" + limit.inFlight() + " in flight)");
            }
            Thread.sleep(20);
        }
    }

    /** Headers announcing 10,000 bytes, 10 of them sent, then nothing: the status of the gateway's answer. */
    private int stallMidBody(String path) throws IOException {
        try (Socket socket = new Socket(gateway.getHost(), gateway.getPort())) {
            socket.setSoTimeout((int) PATIENCE.toMillis());
            OutputStream out = socket.getOutputStream();
            out.write(("POST " + path + " HTTP/1.1\r\nHost: " + gateway.getHost() + "\r\n"
                    + "Content-Type: application/json\r\nContent-Length: 10000\r\n\r\n{\"report\":")
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            String status = new String(socket.getInputStream().readNBytes(12), StandardCharsets.US_ASCII);
            return Integer.parseInt(status.substring(9, 12));
        }
    }

    /** Headers announcing 10,000 bytes, {@code sent} of them sent, then a TCP reset (linger 0). */
    private void resetAfter(String path, int sent) throws IOException, InterruptedException {
        try (Socket socket = new Socket(gateway.getHost(), gateway.getPort())) {
            socket.setSoLinger(true, 0);
            OutputStream out = socket.getOutputStream();
            out.write(("POST " + path + " HTTP/1.1\r\nHost: " + gateway.getHost() + "\r\n"
                    + "Content-Type: application/json\r\nContent-Length: 10000\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.write(new byte[sent]);
            out.flush();
            Thread.sleep(20); // lets the gateway take the request before the reset arrives
        }
    }

    /**
     * {@code nuanxin.routes.slow-a}, {@code slow-b}, {@code slow-c}: three services (three connection pools) whose
     * {@code /held} answers once the test releases it; {@code nowhere}: a port nothing listens on.
     */
    public static class Upstreams implements QuarkusTestResourceLifecycleManager {

        static final AtomicInteger A_ARRIVED = new AtomicInteger();
        static final byte[] ANSWER = ("{\"families\":[" + "{\"district\":\"350203\",\"category\":\"BEREAVED\"},".repeat(60)
                + "{}]}").getBytes(StandardCharsets.UTF_8);
        private static volatile CountDownLatch released = new CountDownLatch(0);
        private final List<HttpServer> servers = new java.util.ArrayList<>();

        static void hold() {
            released = new CountDownLatch(1);
        }

        static void release() {
            released.countDown();
        }

        @Override
        public Map<String, String> start() {
            return Map.of(
                    "nuanxin.routes.slow-a", "http://localhost:" + serve(A_ARRIVED),
                    "nuanxin.routes.slow-b", "http://localhost:" + serve(new AtomicInteger()),
                    "nuanxin.routes.slow-c", "http://localhost:" + serve(new AtomicInteger()),
                    "nuanxin.routes.nowhere", "http://localhost:" + closedPort(),
                    "nuanxin.proxy.max-in-flight", String.valueOf(BOUND),
                    "nuanxin.proxy.max-connections", "1",
                    "nuanxin.proxy.max-waiting-per-service", "1",
                    "nuanxin.proxy.idle-timeout", "2s");
        }

        private int serve(AtomicInteger arrived) {
            HttpServer server;
            try {
                server = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
            server.createContext("/api/held", exchange -> {
                arrived.incrementAndGet();
                CountDownLatch latch = released;
                answer(exchange, () -> latch.await(PATIENCE.toSeconds(), TimeUnit.SECONDS));
            });
            server.createContext("/api/held-briefly", exchange -> answer(exchange, () -> Thread.sleep(1_000)));
            server.createContext("/api/silent", exchange -> answer(exchange, () -> Thread.sleep(5_000)));
            server.createContext("/api/answer", exchange -> answer(exchange, () -> { }));
            server.createContext("/api/broken", exchange -> {
                try (exchange) {
                    exchange.getRequestBody().readAllBytes();
                    exchange.sendResponseHeaders(500, -1);
                }
            });
            server.setExecutor(Executors.newCachedThreadPool());
            server.start();
            servers.add(server);
            return server.getAddress().getPort();
        }

        /** Reads the body, waits as told, answers 200 with {@link #ANSWER}; a gateway that gave up gets nothing. */
        private static void answer(HttpExchange exchange, Waiting waiting) {
            try (exchange) {
                exchange.getRequestBody().readAllBytes();
                waiting.await();
                exchange.getResponseHeaders().add("Content-Type", "application/json");
                exchange.sendResponseHeaders(200, ANSWER.length);
                exchange.getResponseBody().write(ANSWER);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (IOException gaveUp) {
                // the gateway reset this request: nothing to answer
            }
        }

        interface Waiting {
            void await() throws InterruptedException;
        }

        private static int closedPort() {
            try (ServerSocket socket = new ServerSocket(0)) {
                return socket.getLocalPort();
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }

        @Override
        public void stop() {
            release();
            servers.forEach(server -> server.stop(0));
        }
    }
}
