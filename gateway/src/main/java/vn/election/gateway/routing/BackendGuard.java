package vn.election.gateway.routing;

import com.github.benmanes.caffeine.cache.Ticker;
import io.vertx.core.Future;
import io.vertx.core.http.HttpMethod;
import java.net.ConnectException;
import java.time.Duration;
import java.util.function.Supplier;
import java.util.function.ToIntFunction;

/**
 * Resilience towards one backend: a GET or HEAD whose connection fails is tried once more
 * (never a write: it might have half happened), and a circuit breaker stops sending requests for
 * {@code openFor} after {@code failureThreshold} failed exchanges in a row; then one request may try
 * (half-open), and its outcome closes or reopens the circuit.
 */
public final class BackendGuard {

    private enum State {
        CLOSED,
        OPEN,
        HALF_OPEN
    }

    /** The exchange was not tried: the circuit is open. */
    public static final class OpenCircuit extends RuntimeException {
        public OpenCircuit() {
            super("the circuit is open", null, false, false);
        }
    }

    private final int failureThreshold;
    private final long openForNanos;
    private final Ticker ticker;

    private State state = State.CLOSED;
    private int consecutiveFailures;
    private long openedAt;

    public BackendGuard(int failureThreshold, Duration openFor, Ticker ticker) {
        this.failureThreshold = failureThreshold;
        this.openForNanos = openFor.toNanos();
        this.ticker = ticker;
    }

    /** Opens a connection with {@code connect}, once more for GET and HEAD when the first attempt fails to connect. */
    public static <T> Future<T> connect(HttpMethod method, Supplier<Future<T>> connect) {
        Future<T> first = connect.get();
        if (method != HttpMethod.GET && method != HttpMethod.HEAD) {
            return first;
        }
        return first.recover(
                failure -> failure instanceof ConnectException ? connect.get() : Future.failedFuture(failure));
    }

    /** True when a request may go to the backend now; false while the circuit is open (or its trial runs). */
    public synchronized boolean allow() {
        if (state == State.CLOSED) {
            return true;
        }
        if (state == State.OPEN && ticker.read() - openedAt >= openForNanos) {
            state = State.HALF_OPEN;
            return true;
        }
        return false;
    }

    /** The outcome of an exchange that {@link #allow} let through. */
    public synchronized void record(boolean succeeded) {
        if (succeeded) {
            state = State.CLOSED;
            consecutiveFailures = 0;
        } else if (state == State.HALF_OPEN || ++consecutiveFailures >= failureThreshold) {
            state = State.OPEN;
            openedAt = ticker.read();
        }
    }

    /**
     * Runs {@code exchange} unless the circuit is open ({@link OpenCircuit} then), and records its outcome;
     * {@code status} tells the backend's status code of a completed exchange.
     */
    public <T> Future<T> guard(Supplier<Future<T>> exchange, ToIntFunction<T> status) {
        if (!allow()) {
            return Future.failedFuture(new OpenCircuit());
        }
        return exchange.get()
                .andThen(outcome -> record(outcome.succeeded() && !failed(status.applyAsInt(outcome.result()))));
    }

    /** Whether an answer of the backend counts as a failure: it says itself that it cannot serve. */
    public static boolean failed(int status) {
        return status == 502 || status == 503 || status == 504;
    }

    /** Whole seconds until the circuit lets a request try again, at least 1 (for {@code Retry-After}). */
    public synchronized long secondsUntilRetry() {
        long left = state == State.OPEN ? openForNanos - (ticker.read() - openedAt) : 0;
        return Math.max(1, Duration.ofNanos(left).plusNanos(999_999_999L).toSeconds());
    }
}
