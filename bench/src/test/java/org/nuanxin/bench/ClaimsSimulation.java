package org.nuanxin.bench;

import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Session;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import io.gatling.javaapi.http.HttpRequestActionBuilder;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.constantUsersPerSec;
import static io.gatling.javaapi.core.CoreDsl.responseTimeInMillis;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

/**
 * One step of a load ladder against the gateway, as a partner hospital's system would call it: an open model, new
 * requests arriving at a constant rate whatever the answers take ({@code constantUsersPerSec}), so a slow answer does
 * not hold back the next request (no coordinated omission). What to send and how fast comes from the properties
 * file {@link Bench} writes ({@code bench.config}, else {@code target/bench-run.properties}):
 * <ul>
 *   <li>{@code post}: {@code POST /api/insurance/claims} with a fresh Idempotency-Key, an outpatient claim of one
 *   of the enrolled persons (adjudication, history, two outbox events, the stored answer);</li>
 *   <li>{@code get}: {@code GET /api/insurance/claims/{id}} of claims the hospital submitted (with its access-audit
 *   row);</li>
 *   <li>{@code floor}: {@code GET /api/insurance/benefit-rules}, the same token checks in the gateway and the service
 *   and the same proxy hop, but no database: the HTTP floor of the stack.</li>
 * </ul>
 * The load runs {@code warmup} seconds unrecorded, then {@code seconds} recorded; each recorded answer's time and
 * outcome is written, with the step's rate, to {@code results} as JSON.
 */
public class ClaimsSimulation extends Simulation {

    private static final Properties CONFIG = config();
    private static final String MODE = CONFIG.getProperty("mode");
    private static final int RATE = Integer.parseInt(CONFIG.getProperty("rate"));
    private static final int SECONDS = Integer.parseInt(CONFIG.getProperty("seconds"));
    /** The same load first for this long, not recorded: the JIT of the services and of Gatling itself warms up. */
    private static final int WARMUP = Integer.parseInt(CONFIG.getProperty("warmup", "5"));
    private static final List<String> PERSONS = lines(CONFIG.getProperty("persons"));
    private static final List<String> CLAIMS = lines(CONFIG.getProperty("claims"));
    private static final Recorder RECORDER = new Recorder();
    /** Where the insurance API is: {@code /api/insurance} through the gateway, {@code /api} at the service itself. */
    private static final String PREFIX = CONFIG.getProperty("prefix", "/api/insurance");

    private static Properties config() {
        Path file = Path.of(System.getProperty("bench.config", "target/bench-run.properties"));
        if (!Files.exists(file) && Files.exists(Path.of("bench").resolve(file))) {
            file = Path.of("bench").resolve(file);
        }
        Properties properties = new Properties();
        try (InputStream in = Files.newInputStream(file)) {
            properties.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException("the bench configuration " + file.toAbsolutePath() + " (written by Bench)", e);
        }
        return properties;
    }

