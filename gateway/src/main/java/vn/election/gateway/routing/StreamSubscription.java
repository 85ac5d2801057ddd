package vn.election.gateway.routing;

import io.vertx.core.Context;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientRequest;
import io.vertx.core.http.HttpClientResponse;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.RequestOptions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.jboss.logging.Logger;
import vn.election.gateway.problem.GatewayProblems;
import vn.election.kit.http.RequestIds;
import vn.election.kit.problem.Problem;

/**
 * The gateway's one subscription to one live stream of a backend, shared by all its clients: each event that
 * comes is sent to every {@link StreamListener}, and kept in a {@link ReplayBuffer} for clients that reconnect.
 * A client that joins a live subscription gets its own {@code ready} event, with the newest cursor. The
 * subscription ends with its last client, or when the backend ends the stream (its clients are ended, and
 * reconnect). Everything here runs on the subscription's Vert.x {@link #context}.
 */
final class StreamSubscription {

    private static final Logger LOG = Logger.getLogger(StreamSubscription.class);
    private static final String EVENT_STREAM = "text/event-stream";

    private enum State {
        /** No client has joined yet. */
        NEW,
        /** Asked the backend, no answer yet. */
        CONNECTING,
        /** The backend answers with the stream. */
        OPEN,
        /** Over; a client that comes now needs a new subscription. */
        ENDED
    }

    private final Context context;
    private final Backend backend;
    private final String uri;
    private final HttpClient client;
    private final Duration idleTimeout;
    private final String retryAfterSeconds;
    private final Consumer<StreamSubscription> onEnded;
    private final ReplayBuffer replay;
    private final Set<StreamListener> listeners = new LinkedHashSet<>();
    private final EventStreamParser parser = new EventStreamParser(this::publish);

    private State state = State.NEW;
    private HttpClientRequest upstream;
    private String contentType;
    /** The backend's {@code ready} event, null until the stream is live. */
    private StreamEvent ready;

    /**
     * @param uri     the request target at the backend
     * @param onEnded called once the subscription has ended, so that the next client starts a new one
     */
    StreamSubscription(
            Context context,
            Backend backend,
            String uri,
            HttpClient client,
            Duration idleTimeout,
            int replayEvents,
            String retryAfterSeconds,
            Consumer<StreamSubscription> onEnded) {
        this.context = context;
        this.backend = backend;
        this.uri = uri;
        this.client = client;
        this.idleTimeout = idleTimeout;
        this.replay = new ReplayBuffer(replayEvents);
        this.retryAfterSeconds = retryAfterSeconds;
        this.onEnded = onEnded;
    }

    Context context() {
        return context;
    }

    /** Adds a client; false when this subscription has ended (the client needs a new one). */
    boolean attach(StreamListener listener) {
        if (state == State.ENDED) {
            return false;
        }
        if (!listener.listenTo(this)) {
            return true;
        }
        listeners.add(listener);
        if (state == State.NEW) {
            connect(listener.requestId());
        } else if (state == State.OPEN) {
            start(listener);
        }
        return true;
    }

    /** Removes a client that went; the last one ends the subscription. */
    void detach(StreamListener listener) {
        if (listeners.remove(listener) && listeners.isEmpty() && state != State.ENDED) {
            finish();
            breakOff();
        }
    }

    private void connect(String requestId) {
        state = State.CONNECTING;
        RequestOptions options = backend.request("", idleTimeout)
                .setURI(uri)
                .setMethod(HttpMethod.GET)
                .putHeader(HttpHeaders.ACCEPT, EVENT_STREAM);
        if (requestId != null) {
            options.putHeader(RequestIds.HEADER, requestId);
        }
        client.request(options)
                .compose(request -> {
                    upstream = request;
                    return request.send();
                })
                .onSuccess(this::answered)
                .onFailure(this::failed);
    }

