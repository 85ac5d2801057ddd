package vn.election.gateway.routing;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import vn.election.gateway.FakeBackends;
import vn.election.gateway.ManualTicker;
import vn.election.kit.problem.Problem;

/**
 * A backend that keeps failing is left alone for a while: the gateway answers 503 problem+json with
 * Retry-After itself, with the tests' breaker of {@link FakeBackends}: open after 3
 * failures in a row, for 30 s of the {@link ManualTicker}.
 */
@QuarkusTest
class CircuitBreakerTest {

    @Inject
    ManualTicker ticker;

    @Test
    void threeFailuresOpenTheRegistryCircuitUntilOneTrialSucceeds() {
        try {
            for (int i = 0; i < FakeBackends.FAILURE_THRESHOLD; i++) {
                // the backend's own 503, passed on
                given().when()
                        .get("/api/v1/registry/unavailable")
                        .then()
                        .statusCode(503)
                        .body("service", equalTo("registry"));
            }
            // now the gateway answers for it, even for a path that would work
            given().when()
                    .get("/api/v1/registry/echo/x")
                    .then()
                    .statusCode(503)
                    .contentType(Problem.MEDIA_TYPE)
                    .header("Retry-After", equalTo("30"))
                    .body("type", equalTo("/problems/unavailable"))
                    .body("detail", equalTo("the registry service is not reachable"));
            // other backends are not affected
            given().when().get("/api/v1/tally/echo/x").then().statusCode(200);

            ticker.advance(Duration.ofSeconds(20));
            given().when().get("/api/v1/registry/echo/x").then().statusCode(503).header("Retry-After", equalTo("10"));

            // half-open: the trial fails, so the circuit opens again for 30 s
            ticker.advance(Duration.ofSeconds(10));
            given().when()
                    .get("/api/v1/registry/unavailable")
                    .then()
                    .statusCode(503)
                    .body("service", equalTo("registry"));
            given().when().get("/api/v1/registry/echo/x").then().statusCode(503).header("Retry-After", equalTo("30"));
        } finally {
            // half-open again: a trial that succeeds closes the circuit, for the other tests too
            ticker.advance(Duration.ofSeconds(FakeBackends.OPEN_FOR_SECONDS));
            given().when().get("/api/v1/registry/echo/x").then().statusCode(200).body("service", equalTo("registry"));
        }
        given().when().get("/api/v1/registry/echo/y").then().statusCode(200);
    }
}
