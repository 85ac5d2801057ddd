package vn.election.gateway.routing;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;
import vn.election.gateway.FakeBackend;
import vn.election.gateway.ManualTicker;
import vn.election.kit.http.RequestIds;
import vn.election.testing.TestTokens;

/**
 * Election-night reads (docs/architecture.md): published results keep their validators,
 * carry Cache-Control, answer 304, and a burst reaches the tally service once per TTL (2 s by default; the
 * caches' clock here is {@link ManualTicker}).
 */
@QuarkusTest
class PublishedCacheTest {

    private static final int BURST = 16;
    /** A version 4 UUID, as the gateway makes them. */
    private static final String RANDOM_UUID = "[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}";

    @Inject
    ManualTicker ticker;

    @Test
    void aBurstOfIdenticalRequestsReachesTheServiceOncePerTtl() throws Exception {
        String path = unitPath();
        ExecutorService pool = Executors.newFixedThreadPool(BURST);
        try {
            List<CompletableFuture<Response>> burst = new ArrayList<>();
            for (int i = 0; i < BURST; i++) {
                burst.add(CompletableFuture.supplyAsync(() -> given().when().get(gateway(path)), pool));
            }
            for (CompletableFuture<Response> answer : burst) {
                // every caller gets the body of the one and only fetch
                answer.get().then().statusCode(200).body("hit", equalTo(1)).body("path", equalTo(path));
            }
        } finally {
            pool.shutdownNow();
        }
        assertEquals(1, hits(path));

        ticker.advance(Duration.ofMillis(1999));
        given().when().get(gateway(path)).then().statusCode(200).body("hit", equalTo(1));
        assertEquals(1, hits(path));

        ticker.advance(Duration.ofMillis(2));
        given().when().get(gateway(path)).then().statusCode(200).body("hit", equalTo(2));
        assertEquals(2, hits(path));
    }

    @Test
    void validatorsAreKeptAndCacheControlIsAdded() {
        given().when()
                .get(gateway(unitPath()))
                .then()
                .statusCode(200)
                .header("ETag", equalTo(FakeBackend.PUBLISHED_ETAG))
                .header("Last-Modified", equalTo(FakeBackend.LAST_MODIFIED))
                .header("Cache-Control", equalTo("public, max-age=2"))
                .header("Content-Type", equalTo("application/json"));
    }

    @Test
    void ifNoneMatchIsAnswered304ByTheGateway() {
        String path = unitPath();
        given().when().get(gateway(path)).then().statusCode(200);
        for (String ifNoneMatch : List.of(
                FakeBackend.PUBLISHED_ETAG,
                "W/" + FakeBackend.PUBLISHED_ETAG,
                "\"other\", " + FakeBackend.PUBLISHED_ETAG,
                "*")) {
            given().header("If-None-Match", ifNoneMatch)
                    .when()
                    .get(gateway(path))
                    .then()
                    .statusCode(304)
                    .header("ETag", equalTo(FakeBackend.PUBLISHED_ETAG))
                    .header("Cache-Control", equalTo("public, max-age=2"));
        }
        given().header("If-None-Match", "\"older\"")
                .when()
                .get(gateway(path))
                .then()
                .statusCode(200);
        assertEquals(1, hits(path));
    }

    @Test
    void aCachedAnswerStillCarriesARequestIdAndTheCorsHeaders() {
        String path = unitPath();
        given().when().get(gateway(path)).then().statusCode(200);
        // answered from memory (the election-night hot path), yet the filters before it still apply
        Response hit = given().header("Origin", "http://localhost:3000").when().get(gateway(path));
        hit.then()
                .statusCode(200)
                .body("hit", equalTo(1))
                .header(RequestIds.HEADER, matchesPattern(RANDOM_UUID))
                .header("Access-Control-Allow-Origin", equalTo("http://localhost:3000"));
        given().header(RequestIds.HEADER, "night-42")
                .header("If-None-Match", FakeBackend.PUBLISHED_ETAG)
                .when()
                .get(gateway(path))
                .then()
                .statusCode(304)
                .header(RequestIds.HEADER, equalTo("night-42"))
                .header("ETag", equalTo(FakeBackend.PUBLISHED_ETAG))
                .header("Content-Type", nullValue());
        String another = given().when()
                .get(gateway(path))
                .then()
                .statusCode(200)
                .extract()
                .header(RequestIds.HEADER);
        assertNotEquals(hit.header(RequestIds.HEADER), another);
        assertEquals(1, hits(path));
    }

    @Test
    void aRequestWithATokenIsNotAnsweredFromTheCache() {
        String path = unitPath();
        given().when().get(gateway(path)).then().statusCode(200).body("hit", equalTo(1));
        given().header("Authorization", TestTokens.bearer("partner", null))
                .when()
                .get(gateway(path))
                .then()
                .statusCode(200)
                .body("hit", equalTo(2));
    }

    @Test
    void theChangeStreamPassesThroughUnbuffered() throws Exception {
        HttpClient client =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + RestAssured.port
                        + gateway("/api/v1/elections/" + UUID.randomUUID() + "/published/stream")))
                .header("Accept", "text/event-stream")
                .build();
        HttpResponse<java.util.stream.Stream<String>> response =
                client.send(request, HttpResponse.BodyHandlers.ofLines());
        assertEquals(200, response.statusCode());
        assertTrue(response.headers().firstValue("Cache-Control").isEmpty());
        Iterator<String> lines = response.body().iterator();
        // the fake holds the stream open after its first event: it arrives only if nothing buffers it
        assertEquals("data: first", lines.next());
        given().when().get("/api/v1/tally/stats/release-stream").then().statusCode(200);
        assertEquals("", lines.next());
        assertEquals("data: second", lines.next());
    }

    private static String unitPath() {
        return "/api/v1/elections/" + UUID.randomUUID() + "/published/units/" + UUID.randomUUID();
    }

    private static String gateway(String tallyPath) {
        return tallyPath.replaceFirst("^/api/v1/", "/api/v1/tally/");
    }

    private static int hits(String path) {
        return given().when()
                .get("/api/v1/tally/stats/hits?path=" + path)
                .then()
                .statusCode(200)
                .extract()
                .path("count");
    }
}
