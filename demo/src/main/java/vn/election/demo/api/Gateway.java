package vn.election.demo.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.function.Supplier;

/**
 * The suite's public API through its gateway, and nothing else: {@code /api/v1/registry/**},
 * {@code /api/v1/tally/**}, {@code /api/v1/awards/**}. A 429 (the gateway's per-caller rate limit) is waited
 * out as its Retry-After says; any other answer outside 2xx is an {@link ApiException}.
 */
public final class Gateway {

    private static final int MOST_RETRIES = 20;

    private final URI base;
    private final HttpClient http;
    private final ObjectMapper json;

    public Gateway(URI base) {
        this.base = base;
        // HTTP/1.1, what the gateway speaks (it declines h2c upgrades: gateway application.properties); asking for
        // it up front saves an upgrade offer on every new connection
        this.http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10))
                .build();
        this.json = new ObjectMapper()
                .registerModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
    }

    public URI base() {
        return base;
    }

    /** An answer: its status and its JSON body (null when empty). */
    public record Answer(int status, JsonNode body) {}

    public JsonNode get(String path, String token) {
        return send("GET " + path, () -> request(path, token).GET().build()).body();
    }

    public JsonNode post(String path, String token, Object body) {
        return require("POST " + path, postForAnswer(path, token, body));
    }

    /** A POST whose 4xx answers are data (a batch item, a refused submission): only 5xx and 429 are not. */
    public Answer postForAnswer(String path, String token, Object body) {
        byte[] bytes = write(body);
        return send(
                "POST " + path,
                () -> request(path, token)
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofByteArray(bytes))
                        .build());
    }

    /** Streams a CSV body (a voter list, administrative units); {@code csv} is opened once per attempt. */
    public JsonNode postCsv(String path, String token, Supplier<InputStream> csv) {
        return require(
                "POST " + path,
                send(
                        "POST " + path,
                        () -> request(path, token)
                                .header("Content-Type", "text/csv")
                                .timeout(Duration.ofMinutes(30))
                                .POST(HttpRequest.BodyPublishers.ofInputStream(csv))
                                .build()));
    }

    private HttpRequest.Builder request(String path, String token) {
        HttpRequest.Builder b = HttpRequest.newBuilder(base.resolve("/api/v1" + path))
                .timeout(Duration.ofMinutes(2))
                .header("Accept", "application/json");
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        return b;
    }

    private Answer send(String what, Supplier<HttpRequest> request) {
        for (int attempt = 0; ; attempt++) {
            HttpResponse<byte[]> response;
            try {
                response = http.send(request.get(), HttpResponse.BodyHandlers.ofByteArray());
            } catch (IOException e) {
                throw new UncheckedIOException(what + ": " + e.getMessage(), e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(what + " interrupted", e);
            }
            int status = response.statusCode();
            JsonNode body = read(response.body());
            if (status == 429 && attempt < MOST_RETRIES) {
                long seconds =
                        response.headers().firstValueAsLong("Retry-After").orElse(1);
                sleep(Duration.ofSeconds(Math.max(1, seconds)));
                continue;
            }
            if (status >= 500 || status == 429 || (status >= 400 && !what.startsWith("POST"))) {
                throw new ApiException(what, status, body);
            }
            return new Answer(status, body);
        }
    }

    /** The body of a 2xx answer; else an {@link ApiException}. */
    public JsonNode require(String what, Answer answer) {
        if (answer.status() >= 400) {
            throw new ApiException(what, answer.status(), answer.body());
        }
        return answer.body();
    }

    private byte[] write(Object body) {
        try {
            return body == null ? new byte[0] : json.writeValueAsBytes(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private JsonNode read(byte[] body) {
        if (body.length == 0) {
            return null;
        }
        try {
            return json.readTree(body);
        } catch (IOException e) {
            return json.getNodeFactory().textNode(new String(body, java.nio.charset.StandardCharsets.UTF_8));
        }
    }

    public static void sleep(Duration d) {
        try {
            Thread.sleep(d.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
