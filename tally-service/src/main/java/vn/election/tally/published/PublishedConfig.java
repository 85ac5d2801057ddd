package vn.election.tally.published;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** Knobs of the published results read by mobile apps and media. */
@ConfigMapping(prefix = "tally.published")
public interface PublishedConfig {

    /** How long a client or a shared cache may reuse a published read without asking again. */
    @WithDefault("5s")
    Duration maxAge();

    /** How often the change stream sends a keep-alive comment, so that proxies keep it open. */
    @WithDefault("15s")
    Duration heartbeat();

    /** Units per page of a list when the client does not say. */
    @WithDefault("200")
    int pageSize();

    /** The largest page a client may ask for. */
    @WithDefault("1000")
    int maxPageSize();
}
