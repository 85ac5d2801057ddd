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
import vn.election.gateway.problem.Problem;
import vn.election.gateway.problem.ProblemResponses;

/**
 * Rate limits per caller and {@link RouteClass} (issue 6 item 4): the caller is the verified token's
 * subject ({@link BearerTokens#SUBJECT}), or the client address when anonymous. Over the limit → 429
 * problem+json with {@code Retry-After}, and the request goes no further.
 */
@ApplicationScoped
public class RateLimits implements Handler<RoutingContext> {

    private final Map<RouteClass, Bandwidth> limits = new EnumMap<>(RouteClass.class);
    private final Cache<String, Bucket> buckets;

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
        return Bandwidth.builder().capacity(capacity).refillGreedy(capacity, knobs.period()).build();
    }

    @Override
    public void handle(RoutingContext rc) {
        RouteClass routeClass = RouteClass.of(rc.request().method(), rc.normalizedPath());
        String subject = rc.get(BearerTokens.SUBJECT);
        String caller = subject != null ? "sub:" + subject : "addr:" + rc.request().remoteAddress().hostAddress();
        Bucket bucket = buckets.get(routeClass + "|" + caller,
                key -> Bucket.builder().addLimit(limits.get(routeClass)).build());
        ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
        if (probe.isConsumed()) {
            rc.next();
            return;
        }
        long waitSeconds = Math.max(1, TimeUnit.NANOSECONDS.toSeconds(probe.getNanosToWaitForRefill() + 999_999_999L));
        rc.response().putHeader(HttpHeaders.RETRY_AFTER, Long.toString(waitSeconds));
        ProblemResponses.send(rc, Problem.tooManyRequests(
                "too many requests of this kind from this caller; try again in " + waitSeconds + " s", rc.normalizedPath()));
    }
}
