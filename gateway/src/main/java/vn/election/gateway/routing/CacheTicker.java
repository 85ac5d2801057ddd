package vn.election.gateway.routing;

import com.github.benmanes.caffeine.cache.Ticker;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/** The clock of the gateway's caches and circuit breakers: the system's; tests put a hand-turned one in its place. */
public class CacheTicker {

    @Produces
    @Singleton
    Ticker ticker() {
        return Ticker.systemTicker();
    }
}
