package vn.election.gateway.problem;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.lessThan;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import vn.election.kit.problem.Problem;
import vn.election.testing.TestTokens;

/** What the gateway answers itself: RFC 9457 problems, never a hang and never a stack trace. */
@QuarkusTest
class ProblemAnswersTest {

    @Test
    void aBackendThatIsDownGives503WithRetryAfter() {
        given().when()
                .get("/api/v1/awards/certificates/9?x=1")
                .then()
                .statusCode(503)
                .contentType(Problem.MEDIA_TYPE)
                // 5 s (gateway.retry-after), or once the awards circuit is open the time until it half-opens
                .header("Retry-After", matchesPattern("[1-9][0-9]*"))
                .header("X-Request-Id", notNullValue())
                .body("type", equalTo("/problems/unavailable"))
                .body("title", equalTo("Service unavailable"))
                .body("status", equalTo(503))
                .body("detail", equalTo("the awards service is not reachable"))
                .body("instance", equalTo("/api/v1/awards/certificates/9"))
                .body(not(containsString("Exception")))
                .time(lessThan(5L), TimeUnit.SECONDS);
    }

    @Test
    void aWriteToABackendThatIsDownGives503Too() {
        given().header("Authorization", TestTokens.bearer("awards-officer", "nation"))
                .contentType(ContentType.JSON)
                .body("{\"name\": \"x\"}")
                .when()
                .post("/api/v1/awards/certificates")
                .then()
                .statusCode(503)
                .contentType(Problem.MEDIA_TYPE)
                .body("instance", equalTo("/api/v1/awards/certificates"));
    }

    @Test
    void aBackendThatGoesSilentGives504AfterTheRequestTimeout() {
        // the fake answers after 5 s; the tests' request timeout is 2 s
        given().when()
                .get("/api/v1/tally/slow")
                .then()
                .statusCode(504)
                .contentType(Problem.MEDIA_TYPE)
                .body("type", equalTo("/problems/gateway-timeout"))
                .body("detail", equalTo("the tally service did not answer in time"))
                .time(lessThan(4500L), TimeUnit.MILLISECONDS);
    }

    @Test
    void anUnknownServiceUnderTheApiGives404() {
        given().when()
                .get("/api/v1/nope/x")
                .then()
                .statusCode(404)
                .contentType(Problem.MEDIA_TYPE)
                .body("type", equalTo("/problems/not-found"))
                .body("title", equalTo("Not found"))
                .body("status", equalTo(404))
                .body("instance", equalTo("/api/v1/nope/x"));
    }

    @Test
    void aServiceNameIsMatchedWholeNotAsAPrefix() {
        given().when()
                .get("/api/v1/registryx/elections")
                .then()
                .statusCode(404)
                .body("type", equalTo("/problems/not-found"));
    }

    @Test
    void encodedDotSegmentsAreRefused() {
        // normalizes to /api/v1/registry/echo/x, but the raw path would reach the backend as written
        given().urlEncodingEnabled(false)
                .when()
                .get("/api/v1/registry/echo/%2e%2e/echo/x")
                .then()
                .statusCode(400)
                .contentType(Problem.MEDIA_TYPE)
                .body("type", equalTo("/problems/bad-request"));
    }
}
