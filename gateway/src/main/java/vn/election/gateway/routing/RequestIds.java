package vn.election.gateway.routing;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.Handler;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
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
            id = newId();
            rc.request().headers().set(HEADER, id);
        }
        rc.response().putHeader(HEADER, id);
        rc.next();
    }

    /**
     * A random (version 4) UUID from the event loop thread's own generator. A request id has to be unique,
     * not unguessable: {@link UUID#randomUUID()}'s SecureRandom is shared behind a lock and costs a
     * noticeable part of a cached read (issue 6).
     */
    static String newId() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        long mostSignificant = random.nextLong() & ~0xF000L | 0x4000L; // version 4
        long leastSignificant = random.nextLong() & ~(0x3L << 62) | 0x2L << 62; // variant 2 (RFC 9562)
        return new UUID(mostSignificant, leastSignificant).toString();
    }
}
