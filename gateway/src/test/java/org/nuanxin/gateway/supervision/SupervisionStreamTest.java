package org.nuanxin.gateway.supervision;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.nuanxin.common.testing.RealInfrastructure;
import org.nuanxin.common.testing.Tokens;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
@QuarkusTestResource(value = RealInfrastructure.class, restrictToAnnotatedClass = false)
class SupervisionStreamTest {

    private static final Pattern TOTAL = Pattern.compile("\"totalFamilies\":(\\d+)");

    @TestHTTPResource("/api/supervision/stream")
    URL stream;

    @Test
    void shouldPushANewSnapshotToAConnectedScreenWhenAFamilyIsRegistered() throws Exception {
        BlockingQueue<String> frames = new ArrayBlockingQueue<>(100);
        HttpClient client = HttpClient.newHttpClient();
        HttpRequest request = HttpRequest.newBuilder(URI.create(stream.toString()))
                .header("Authorization", "Bearer " + Tokens.of("city"))
                .header("Accept", "text/event-stream")
                .build();
        HttpResponse<java.io.InputStream> response = client.send(request, HttpResponse.BodyHandlers.ofInputStream());
        assertEquals(200, response.statusCode());
        Thread reader = new Thread(() -> readFrames(response, frames));
        reader.setDaemon(true);
        reader.start();

        String first = frames.poll(10, TimeUnit.SECONDS);
        assertNotNull(first, "the current snapshot arrives on connect");
        assertTrue(first.contains("event:snapshot") || first.contains("event: snapshot"), first);
        int before = total(first);

        String familyId = UUID.randomUUID().toString();
        FamilyEvents.publish(familyId, FamilyEvents.familyRegistered(
                UUID.randomUUID().toString(), familyId, "350205", "BEREAVED"));

        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        int latest = before;
        while (latest < before + 1 && System.nanoTime() < deadline) {
            String frame = frames.poll(1, TimeUnit.SECONDS);
            if (frame != null && frame.contains("totalFamilies")) {
                latest = total(frame);
            }
        }
        assertEquals(before + 1, latest, "a new snapshot with one more family was pushed without asking");
    }

    @Test
    void shouldCarryNoOtherDistrictsDataToADistrictCoordinator() throws Exception {
        Stream siming = Stream.open(stream, "siming", null);
        String first = siming.next(10);
        assertNotNull(first, "the current snapshot arrives on connect");
        // a change in 湖里区 sends 思明区's screen nothing; a change in 思明区 sends it its own figures
        long before = Figures.count("350203", "families");
        Publish.family("350206", "BEREAVED", 2);
        Publish.family("350203", "BEREAVED", 2);
        Figures.awaitCount("350203", "families", before + 1);
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        int snapshots = 0;
        for (String frame = first; frame != null && System.nanoTime() < deadline; frame = siming.next(3)) {
            assertFalse(frame.contains("350206") || frame.contains("湖里区"), frame);
            for (Matcher m = DISTRICT.matcher(frame); m.find(); ) {
                assertEquals("350203", m.group(1), frame);
            }
            snapshots += frame.contains("event:snapshot") ? 1 : 0;
        }
        assertTrue(snapshots >= 2, "a second snapshot came after the change in 思明区");
        siming.close();
    }

    @Test
    void shouldReplayTheAlertsMissedWhenAScreenReconnectsWithLastEventId() throws Exception {
        Stream first = Stream.open(stream, "city", null);
        String frame = first.next(10);
        assertNotNull(frame);
        String lastId = id(frame);
        first.close();

        // while the screen is away, a site falls below its standard and the alert rules raise an alert
        UUID site = org.nuanxin.gateway.alerts.AlertsTestSupport.breachedSite("350205");
        org.nuanxin.gateway.alerts.AlertsTestSupport.awaitAlertAbout(site);

        Stream again = Stream.open(stream, "city", lastId);
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        boolean replayed = false;
        while (!replayed && System.nanoTime() < deadline) {
            String next = again.next(2);
            replayed = next != null && next.contains("event:alert") && next.contains(site.toString());
        }
        again.close();
        assertTrue(replayed, "the alert raised while away is sent after the snapshot");

        // without Last-Event-ID nothing of the past is replayed, only the figures
        Stream fresh = Stream.open(stream, "city", null);
        String snapshot = fresh.next(10);
        assertTrue(snapshot.contains("event:snapshot"), snapshot);
        String next = fresh.next(2);
        assertTrue(next == null || !next.contains(site.toString()), next);
        fresh.close();
    }

    private static final Pattern DISTRICT = Pattern.compile("\"districtCode\":\"(\\d{6})\"");
    private static final Pattern ID = Pattern.compile("(?m)^id:(\\d+)$");

    private static String id(String frame) {
        Matcher matcher = ID.matcher(frame);
        assertTrue(matcher.find(), frame);
        return matcher.group(1);
    }

    /** A screen connected to the stream, with its frames in arrival order. */
    record Stream(HttpResponse<java.io.InputStream> response, BlockingQueue<String> frames) {

        static Stream open(URL url, String user, String lastEventId) throws Exception {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url.toString()))
                    .header("Authorization", "Bearer " + Tokens.of(user))
                    .header("Accept", "text/event-stream");
            if (lastEventId != null) {
                request.header("Last-Event-ID", lastEventId);
            }
            HttpResponse<java.io.InputStream> response = HttpClient.newHttpClient()
                    .send(request.build(), HttpResponse.BodyHandlers.ofInputStream());
            assertEquals(200, response.statusCode());
            BlockingQueue<String> frames = new ArrayBlockingQueue<>(1000);
            Thread reader = new Thread(() -> readFrames(response, frames));
            reader.setDaemon(true);
            reader.start();
            return new Stream(response, frames);
        }

        String next(int seconds) throws InterruptedException {
            return frames.poll(seconds, TimeUnit.SECONDS);
        }

        void close() throws java.io.IOException {
            response.body().close();
        }
    }

    private static int total(String frame) {
        Matcher matcher = TOTAL.matcher(frame);
        assertTrue(matcher.find(), frame);
        return Integer.parseInt(matcher.group(1));
    }

    /** Splits the stream into frames (separated by a blank line), skipping heartbeat comments. */
    private static void readFrames(HttpResponse<java.io.InputStream> response, BlockingQueue<String> frames) {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(response.body(), StandardCharsets.UTF_8))) {
            StringBuilder frame = new StringBuilder();
            for (String line; (line = in.readLine()) != null; ) {
                if (line.isEmpty()) {
                    if (frame.length() > 0) {
                        frames.add(frame.toString());
                        frame.setLength(0);
                    }
                } else if (!line.startsWith(":")) {
                    frame.append(line.replaceFirst("^(\\w+): ", "$1:")).append('\n');
                }
            }
        } catch (Exception e) {
            // the test ends by dropping the connection
        }
    }
}
