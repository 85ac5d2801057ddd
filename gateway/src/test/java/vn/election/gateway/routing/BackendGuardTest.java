package vn.election.gateway.routing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.Future;
import io.vertx.core.http.HttpMethod;
import java.net.ConnectException;
import java.time.Duration;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** Retries for idempotent reads only, and the circuit breaker's states. */
class BackendGuardTest {

    private final AtomicLong now = new AtomicLong();
    private final BackendGuard guard = new BackendGuard(3, Duration.ofSeconds(30), now::get);

    @Test
    void aGetWhoseConnectionFailsIsTriedOnceMore() {
        AtomicInteger attempts = new AtomicInteger();
        Future<String> result = BackendGuard.connect(
                HttpMethod.GET,
                () -> attempts.incrementAndGet() == 1
                        ? Future.failedFuture(new ConnectException("refused"))
                        : Future.succeededFuture("ok"));
        assertEquals("ok", result.result());
        assertEquals(2, attempts.get());
    }

    @Test
    void aHeadIsRetriedButAtMostOnce() {
        AtomicInteger attempts = new AtomicInteger();
        Future<String> result = BackendGuard.connect(HttpMethod.HEAD, () -> {
            attempts.incrementAndGet();
            return Future.failedFuture(new ConnectException("refused"));
        });
        assertTrue(result.failed());
        assertEquals(2, attempts.get());
    }

    @Test
    void writesAreNeverRetried() {
        for (HttpMethod method :
                new HttpMethod[] {HttpMethod.POST, HttpMethod.PUT, HttpMethod.PATCH, HttpMethod.DELETE}) {
            AtomicInteger attempts = new AtomicInteger();
            Future<String> result = BackendGuard.connect(method, () -> {
                attempts.incrementAndGet();
                return Future.failedFuture(new ConnectException("refused"));
            });
            assertTrue(result.failed());
            assertEquals(1, attempts.get(), method.name());
        }
    }

    @Test
    void onlyConnectionFailuresAreRetried() {
        AtomicInteger attempts = new AtomicInteger();
        Future<String> result = BackendGuard.connect(HttpMethod.GET, () -> {
            attempts.incrementAndGet();
            return Future.failedFuture(new TimeoutException("idle"));
        });
        assertTrue(result.failed());
        assertEquals(1, attempts.get());
    }

    @Test
    void theCircuitOpensAfterThreeFailuresInARowAndHalfOpensAfter30Seconds() {
        fail();
        fail();
        assertTrue(guard.allow());
        guard.record(false);
        assertFalse(guard.allow());
        assertEquals(30, guard.secondsUntilRetry());

        now.addAndGet(Duration.ofSeconds(29).toNanos());
        assertFalse(guard.allow());
        assertEquals(1, guard.secondsUntilRetry());

        now.addAndGet(Duration.ofSeconds(1).toNanos());
        assertTrue(guard.allow(), "half-open: one request may try");
        assertFalse(guard.allow(), "only one at a time");
        guard.record(false);
        assertFalse(guard.allow(), "the trial failed: open again");
        assertEquals(30, guard.secondsUntilRetry());

        now.addAndGet(Duration.ofSeconds(30).toNanos());
        assertTrue(guard.allow());
        guard.record(true);
        assertTrue(guard.allow());
        assertTrue(guard.allow());
    }

    @Test
    void aSuccessResetsTheCountOfFailures() {
        fail();
        fail();
        assertTrue(guard.allow());
        guard.record(true);
        fail();
        fail();
        assertTrue(guard.allow());
    }

    @Test
    void aBackendsOwn503CountsAsAFailureAndAnOpenCircuitSkipsTheExchange() {
        AtomicInteger exchanges = new AtomicInteger();
        for (int i = 0; i < 3; i++) {
            guard.guard(
                    () -> {
                        exchanges.incrementAndGet();
                        return Future.succeededFuture(503);
                    },
                    status -> status);
        }
        Future<Integer> skipped = guard.guard(
                () -> {
                    exchanges.incrementAndGet();
                    return Future.succeededFuture(200);
                },
                status -> status);
        assertInstanceOf(BackendGuard.OpenCircuit.class, skipped.cause());
        assertEquals(3, exchanges.get());
    }

    private void fail() {
        assertTrue(guard.allow());
        guard.record(false);
    }
}
