package vn.election.gateway.routing;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.quarkus.vertx.http.runtime.security.SecurityHandlerPriorities;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Election night's hot path: a published result that {@link PublishedCache} holds is answered
 * by this filter, before Quarkus's authentication and authorization filters, the token check, the proxy
 * route and the circuit breaker, none of which an anonymous cached read needs. The rate limit still counts
 * it ({@link PublishedCache#answerFromMemory}); the request id, CORS, access log and metrics still apply,
 * because they come earlier or wrap every request.
 */
@ApplicationScoped
public class CachedReads {

    /**
     * After {@link RequestIdFilter} (10 000) and Quarkus's CORS filter, so that a cached answer carries the request
     * id and the CORS headers; before Quarkus's authentication and authorization filters. Taken from Quarkus's
     * own priorities, so that an upgrade that moves them moves this one too.
     */
    private static final int FILTER_PRIORITY =
            (SecurityHandlerPriorities.CORS + SecurityHandlerPriorities.AUTHENTICATION) / 2;

    private final PublishedCache publishedCache;

    public CachedReads(PublishedCache publishedCache) {
        this.publishedCache = publishedCache;
    }

    void register(@Observes Filters filters) {
        filters.register(this::handle, FILTER_PRIORITY);
    }

    private void handle(RoutingContext rc) {
        if (!publishedCache.answerFromMemory(rc)) {
            rc.next();
        }
    }
}
