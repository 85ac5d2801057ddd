package vn.election.gateway.security;

import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import vn.election.gateway.GatewayConfig;
import vn.election.gateway.problem.GatewayProblems;
import vn.election.kit.problem.Problem;

/**
 * How many live streams are open, per {@link Caller} and in all. A stream is a long request: the rate limits
 * count its opening as one read, and these caps bound how many a caller, and everyone together, hold open at
 * once. Beyond the caller's cap → 429, beyond the gateway's → 503, each problem+json with {@code Retry-After}.
 */
@ApplicationScoped
public class OpenStreams {

    /** One open stream, counted until {@link #release} (the first call counts, later ones do nothing). */
    public final class Permit {
        private final Caller caller;
        private final AtomicBoolean released = new AtomicBoolean();

        private Permit(Caller caller) {
            this.caller = caller;
        }

        public void release() {
            if (released.compareAndSet(false, true)) {
                perCaller.computeIfPresent(caller, (c, open) -> open == 1 ? null : open - 1);
                total.decrementAndGet();
            }
        }
    }

    /** Callers with a stream open, and how many; a caller leaves the map with its last stream. */
    private final ConcurrentMap<Caller, Integer> perCaller = new ConcurrentHashMap<>();

    private final AtomicInteger total = new AtomicInteger();
    private final int maxOpen;
    private final int maxOpenPerCaller;
    private final String retryAfterSeconds;

    public OpenStreams(GatewayConfig config) {
        this.maxOpen = config.liveStreams().maxOpen();
        this.maxOpenPerCaller = config.liveStreams().maxOpenPerCaller();
        this.retryAfterSeconds = Long.toString(Math.max(1, config.retryAfter().toSeconds()));
    }

    /**
     * Counts one more open stream of the caller and returns its permit; or, when a cap is reached, answers
     * the request here and returns null.
     */
    public Permit admit(RoutingContext rc) {
        if (total.incrementAndGet() > maxOpen) {
            total.decrementAndGet();
            refuse(
                    rc,
                    GatewayProblems.busy("the gateway has as many live streams open as it may", rc.normalizedPath()));
            return null;
        }
        Caller caller = Caller.of(rc);
        boolean[] admitted = {false};
        perCaller.compute(caller, (c, open) -> {
            int before = open == null ? 0 : open;
            admitted[0] = before < maxOpenPerCaller;
            return admitted[0] ? before + 1 : open;
        });
        if (!admitted[0]) {
            total.decrementAndGet();
            refuse(
                    rc,
                    GatewayProblems.tooManyRequests(
                            "this caller has " + maxOpenPerCaller + " live streams open, as many as it may",
                            rc.normalizedPath()));
            return null;
        }
        return new Permit(caller);
    }

    /** Streams open now, all callers together. */
    public int open() {
        return total.get();
    }

    private void refuse(RoutingContext rc, Problem problem) {
        rc.response().putHeader(HttpHeaders.RETRY_AFTER, retryAfterSeconds);
        GatewayProblems.send(rc, problem);
    }
}
