package vn.election.gateway.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import vn.election.gateway.FakeBackends;
import vn.election.kit.problem.Problem;
import vn.election.testing.TestTokens;

/**
 * Rate limits per caller and route class, with the tests' limits of
 * {@link FakeBackends}: {@value FakeBackends#WRITE_LIMIT} writes and {@value FakeBackends#SELF_LOOKUP_LIMIT}
 * self-lookups per caller and hour.
 */
@QuarkusTest
class RateLimitsTest {

    private static final String LOOKUP = "/api/v1/registry/elections/7d2c9a40-0000-4000-8000-000000000002/voter-lookup";

    @Test
    void writesAreLimitedPerTokenSubjectWith429AndRetryAfter() {
        String alice = TestTokens.bearer("board", "electoral-unit:0b6f3c1e-0000-4000-8000-000000000009");
        for (int i = 0; i < FakeBackends.WRITE_LIMIT; i++) {
            write(alice).then().statusCode(200);
        }
        var refused = write(alice);
        refused.then()
                .statusCode(429)
                .contentType(Problem.MEDIA_TYPE)
                .body("type", equalTo("/problems/too-many-requests"))
                .body("status", equalTo(429));
        long retryAfter = Long.parseLong(refused.header("Retry-After"));
        // one write comes back every hour / 3 = 1200 s
        assertTrue(retryAfter >= 1 && retryAfter <= 1200, "Retry-After " + retryAfter);
        // another caller has a bucket of its own, and alice may still read
        write(TestTokens.bearer("board", "electoral-unit:0b6f3c1e-0000-4000-8000-000000000009"))
                .then()
                .statusCode(200);
        given().header("Authorization", alice)
                .when()
                .get("/api/v1/tally/echo/x")
                .then()
                .statusCode(200);
    }

    @Test
    void anonymousSelfLookupsAreLimitedPerClientAddress() throws IOException {
        // distinct loopback addresses, so that other tests' lookups from 127.0.0.1 do not count here
        for (int i = 0; i < FakeBackends.SELF_LOOKUP_LIMIT; i++) {
            // the fake registry's own 404: the lookup got through
            assertEquals(404, lookupFrom("127.0.0.2"));
        }
        assertEquals(429, lookupFrom("127.0.0.2"));
        assertEquals(404, lookupFrom("127.0.0.3"));
    }

    private static io.restassured.response.Response write(String bearer) {
        return given().header("Authorization", bearer)
                .contentType(ContentType.JSON)
                .body("{}")
                .when()
                .post("/api/v1/tally/echo/minutes");
    }

    /** The status of an anonymous self-lookup sent from the given local address. */
    private static int lookupFrom(String localAddress) throws IOException {
        String body = "{\"citizenId\":\"001090000001\",\"dateOfBirth\":\"1990-01-01\"}";
        try (Socket socket = new Socket()) {
            socket.bind(new InetSocketAddress(InetAddress.getByName(localAddress), 0));
            socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), RestAssured.port));
            OutputStream out = socket.getOutputStream();
            out.write(("POST " + LOOKUP + " HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                            + "Content-Length: " + body.length() + "\r\nConnection: close\r\n\r\n" + body)
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            String statusLine = new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .lines()
                    .findFirst()
                    .orElseThrow();
            return Integer.parseInt(statusLine.split(" ")[1]);
        }
    }
}
