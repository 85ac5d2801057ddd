package vn.election.gateway.routing;

import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.RoutingContext;
import vn.election.gateway.problem.GatewayProblems;
import vn.election.gateway.security.OpenStreams;
import vn.election.kit.http.RequestIds;
import vn.election.kit.problem.Problem;

/**
 * One client of a live stream: its request, its {@link OpenStreams.Permit}, and the subscription it listens
 * to. The subscription writes to it from its own context; the client's connection may close at any time.
 */
final class StreamListener {

    /**
     * A client whose connection has this much not yet sent is dropped rather than buffered for without end;
     * it reconnects with {@code Last-Event-ID} and gets what it missed from the replay.
     */
    private static final int MAX_BACKLOG_BYTES = 1024 * 1024;

    private final RoutingContext rc;
    private final OpenStreams.Permit permit;
    private final long lastEventId;

    private volatile StreamSubscription subscription;
    private volatile boolean closed;

    StreamListener(RoutingContext rc, OpenStreams.Permit permit) {
        this.rc = rc;
        this.permit = permit;
        this.lastEventId = StreamEvent.changeNumber(rc.request().getHeader("Last-Event-ID"));
        // when the answer ends, or the connection closes before (the response's own close handler is vertx-web's)
        rc.addEndHandler(ignored -> closed());
    }

    /** The change number of the last event that the client had before it reconnected; -1 when none. */
    long lastEventId() {
        return lastEventId;
    }

    String requestId() {
        return rc.request().getHeader(RequestIds.HEADER);
    }

    String path() {
        return rc.request().path();
    }

    /**
     * Joins the subscription; false when the client has gone meanwhile. Called on the subscription's context.
     */
    boolean listenTo(StreamSubscription subscription) {
        this.subscription = subscription;
        return !closed;
    }

    /** Sends the head of the stream; true when events are to follow (not for a HEAD request, which ends here). */
    boolean open(String contentType) {
        HttpServerResponse response = rc.response();
        response.setStatusCode(200)
                .setChunked(true)
                .putHeader(HttpHeaders.CONTENT_TYPE, contentType)
                .setWriteQueueMaxSize(MAX_BACKLOG_BYTES);
        if (rc.request().method() == HttpMethod.HEAD) {
            end();
            return false;
        }
        response.writeHead();
        return true;
    }

    /** Sends an event or comment; false when the client is gone or has fallen too far behind (and is dropped). */
    boolean send(Buffer text) {
        if (gone()) {
            return false;
        }
        HttpServerResponse response = rc.response();
        if (response.writeQueueFull()) {
            response.close();
            closed();
            return false;
        }
        response.write(text);
        return true;
    }

    /** Ends the stream: the client reconnects (an EventSource does by itself). */
    void end() {
        if (!gone()) {
            rc.response().end();
        }
        permit.release();
    }

    /** Answers with the backend's answer that was not a stream. */
    void answer(int status, String contentType, String retryAfter, Buffer body) {
        if (gone()) {
            return;
        }
        HttpServerResponse response = rc.response().setStatusCode(status);
        if (contentType != null) {
            response.putHeader(HttpHeaders.CONTENT_TYPE, contentType);
        }
        if (retryAfter != null) {
            response.putHeader(HttpHeaders.RETRY_AFTER, retryAfter);
        }
        response.end(body);
        permit.release();
    }

    /** Answers with the gateway's own problem, with {@code Retry-After} when it is given. */
    void answer(Problem problem, String retryAfter) {
        if (gone()) {
            return;
        }
        if (retryAfter != null) {
            rc.response().putHeader(HttpHeaders.RETRY_AFTER, retryAfter);
        }
        GatewayProblems.send(rc, problem);
        permit.release();
    }

    /** True when nothing more can be sent: the client went, or the answer is complete. */
    private boolean gone() {
        if (closed || rc.response().closed() || rc.response().ended()) {
            permit.release();
            return true;
        }
        return false;
    }

    private void closed() {
        closed = true;
        permit.release();
        StreamSubscription current = subscription;
        if (current != null) {
            current.context().runOnContext(ignored -> current.detach(this));
        }
    }
}
