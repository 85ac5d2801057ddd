package vn.election.gateway.routing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.vertx.core.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublisher;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import vn.election.testing.TestTokens;

/**
 * A body sent by a client that offers HTTP/2 over clear text ({@code Upgrade: h2c}, what Java's
 * {@link HttpClient} does by default on an {@code http://} URL) reaches the backend whole. Before the gateway
 * stopped taking the upgrade ({@code quarkus.http.http2=false}), the demo's streamed voter CSV reached the
 * registry empty (its 422 on the CSV header): the upgraded request was HTTP/2 without Content-Length, and the
 * reverse proxy sent it on neither chunked nor with a length (Vert.x refused the writes, the service got no
 * body). Now the client goes on in HTTP/1.1 on the same connection, as RFC 9110 section 7.8 lets a server do.
 */
@QuarkusTest
class ClearTextHttp2Test {

    /** A voter CSV as the registry imports it (V-1): the header and two voters, with multi-byte UTF-8 names. */
    private static final String CSV = """
            citizen_id,full_name,birth_date,category,exclusion
            006090000001,Ma Văn A,1990-04-12,,
            006090000002,Hà Thị B,1985-01-30,,
            """;

    private static final byte[] CSV_BYTES = CSV.getBytes(StandardCharsets.UTF_8);

    private final HttpClient http2 = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_2)
            .connectTimeout(Duration.ofSeconds(5))
            .build();

    @Test
    void aStreamedBodyWithoutContentLengthArrivesWhole() throws Exception {
        // ofInputStream has no known length: Java's client sends it chunked, with no Content-Length
        JsonObject echo = post(BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(CSV_BYTES)));
        assertEquals(CSV_BYTES.length, echo.getInteger("bodyLength"));
        assertEquals(CSV, echo.getString("body"));
    }

    @Test
    void aBodyWithContentLengthArrivesWhole() throws Exception {
        JsonObject echo = post(BodyPublishers.ofByteArray(CSV_BYTES));
        assertEquals(CSV_BYTES.length, echo.getInteger("bodyLength"));
        assertEquals(CSV, echo.getString("body"));
    }

    @Test
    void theClientFallsBackToHttp11AndKeepsUsingIt() throws Exception {
        HttpResponse<String> first = send(BodyPublishers.ofByteArray(CSV_BYTES));
        HttpResponse<String> second = send(BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(CSV_BYTES)));
        assertEquals(HttpClient.Version.HTTP_1_1, first.version());
        assertEquals(HttpClient.Version.HTTP_1_1, second.version());
        assertEquals(CSV_BYTES.length, new JsonObject(second.body()).getInteger("bodyLength"));
    }

    private JsonObject post(BodyPublisher body) throws Exception {
        HttpResponse<String> response = send(body);
        assertEquals(200, response.statusCode(), response.body());
        return new JsonObject(response.body());
    }

    private HttpResponse<String> send(BodyPublisher body) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + RestAssured.port
                        + "/api/v1/registry/echo/elections/42/voters?mode=append"))
                .header("Authorization", TestTokens.bearer("nec", "nation"))
                .header("Content-Type", "text/csv")
                .timeout(Duration.ofSeconds(10))
                .POST(body)
                .build();
        return http2.send(request, HttpResponse.BodyHandlers.ofString());
    }
}
