package vn.election.gateway.routing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URI;
import org.junit.jupiter.api.Test;

class LocationRewriterTest {

    private final Backend registry = new Backend("registry", URI.create("http://127.0.0.1:8081"));

    @Test
    void aPathUnderTheApiGainsTheServiceSegment() {
        assertEquals("/api/v1/registry/elections/X", LocationRewriter.toGateway(registry, "/api/v1/elections/X"));
    }

    @Test
    void anAbsoluteUrlOnTheBackendBecomesAGatewayPathWithItsQuery() {
        assertEquals(
                "/api/v1/registry/elections/X?view=full",
                LocationRewriter.toGateway(registry, "http://127.0.0.1:8081/api/v1/elections/X?view=full"));
    }

    @Test
    void urlsElsewhereAreLeftAlone() {
        assertEquals(
                "https://example.org/api/v1/elections/X",
                LocationRewriter.toGateway(registry, "https://example.org/api/v1/elections/X"));
        assertEquals(
                "http://127.0.0.1:9999/api/v1/elections/X",
                LocationRewriter.toGateway(registry, "http://127.0.0.1:9999/api/v1/elections/X"));
        assertEquals("/q/health", LocationRewriter.toGateway(registry, "/q/health"));
        assertEquals("/api/v10/x", LocationRewriter.toGateway(registry, "/api/v10/x"));
        assertEquals("elections/X", LocationRewriter.toGateway(registry, "elections/X"));
    }

    @Test
    void aBackendBasePathIsTakenOff() {
        Backend behindAPath = new Backend("tally", URI.create("http://tally.internal/tally/"));
        assertEquals(
                "/api/v1/tally/results/1",
                LocationRewriter.toGateway(behindAPath, "http://tally.internal/tally/api/v1/results/1"));
        assertEquals(
                "/api/v1/results/1",
                LocationRewriter.toGateway(behindAPath, "/api/v1/results/1"),
                "a path outside the base path is not the backend's");
    }
}
