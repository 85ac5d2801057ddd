package vn.election.kit.outbox;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** Knobs of the outbox relay. */
@ConfigMapping(prefix = "outbox")
public interface OutboxConfig {

    /** The CloudEvents {@code ce_source} of this service's events, e.g. {@code /registry-service}. */
    String source();

    /** How many messages one relay pass publishes at most before it commits. */
    @WithDefault("500")
    int batchSize();

    /** How long to wait for the broker to acknowledge a batch before trying again later. */
    @WithDefault("10s")
    Duration sendTimeout();
}
