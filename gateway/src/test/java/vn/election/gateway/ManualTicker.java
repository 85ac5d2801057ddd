package vn.election.gateway;

import com.github.benmanes.caffeine.cache.Ticker;
import jakarta.annotation.Priority;
import jakarta.enterprise.inject.Alternative;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

/** The caches' clock in tests: it moves only when a test turns it, so that expiry needs no waiting. */
@Alternative
@Priority(1)
@Singleton
public class ManualTicker implements Ticker {

    private final AtomicLong nanos = new AtomicLong();

    @Override
    public long read() {
        return nanos.get();
    }

    public void advance(Duration by) {
        nanos.addAndGet(by.toNanos());
    }
}
