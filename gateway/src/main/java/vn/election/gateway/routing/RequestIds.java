package vn.election.gateway.routing;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.Handler;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Gives every request an {@code X-Request-Id}: the caller's, when it sent a sane one, else a new UUID.
 * The id is put on the request (so the backends and the access log see it) and on the response.
 */
@ApplicationScoped
public class RequestIds implements Handler<RoutingContext> {

    public static final String HEADER = "X-Request-Id";

    /** Before CORS and everything else, so that every answer carries the id. */
    private static final int FILTER_PRIORITY = 10_000;

    /** What a caller's id may look like; anything else (too long, spaces, quotes) is replaced. */
    private static final Pattern ACCEPTABLE = Pattern.compile("[A-Za-z0-9._:+/=@-]{1,128}");

    void register(@Observes Filters filters) {
        filters.register(this, FILTER_PRIORITY);
    }

    @Override
    public void handle(RoutingContext rc) {
        String id = rc.request().getHeader(HEADER);
        if (id == null || !ACCEPTABLE.matcher(id).matches()) {
            id = UUID.randomUUID().toString();
            rc.request().headers().set(HEADER, id);
        }
        rc.response().putHeader(HEADER, id);
        rc.next();
    }
}