    private void answered(HttpClientResponse response) {
        if (state == State.ENDED) {
            // the last client went while the service was asked
            breakOff();
            return;
        }
        String type = response.getHeader(HttpHeaders.CONTENT_TYPE);
        if (response.statusCode() != 200 || type == null || !type.startsWith(EVENT_STREAM)) {
            // not a stream (an unknown election, say): every client gets the backend's answer as it is
            String retryAfter = response.getHeader(HttpHeaders.RETRY_AFTER);
            response.body()
                    .onSuccess(body -> answerAll(response.statusCode(), type, retryAfter, body))
                    .onFailure(this::failed);
            return;
        }
        state = State.OPEN;
        contentType = type;
        response.handler(chunk -> {
            if (!parser.feed(chunk)) {
                end(Logger.Level.WARN, "an event larger than " + EventStreamParser.MAX_BLOCK_BYTES + " bytes");
                breakOff();
            }
        });
        response.endHandler(ignored -> end(Logger.Level.INFO, "the service ended it"));
        response.exceptionHandler(failure -> end(Logger.Level.WARN, "broken off: " + failure.getMessage()));
        new ArrayList<>(listeners).forEach(this::start);
    }

    /** The head of the stream for a client, and, once the stream is live, what it missed and its ready event. */
    private void start(StreamListener listener) {
        if (!listener.open(contentType)) {
            detach(listener);
            return;
        }
        if (ready != null) {
            replay.after(listener.lastEventId()).ifPresent(missed -> missed.forEach(event -> send(listener, event)));
            send(listener, readyNow());
        }
    }

    /** One block of the backend's stream, to every client. */
    private void publish(StreamEvent event) {
        if (state != State.OPEN) {
            return;
        }
        if (StreamEvent.READY.equals(event.name())) {
            ready = event;
            if (event.changeNumber() >= 0) {
                replay.liveFrom(event.changeNumber());
            }
            event = readyNow();
        } else if (event.changeNumber() >= 0) {
            replay.add(event);
        }
        for (StreamListener listener : new ArrayList<>(listeners)) {
            send(listener, event);
        }
    }

    /**
     * The ready event for a client that joins now: the newest change number seen is a cursor up to which
     * every change can be read (the tally sends a change only after it committed it).
     */
    private StreamEvent readyNow() {
        return ready.changeNumber() >= 0 ? StreamEvent.ready(replay.newest()) : ready;
    }

    private void send(StreamListener listener, StreamEvent event) {
        if (!listener.send(event.text())) {
            detach(listener);
        }
    }

    /** The backend's stream is over: every client's stream ends, and they reconnect. */
    private void end(Logger.Level level, String reason) {
        if (state == State.ENDED) {
            return;
        }
        LOG.logf(
                level,
                "live stream %s of the %s service at %s ended (%s); its %d clients reconnect",
                uri,
                backend.name(),
                backend.url(),
                reason,
                listeners.size());
        List<StreamListener> ended = new ArrayList<>(listeners);
        finish();
        ended.forEach(StreamListener::end);
    }

    /** No stream: the backend could not be reached or broke off before it answered. */
    private void failed(Throwable failure) {
        if (state == State.ENDED) {
            return;
        }
        LOG.warnf("GET %s: %s service at %s: %s", uri, backend.name(), backend.url(), failure.getMessage());
        List<StreamListener> waiting = new ArrayList<>(listeners);
        finish();
        for (StreamListener listener : waiting) {
            Problem problem = GatewayProblems.failedExchange(backend.name(), listener.path(), failure);
            listener.answer(problem, problem.status() == 503 ? retryAfterSeconds : null);
        }
    }

    private void answerAll(int status, String type, String retryAfter, Buffer body) {
        List<StreamListener> waiting = new ArrayList<>(listeners);
        finish();
        waiting.forEach(listener -> listener.answer(status, type, retryAfter, body));
    }

    private void finish() {
        state = State.ENDED;
        listeners.clear();
        onEnded.accept(this);
    }

    /** Breaks off the exchange with the backend, which closes its connection. */
    private void breakOff() {
        if (upstream != null) {
            upstream.reset();
        }
    }
}
