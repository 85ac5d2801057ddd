package vn.election.tally;

import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * The service's clock in tests (it replaces the kit's default): the system clock unless a test sets a
 * time, e.g. the evening of election day, to see deadlines decided as they would be then.
 */
@Singleton
public class TestClock extends Clock {

    private volatile Instant fixed;

    public void set(OffsetDateTime time) {
        fixed = time.toInstant();
    }

    public void reset() {
        fixed = null;
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return Clock.fixed(instant(), zone);
    }

    @Override
    public Instant instant() {
        Instant at = fixed;
        return at == null ? Instant.now() : at;
    }
}
