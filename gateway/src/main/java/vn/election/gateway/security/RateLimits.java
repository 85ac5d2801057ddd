package vn.election.gateway.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import io.vertx.core.Handler;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import vn.election.gateway.GatewayConfig;
import vn.election.gateway.problem.GatewayProblems;

/**
 * Rate limits per {@link Caller} and {@link RouteClass}. Over the limit → 429
 * problem+json with {@code Retry-After}, and the request goes no further. Opening a live stream counts as
 * a read here; how many a caller may hold open at once is {@link OpenStreams}'s business.
 */
@ApplicationScoped
public class RateLimits implements Handler<RoutingContext> {

    private final Map<RouteClass, Bandwidth> limits = new EnumMap<>(RouteClass.class);
    private final Cache<BucketKey, Bucket> buckets;

    /** Whose bucket, for which kind of request. */
    private record BucketKey(RouteClass routeClass, Caller caller) {}

    public RateLimits(GatewayConfig config) {
        GatewayConfig.RateLimits knobs = config.rateLimits();
        limits.put(RouteClass.READ, limit(knobs.readsPerPeriod(), knobs));
        limits.put(RouteClass.SELF_LOOKUP, limit(knobs.selfLookupsPerPeriod(), knobs));
        limits.put(RouteClass.WRITE, limit(knobs.writesPerPeriod(), knobs));
        // A bucket untouched for a whole period is full again: forgetting it changes nothing.
        this.buckets = Caffeine.newBuilder()
                .maximumSize(knobs.maxCallers())
                .expireAfterAccess(knobs.period())
                .build();
    }

    private static Bandwidth limit(long capacity, GatewayConfig.RateLimits knobs) {
        return Bandwidth.builder()
                .capacity(capacity)
                .refillGreedy(capacity, knobs.period())
                .build();
    }

    @Override
    public void handle(RoutingContext rc) {
        if (admit(rc, RouteClass.of(rc.request().method(), rc.normalizedPath()))) {
            rc.next();
        }
    }

    /**
     * Counts one request of the caller in the given class: true when it is within the limit; else the
     * request is answered here, 429 with {@code Retry-After}, and false is returned.
     */
    public boolean admit(RoutingContext rc, RouteClass routeClass) {
        ConsumptionProbe probe = buckets.get(
                        new BucketKey(routeClass, Caller.of(rc)),
                        key -> Bucket.builder().addLimit(limits.get(routeClass)).build())
                .tryConsumeAndReturnRemaining(1);
        if (probe.isConsumed()) {
            return true;
        }
        long waitSeconds = Math.max(1, TimeUnit.NANOSECONDS.toSeconds(probe.getNanosToWaitForRefill() + 999_999_999L));
        rc.response().putHeader(HttpHeaders.RETRY_AFTER, Long.toString(waitSeconds));
        GatewayProblems.send(
                rc,
                GatewayProblems.tooManyRequests(
                        "too many requests of this kind from this caller; try again in " + waitSeconds + " s",
                        rc.normalizedPath()));
        return false;
    }
}
