package vn.election.testing;

import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * A service's clock in its {@code @QuarkusTest}s: the system clock until a test stops it at an instant, to see the
 * rules that depend on the hour (a voter list's window, V-9; the reporting deadlines of election evening, R-2)
 * decided as they would be then. It is a bean of this module (test-support has a Jandex index), so it replaces the
 * kit's clock, a {@code @DefaultBean}, in every service whose tests use test-support; a test injects it as
 * {@code TestClock}. All test classes of a module share one application, so a test that sets it resets it when it
 * ends.
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

    /** This clock seen from another zone: it still follows {@link #set} and {@link #reset}. */
    @Override
    public Clock withZone(ZoneId zone) {
        TestClock source = this;
        return new Clock() {
            @Override
            public Instant instant() {
                return source.instant();
            }

            @Override
            public ZoneId getZone() {
                return zone;
            }

            @Override
            public Clock withZone(ZoneId other) {
                return source.withZone(other);
            }
        };
    }
}
