package org.nuanxin.gateway.spa;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.nuanxin.common.testing.RealInfrastructure;
import org.nuanxin.common.testing.Tokens;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A browser that accepts gzip gets the SPA (its page, its scripts and styles) and the gateway's JSON gzipped, byte for
 * byte the same once unpacked; the supervision stream is never compressed, so each frame goes out as it is written.
 */
@QuarkusTest
@QuarkusTestResource(value = RealInfrastructure.class, restrictToAnnotatedClass = false)
class CompressionTest {

    private static final Pattern SCRIPT = Pattern.compile("/assets/[^\"]+\\.js");
    private static final Pattern STYLES = Pattern.compile("/assets/[^\"]+\\.css");

    @TestHTTPResource("/")
    URL gateway;

    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();

    @Test
    void shouldSendTheSpaGzippedToABrowserThatAcceptsIt() throws Exception {
        byte[] page = assertGzippedAsBuilt("/", "META-INF/resources/index.html");
        String html = new String(page, StandardCharsets.UTF_8);
        assertGzippedAsBuilt(find(SCRIPT, html), "META-INF/resources" + find(SCRIPT, html));
        assertGzippedAsBuilt(find(STYLES, html), "META-INF/resources" + find(STYLES, html));
    }

    @Test
    void shouldSendADeepLinkToTheSpaGzipped() throws Exception {
        assertGzippedAsBuilt("/families/123", "META-INF/resources/index.html");
    }

    @Test
    void shouldSendTheGatewaysJsonGzipped() throws Exception {
        HttpResponse<byte[]> plain = get("/api/config", null);
        HttpResponse<byte[]> gzipped = get("/api/config", "gzip");
        assertEquals(200, gzipped.statusCode());
        assertEquals("gzip", gzipped.headers().firstValue("Content-Encoding").orElse("none"));
        assertArrayEquals(plain.body(), gunzip(gzipped.body()));
    }

    @Test
    void shouldNotCompressTheSupervisionStream() throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(gateway.toString()).resolve("/api/supervision/stream"))
                .header("Authorization", "Bearer " + Tokens.of("city"))
                .header("Accept", "text/event-stream")
                .header("Accept-Encoding", "gzip, deflate, br")
                .build();
        HttpResponse<InputStream> response = client.send(request, HttpResponse.BodyHandlers.ofInputStream());
        try (BufferedReader frames = new BufferedReader(new InputStreamReader(response.body(), StandardCharsets.UTF_8))) {
            assertEquals(200, response.statusCode());
            assertTrue(response.headers().firstValue("Content-Encoding").filter(e -> !e.equals("identity")).isEmpty(),
                    "the stream is sent as it is: " + response.headers().map());
            String line = frames.readLine();
            assertNotNull(line);
            while (line.isEmpty() || line.startsWith(":")) {
                line = frames.readLine();
            }
            assertTrue(line.matches("[a-z-]+:.*"), "the first frame arrives as plain text: " + line);
        }
    }

    /** The path's bytes, asserted gzipped for a browser that accepts it and equal to the built file once unpacked. */
    private byte[] assertGzippedAsBuilt(String path, String resource) throws Exception {
        HttpResponse<byte[]> gzipped = get(path, "gzip, deflate, br");
        assertEquals(200, gzipped.statusCode(), path);
        assertEquals("gzip", gzipped.headers().firstValue("Content-Encoding").orElse("none"), path);
        byte[] built;
        try (InputStream file = getClass().getClassLoader().getResourceAsStream(resource)) {
            assertNotNull(file, resource);
            built = file.readAllBytes();
        }
        byte[] unpacked = gunzip(gzipped.body());
        assertArrayEquals(built, unpacked, path);
        assertArrayEquals(built, get(path, null).body(), path + " for a browser that does not accept gzip");
        if (built.length > 10_000) {
            assertTrue(gzipped.body().length < built.length / 2, path + ": " + gzipped.body().length + " bytes sent");
        }
        return unpacked;
    }

    private HttpResponse<byte[]> get(String path, String acceptEncoding) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(gateway.toString()).resolve(path))
                .timeout(Duration.ofSeconds(30));
        if (acceptEncoding != null) {
            request.header("Accept-Encoding", acceptEncoding);
        }
        return client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private static byte[] gunzip(byte[] gzipped) throws IOException {
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(gzipped))) {
            return in.readAllBytes();
        }
    }

    private static String find(Pattern pattern, String html) {
        Matcher matcher = pattern.matcher(html);
        assertTrue(matcher.find(), pattern + " in " + html);
        return matcher.group();
    }
}
