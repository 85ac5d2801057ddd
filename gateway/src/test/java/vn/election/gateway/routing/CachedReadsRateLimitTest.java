package vn.election.gateway.routing;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.config.HttpClientConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.specification.RequestSpecification;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.election.kit.http.RequestIds;
import vn.election.kit.problem.Problem;

/**
 * A published result answered from memory ({@link CachedReads}, the election-night hot path) still counts against
 * the caller's read limit: here {@value #READS} reads per caller and hour, callers told
 * apart by their loopback address.
 */
@QuarkusTest
@TestProfile(CachedReadsRateLimitTest.ThreeReadsPerHour.class)
class CachedReadsRateLimitTest {

    private static final int READS = 3;

    public static class ThreeReadsPerHour implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("gateway.rate-limits.reads-per-period", Integer.toString(READS));
        }
    }

    @Test
    void cachedReadsAreCountedPerCallerAndRefusedWith429OverTheLimit() throws UnknownHostException {
        String path = "/api/v1/tally/elections/" + UUID.randomUUID() + "/published/units/" + UUID.randomUUID();
        // read 1 fetches from the tally service; reads 2 and 3 are answered from memory
        for (int read = 1; read <= READS; read++) {
            from("127.0.0.4").when().get(path).then().statusCode(200).body("hit", equalTo(1));
        }
        from("127.0.0.4")
                .when()
                .get(path)
                .then()
                .statusCode(429)
                .contentType(Problem.MEDIA_TYPE)
                .body("type", equalTo("/problems/too-many-requests"))
                .header("Retry-After", notNullValue())
                .header(RequestIds.HEADER, notNullValue());
        // another caller has a bucket of its own, and gets the same cached answer
        from("127.0.0.5").when().get(path).then().statusCode(200).body("hit", equalTo(1));
        int fetches = from("127.0.0.5")
                .when()
                .get("/api/v1/tally/stats/hits?path=" + path.replace("/tally", ""))
                .then()
                .statusCode(200)
                .extract()
                .path("count");
        assertEquals(1, fetches);
    }

    /** A request sent from the given local address, which the gateway takes for the caller. */
    private static RequestSpecification from(String localAddress) throws UnknownHostException {
        InetAddress address = InetAddress.getByName(localAddress);
        return given().config(RestAssuredConfig.config()
                .httpClient(HttpClientConfig.httpClientConfig().setParam("http.route.local-address", address)));
    }
}
