package vn.election.registry;

import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * The registry's clock in tests: the system clock until a test sets it to an instant, for the rules that
 * depend on the hour (V-9 ...). It replaces the kit's clock, a {@code @DefaultBean}. All test classes share
 * one application, so a test that sets it resets it when it ends.
 */
@Singleton
public class TestClock extends Clock {

    private volatile Instant fixed;

    /** Stops the clock at {@code instant}. */
    public void set(OffsetDateTime instant) {
        fixed = instant.toInstant();
    }

    /** Back to the system clock. */
    public void reset() {
        fixed = null;
    }

    @Override
    public Instant instant() {
        Instant now = fixed;
        return now != null ? now : Instant.now();
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        throw new UnsupportedOperationException("the registry reads instants in UTC and converts them itself");
    }
}
