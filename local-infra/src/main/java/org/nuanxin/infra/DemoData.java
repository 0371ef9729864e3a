package org.nuanxin.infra;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

/**
 * Demo data (pseudonyms, generated identity numbers and phones): the ten warm-home sites, volunteers and
 * families, registered through the gateway's public API as the demo city coordinator, so they travel the
 * same path as real work: service, outbox, Kafka, supervision view. Each set is loaded only where its
 * service holds nothing yet.
 */
final class DemoData {

    private final HttpClient http = HttpClient.newHttpClient();
    private final ObjectMapper json = new ObjectMapper();
    private final String gatewayUrl;
    private final String oidcUrl;

    DemoData(String gatewayUrl, String oidcUrl) {
        this.gatewayUrl = gatewayUrl;
        this.oidcUrl = oidcUrl;
    }

    /** A demo set: its file under {@code /demo}, and the gateway path it is listed from and posted to. */
    record DemoSet(String file, String path) {
    }

    static final java.util.List<DemoSet> SETS = java.util.List.of(
            new DemoSet("sites.json", "/api/care-home/sites"),
            new DemoSet("volunteers.json", "/api/volunteer/volunteers"),
            new DemoSet("families.json", "/api/family/families"));

    /** @return how many records were loaded, per file */
    java.util.Map<String, Integer> loadWhereEmpty() throws IOException, InterruptedException {
        String token = token("city", "nuanxin");
        java.util.Map<String, Integer> loaded = new java.util.LinkedHashMap<>();
        for (DemoSet set : SETS) {
            loaded.put(set.file(), loadIfEmpty(set, token));
        }
        return loaded;
    }

    private int loadIfEmpty(DemoSet set, String token) throws IOException, InterruptedException {
        JsonNode page = json.readTree(send(HttpRequest.newBuilder(URI.create(gatewayUrl + set.path() + "?size=1"))
                .header("Authorization", "Bearer " + token).GET().build(), 200));
        if (page.path("total").asLong() > 0) {
            return 0;
        }
        JsonNode records;
        try (InputStream in = DemoData.class.getResourceAsStream("/demo/" + set.file())) {
            records = json.readTree(in);
        }
        for (JsonNode record : records) {
            send(HttpRequest.newBuilder(URI.create(gatewayUrl + set.path()))
                    .header("Authorization", "Bearer " + token)
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(record))).build(), 201);
        }
        return records.size();
    }

    private String token(String username, String password) throws IOException, InterruptedException {
        String form = "grant_type=password&client_id=nuanxin-cli&username=" + encode(username)
                + "&password=" + encode(password);
        String body = send(HttpRequest.newBuilder(URI.create(oidcUrl + "/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), 200);
        return json.readTree(body).path("access_token").asText();
    }

    private String send(HttpRequest request, int expected) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != expected) {
            throw new IOException(request.method() + " " + request.uri() + " answered " + response.statusCode()
                    + ": " + response.body());
        }
        return response.body();
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
