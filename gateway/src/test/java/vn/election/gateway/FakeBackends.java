package vn.election.gateway;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.Map;

/**
 * Starts fake registry and tally services ({@link FakeBackend}) and points the gateway at them. The
 * awards service is pointed at a loopback port that nobody listens on, so it is "down". The request
 * timeout is cut to 2 s so that the slow endpoint (5 s) shows the timeout quickly; writes and self-lookups
 * are limited to a few per caller and hour; a circuit opens after 3 failures, for 30 s; each backend gets
 * {@value #CONNECTIONS_PER_BACKEND} pooled connections, fewer than the live streams that a test opens; a
 * caller may hold {@value #STREAMS_PER_CALLER} live streams open, all callers together {@value #STREAMS}.
 */
public class FakeBackends implements QuarkusTestResourceLifecycleManager {

    public static final String REQUEST_TIMEOUT = "2s";
    public static final long SELF_LOOKUP_LIMIT = 3;
    public static final long WRITE_LIMIT = 3;
    public static final int FAILURE_THRESHOLD = 3;
    public static final long OPEN_FOR_SECONDS = 30;
    public static final int CONNECTIONS_PER_BACKEND = 4;
    public static final int STREAMS_PER_CALLER = 3;
    public static final int STREAMS = 8;

    private FakeBackend registry;
    private FakeBackend tally;

    @Override
    public Map<String, String> start() {
        registry = FakeBackend.start("registry", FakeDocuments.REGISTRY);
        tally = FakeBackend.start("tally", FakeDocuments.TALLY);
        return Map.ofEntries(
                Map.entry("gateway.services.registry.url", registry.url()),
                Map.entry("gateway.services.tally.url", tally.url()),
                Map.entry("gateway.services.awards.url", "http://127.0.0.1:" + closedPort()),
                Map.entry("gateway.client.request-timeout", REQUEST_TIMEOUT),
                Map.entry("gateway.client.max-connections-per-backend", Integer.toString(CONNECTIONS_PER_BACKEND)),
                // tiny limits for RateLimitsTest, per hour so that no refill comes between its requests
                Map.entry("gateway.rate-limits.period", "1h"),
                Map.entry("gateway.rate-limits.self-lookups-per-period", Long.toString(SELF_LOOKUP_LIMIT)),
                Map.entry("gateway.rate-limits.writes-per-period", Long.toString(WRITE_LIMIT)),
                Map.entry("gateway.rate-limits.reads-per-period", "100000"),
                Map.entry("gateway.circuit-breaker.failure-threshold", Integer.toString(FAILURE_THRESHOLD)),
                Map.entry("gateway.circuit-breaker.open-for", OPEN_FOR_SECONDS + "s"),
                Map.entry("gateway.live-streams.max-open-per-caller", Integer.toString(STREAMS_PER_CALLER)),
                Map.entry("gateway.live-streams.max-open", Integer.toString(STREAMS)));
    }

    @Override
    public void stop() {
        if (registry != null) {
            registry.stop();
        }
        if (tally != null) {
            tally.stop();
        }
    }

    /** A port that was free a moment ago and is closed again: connecting to it is refused. */
    private static int closedPort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