    private static List<String> lines(String file) {
        try {
            return file == null || file.isBlank() ? List.of()
                    : Files.readAllLines(Path.of(file)).stream().filter(l -> !l.isBlank()).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    {
        // several base URLs (replicas of one service, called straight) are taken in turn
        HttpProtocolBuilder protocol = http.baseUrls(CONFIG.getProperty("gateway").split(","))
                // one pool of keep-alive connections, as one hospital system's HTTP client would hold
                .shareConnections()
                .acceptHeader("application/json")
                .header("Authorization", session -> "Bearer " + HospitalToken.current());
        ScenarioBuilder scenario = scenario(MODE + " @ " + RATE + "/s")
                .exec(session -> session.set("startedAt", System.nanoTime()))
                .exec(request().check(responseTimeInMillis().saveAs("rt"), status().is(MODE.equals("post") ? 201 : 200)))
                .exec(ClaimsSimulation::record);
        setUp(scenario.injectOpen(constantUsersPerSec(RATE).during(WARMUP + SECONDS))).protocols(protocol);
    }

    private static volatile long measureFrom = Long.MAX_VALUE;

    @Override
    public void before() {
        HospitalToken.current();
        measureFrom = System.nanoTime() + WARMUP * 1_000_000_000L;
    }

    private static HttpRequestActionBuilder request() {
        return switch (MODE) {
            case "post" -> http("POST /api/insurance/claims").post(PREFIX + "/claims")
                    .header("Content-Type", "application/json")
                    .header("Idempotency-Key", session -> UUID.randomUUID().toString())
                    .body(StringBody(session -> claimBody()));
            case "get" -> http("GET /api/insurance/claims/{id}")
                    .get(session -> PREFIX + "/claims/" + CLAIMS.get(ThreadLocalRandom.current().nextInt(CLAIMS.size())));
            case "floor" -> http("GET /api/insurance/benefit-rules").get(PREFIX + "/benefit-rules");
            default -> throw new IllegalArgumentException("mode " + MODE);
        };
    }

    /** An outpatient visit of this year, one of the enrolled persons, amounts far below the yearly cap. */
    private static String claimBody() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        String person = PERSONS.get(random.nextInt(PERSONS.size()));
        LocalDate day = LocalDate.now().withDayOfYear(1).plusDays(random.nextInt(LocalDate.now().getDayOfYear()));
        return """
                {"patient":{"insuredPersonId":"%s"},"setting":"OUTPATIENT","admissionDate":"%s","dischargeDate":"%s",\
                "inpatientDays":0,"diagnosisCodes":["I10"],"items":[\
                {"code":"XC09AA02","description":"依那普利片","category":"MEDICINE","amount":"%d.%02d"},\
                {"code":"EX-ECG","description":"心电图","category":"EXAMINATION","amount":"45.00"}],\
                "attachments":[{"kind":"INVOICE","fileName":"发票.pdf"}]}""".formatted(person, day, day,
                20 + random.nextInt(80), random.nextInt(100));
    }

    private static Session record(Session session) {
        if (session.getLong("startedAt") < measureFrom) {
            return session;
        }
        RECORDER.record(session.getLong("startedAt"), session.contains("rt") ? session.getInt("rt") : -1,
                !session.isFailed());
        return session;
    }

    @Override
    public void after() {
        try {
            Files.writeString(Path.of(CONFIG.getProperty("results")), RECORDER.json(MODE, RATE, SECONDS));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every answer's time in milliseconds (a failed one too, when it came), ok and failed counts. */
    static final class Recorder {
        private int[] millis = new int[1 << 16];
        private int size;
        private int ok;
        private int failed;
        private int unanswered;
        private long firstStart = Long.MAX_VALUE;
        private long lastStart = Long.MIN_VALUE;

        synchronized void record(long startedAt, int rt, boolean succeeded) {
            firstStart = Math.min(firstStart, startedAt);
            lastStart = Math.max(lastStart, startedAt);
            if (succeeded) {
                ok++;
            } else {
                failed++;
            }
            if (rt < 0) {
                unanswered++;
                return;
            }
            if (size == millis.length) {
                millis = Arrays.copyOf(millis, size * 2);
            }
            millis[size++] = rt;
        }

        synchronized String json(String mode, int rate, int seconds) {
            int[] sorted = Arrays.copyOf(millis, size);
            Arrays.sort(sorted);
            List<String> fields = new ArrayList<>();
            fields.add("\"mode\":\"" + mode + "\"");
            fields.add("\"rate\":" + rate);
            fields.add("\"seconds\":" + seconds);
            // the recorded requests' arrivals span this long: the achieved rate is their number over it
            fields.add("\"window\":" + (lastStart > firstStart ? (lastStart - firstStart) / 1e9 : seconds));
            fields.add("\"ok\":" + ok);
            fields.add("\"failed\":" + failed);
            fields.add("\"unanswered\":" + unanswered);
            fields.add("\"p50\":" + percentile(sorted, 50));
            fields.add("\"p99\":" + percentile(sorted, 99));
            fields.add("\"p999\":" + percentile(sorted, 99.9));
            fields.add("\"max\":" + (sorted.length == 0 ? -1 : sorted[sorted.length - 1]));
            return "{" + String.join(",", fields) + "}\n";
        }

        private static int percentile(int[] sorted, double p) {
            if (sorted.length == 0) {
                return -1;
            }
            int rank = (int) Math.ceil(p / 100 * sorted.length) - 1;
            return sorted[Math.max(0, Math.min(sorted.length - 1, rank))];
        }
    }

    /** The hospital's client-credentials token, renewed a minute before it would expire. */
    static final class HospitalToken {
        private static final Pattern ACCESS_TOKEN = Pattern.compile("\"access_token\":\"([^\"]+)\"");
        private static final Pattern EXPIRES_IN = Pattern.compile("\"expires_in\":(\\d+)");
        private static String token;
        private static long renewAt;

        static synchronized String current() {
            if (token == null || System.nanoTime() > renewAt) {
                String form = "grant_type=client_credentials&client_id=" + enc(CONFIG.getProperty("clientId"))
                        + "&client_secret=" + enc(CONFIG.getProperty("clientSecret"));
                try {
                    HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                                    URI.create(CONFIG.getProperty("tokenUrl")))
                            .header("Content-Type", "application/x-www-form-urlencoded")
                            .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
                    Matcher access = ACCESS_TOKEN.matcher(response.body());
                    Matcher expires = EXPIRES_IN.matcher(response.body());
                    if (response.statusCode() != 200 || !access.find() || !expires.find()) {
                        throw new IllegalStateException("token: " + response.statusCode() + " " + response.body());
                    }
                    token = access.group(1);
                    renewAt = System.nanoTime() + (Long.parseLong(expires.group(1)) - 60) * 1_000_000_000L;
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException(e);
                }
            }
            return token;
        }

        private static String enc(String value) {
            return URLEncoder.encode(value, StandardCharsets.UTF_8);
        }
    }
}
