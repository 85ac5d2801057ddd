package vn.election.gateway.routing;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.Handler;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import vn.election.kit.http.RequestIds;

/**
 * Gives every request its {@code X-Request-Id} by the suite's policy ({@link RequestIds}): the id is put on the
 * request (so the backends and the access log see it) and on the response.
 */
@ApplicationScoped
public class RequestIdFilter implements Handler<RoutingContext> {

    /** Before CORS and everything else, so that every answer carries the id. */
    private static final int FILTER_PRIORITY = 10_000;

    void register(@Observes Filters filters) {
        filters.register(this, FILTER_PRIORITY);
    }

    @Override
    public void handle(RoutingContext rc) {
        String incoming = rc.request().getHeader(RequestIds.HEADER);
        String id = RequestIds.of(incoming);
        if (!id.equals(incoming)) {
            rc.request().headers().set(RequestIds.HEADER, id);
        }
        rc.response().putHeader(RequestIds.HEADER, id);
        rc.next();
    }
}
