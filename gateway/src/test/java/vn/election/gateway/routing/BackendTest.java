package vn.election.gateway.routing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.http.RequestOptions;
import java.net.URI;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class BackendTest {

    private final Backend tally = new Backend("tally", URI.create("http://127.0.0.1:8082"));

    @Test
    void theServiceSegmentIsTakenOutOfThePath() {
        assertEquals("/api/v1/elections/42?x=1", tally.originUri("/api/v1/tally/elections/42", "x=1"));
        assertEquals("/api/v1", tally.originUri("/api/v1/tally", null));
    }

    @Test
    void theServiceNameIsMatchedWhole() {
        assertTrue(tally.owns("/api/v1/tally"));
        assertTrue(tally.owns("/api/v1/tally/x"));
        assertFalse(tally.owns("/api/v1/tallyx"));
    }

    @Test
    void aBasePathComesFirst() {
        Backend behindAPath = new Backend("tally", URI.create("https://gw.example/tally/"));
        assertEquals("/tally/api/v1/x", behindAPath.originUri("/api/v1/tally/x", null));
        RequestOptions options = behindAPath.request("/q/openapi?format=json", Duration.ofSeconds(3));
        assertEquals("gw.example", options.getHost());
        assertEquals(443, options.getPort());
        assertTrue(options.isSsl());
        assertEquals("/tally/q/openapi?format=json", options.getURI());
        assertEquals(3000, options.getIdleTimeout());
    }

    @Test
    void aUrlThatIsNotHttpIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new Backend("tally", URI.create("ftp://h/")));
        assertThrows(IllegalArgumentException.class, () -> new Backend("tally", URI.create("127.0.0.1:8082")));
    }
}
