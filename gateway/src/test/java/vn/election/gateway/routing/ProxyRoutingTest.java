package vn.election.gateway.routing;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.election.gateway.FakeBackend;
import vn.election.kit.http.RequestIds;
import vn.election.testing.TestTokens;

/** Requests through the gateway reach the right fake backend with everything that matters intact. */
@QuarkusTest
class ProxyRoutingTest {

    private static final String AUTHORIZATION = "Authorization";
    private static final String UUID = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";

    @Test
    void aRegistryPathLosesTheServiceSegmentAndKeepsItsQuery() {
        given().urlEncodingEnabled(false)
                .when()
                .get("/api/v1/registry/echo/elections/42?x=1&name=H%C3%A0%20N%E1%BB%99i")
                .then()
                .statusCode(200)
                .body("service", equalTo("registry"))
                .body("method", equalTo("GET"))
                .body("path", equalTo("/api/v1/echo/elections/42"))
                .body("query", equalTo("x=1&name=H%C3%A0%20N%E1%BB%99i"));
    }

    @Test
    void aTallyPostKeepsItsMethodAndBody() {
        given().header(AUTHORIZATION, nec())
                .contentType(ContentType.JSON)
                .body("{\"votes\": 3}")
                .when()
                .post("/api/v1/tally/echo/minutes")
                .then()
                .statusCode(200)
                .body("service", equalTo("tally"))
                .body("method", equalTo("POST"))
                .body("path", equalTo("/api/v1/echo/minutes"))
                .body("body", equalTo("{\"votes\": 3}"));
    }

    @Test
    void putAndDeleteKeepTheirMethod() {
        given().header(AUTHORIZATION, nec())
                .contentType(ContentType.JSON)
                .body("{}")
                .when()
                .put("/api/v1/registry/echo/elections/1")
                .then()
                .statusCode(200)
                .body("method", equalTo("PUT"));
        given().header(AUTHORIZATION, nec())
                .when()
                .delete("/api/v1/tally/echo/elections/1")
                .then()
                .statusCode(200)
                .body("method", equalTo("DELETE"))
                .body("service", equalTo("tally"));
    }

    @Test
    void aLargeBodyArrivesWhole() {
        String body = "x".repeat(300_000);
        given().header(AUTHORIZATION, nec())
                .contentType(ContentType.TEXT)
                .body(body)
                .when()
                .post("/api/v1/registry/echo/import")
                .then()
                .statusCode(200)
                .body("bodyLength", equalTo(300_000));
    }

    @Test
    void theServicePrefixAloneReachesTheApiRoot() {
        // the fake registry answers /api/v1 with its own 404, which names it and the path
        given().when()
                .get("/api/v1/registry")
                .then()
                .statusCode(404)
                .body("service", equalTo("registry"))
                .body("path", equalTo("/api/v1"));
    }

    @Test
    void aRequestWithoutAnIdGetsANewOneThatTheBackendSeesToo() {
        Response response = given().when().get("/api/v1/registry/echo/x");
        response.then().statusCode(200).header(RequestIds.HEADER, matchesPattern(UUID));
        assertEquals(response.header(RequestIds.HEADER), response.jsonPath().getString("requestId"));
    }

    @Test
    void theCallersRequestIdIsPassedOnAndEchoedOnce() {
        Response response = given().header(RequestIds.HEADER, "abc-123").when().get("/api/v1/tally/echo/x");
        response.then().statusCode(200).body("requestId", equalTo("abc-123"));
        // the backend sent its own X-Request-Id as well; the caller sees only the gateway's one
        assertEquals(List.of("abc-123"), response.headers().getValues(RequestIds.HEADER));
    }

    @Test
    void anUnacceptableRequestIdIsReplaced() {
        given().header(RequestIds.HEADER, "two words")
                .when()
                .get("/api/v1/registry/echo/x")
                .then()
                .statusCode(200)
                .header(RequestIds.HEADER, matchesPattern(UUID))
                .body("requestId", matchesPattern(UUID));
    }

    @Test
    void anAbsoluteLocationOnTheBackendBecomesAGatewayPath() {
        given().header(AUTHORIZATION, nec())
                .when()
                .post("/api/v1/registry/things")
                .then()
                .statusCode(201)
                .header("Location", equalTo("/api/v1/registry/things/7?view=full"));
    }

    @Test
    void aRelativeLocationGainsTheServiceSegment() {
        given().header(AUTHORIZATION, nec())
                .when()
                .post("/api/v1/tally/relative-things")
                .then()
                .statusCode(201)
                .header("Location", equalTo("/api/v1/tally/things/8"));
    }

    @Test
    void etagAndLastModifiedPassThrough() {
        given().when()
                .get("/api/v1/tally/results/1")
                .then()
                .statusCode(200)
                .header("ETag", equalTo(FakeBackend.ETAG))
                .header("Last-Modified", equalTo(FakeBackend.LAST_MODIFIED))
                .body("votes", equalTo(12));
    }

    @Test
    void ifNoneMatchReachesTheBackendAndItsNotModifiedComesBack() {
        given().header("If-None-Match", FakeBackend.ETAG)
                .when()
                .get("/api/v1/tally/results/1")
                .then()
                .statusCode(304)
                .header("ETag", equalTo(FakeBackend.ETAG));
    }

    /**
     * Writes need a token at the gateway (docs/architecture.md); which role is the services' business. A
     * fresh subject each time, so that these tests stay clear of the (tiny) test write limit.
     */
    private static String nec() {
        return TestTokens.bearer("nec", "nation");
    }
}
