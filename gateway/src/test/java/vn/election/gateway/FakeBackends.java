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
 * are limited to a few per caller and hour; a circuit opens after 3 failures, for 30 s.
 */
public class FakeBackends implements QuarkusTestResourceLifecycleManager {

    public static final String REQUEST_TIMEOUT = "2s";
    public static final long SELF_LOOKUP_LIMIT = 3;
    public static final long WRITE_LIMIT = 3;
    public static final int FAILURE_THRESHOLD = 3;
    public static final long OPEN_FOR_SECONDS = 30;

    private FakeBackend registry;
    private FakeBackend tally;

    @Override
    public Map<String, String> start() {
        registry = FakeBackend.start("registry", FakeDocuments.REGISTRY);
        tally = FakeBackend.start("tally", FakeDocuments.TALLY);
        return Map.of(
                "gateway.services.registry.url",
                registry.url(),
                "gateway.services.tally.url",
                tally.url(),
                "gateway.services.awards.url",
                "http://127.0.0.1:" + closedPort(),
                "gateway.client.request-timeout",
                REQUEST_TIMEOUT,
                // tiny limits for RateLimitsTest, per hour so that no refill comes between its requests
                "gateway.rate-limits.period",
                "1h",
                "gateway.rate-limits.self-lookups-per-period",
                Long.toString(SELF_LOOKUP_LIMIT),
                "gateway.rate-limits.writes-per-period",
                Long.toString(WRITE_LIMIT),
                "gateway.rate-limits.reads-per-period",
                "100000",
                "gateway.circuit-breaker.failure-threshold",
                Integer.toString(FAILURE_THRESHOLD),
                "gateway.circuit-breaker.open-for",
                OPEN_FOR_SECONDS + "s");
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
