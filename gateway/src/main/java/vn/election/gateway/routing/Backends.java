package vn.election.gateway.routing;

import com.github.benmanes.caffeine.cache.Ticker;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.election.gateway.GatewayConfig;

/**
 * The configured backends, checked once at start so that a bad URL stops the gateway early, each with its
 * {@link BackendGuard}.
 */
@ApplicationScoped
public class Backends {

    private final List<Backend> all;
    private final Map<String, BackendGuard> guards = new HashMap<>();

    public Backends(GatewayConfig config, Ticker ticker) {
        this.all = config.services().byName().entrySet().stream()
                .map(e -> new Backend(e.getKey(), e.getValue().url()))
                .toList();
        GatewayConfig.CircuitBreaker breaker = config.circuitBreaker();
        all.forEach(b -> guards.put(b.name(), new BackendGuard(breaker.failureThreshold(), breaker.openFor(), ticker)));
    }

    /** The retries and circuit breaker of one backend. */
    public BackendGuard guard(Backend backend) {
        return guards.get(backend.name());
    }

    /** In routing and merging order. */
    public List<Backend> all() {
        return all;
    }
}
