package vn.election.gateway;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** Health, metrics and CORS. */
@QuarkusTest
class OperationalEndpointsTest {

    @Test
    void readinessIsUpAlthoughTheAwardsServiceIsDownAndListsTheBackends() {
        given().when()
                .get("/q/health/ready")
                .then()
                .statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItem("backends"))
                .body("checks.find { it.name == 'backends' }.data.registry", equalTo("UP"))
                .body("checks.find { it.name == 'backends' }.data.tally", equalTo("UP"))
                .body("checks.find { it.name == 'backends' }.data.awards", equalTo("unreachable"));
    }

    @Test
    void metricsGroupProxiedPathsPerService() {
        given().when().get("/api/v1/registry/echo/elections/31").then().statusCode(200);
        given().when()
                .get("/q/metrics")
                .then()
                .statusCode(200)
                .body(containsString("http_server_requests_seconds_count"))
                .body(containsString("uri=\"/api/v1/registry/*\""))
                .body(not(containsString("/echo/elections/31")));
    }

    @Test
    void aPreflightFromAConfiguredOriginIsAllowed() {
        given().header("Origin", "http://localhost:3000")
                .header("Access-Control-Request-Method", "POST")
                .when()
                .options("/api/v1/registry/echo/x")
                .then()
                .header("Access-Control-Allow-Origin", equalTo("http://localhost:3000"));
    }

    @Test
    void aPreflightFromAnUnconfiguredOriginIsNotAllowed() {
        given().header("Origin", "https://evil.example")
                .header("Access-Control-Request-Method", "POST")
                .when()
                .options("/api/v1/registry/echo/x")
                .then()
                .header("Access-Control-Allow-Origin", nullValue());
    }

    @Test
    void aBackendsOwnCorsHeaderDoesNotLeakThrough() {
        // the fake echo sends Access-Control-Allow-Origin: *
        given().when()
                .get("/api/v1/registry/echo/x")
                .then()
                .statusCode(200)
                .header("Access-Control-Allow-Origin", nullValue());
    }
}
