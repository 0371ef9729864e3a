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
                    frame.append(line).append('\n');
                }
            }
        } catch (Exception e) {
            // the test ends by dropping the connection
        }
    }
}
