package vn.election.gateway.logging;

import io.quarkus.vertx.http.runtime.attribute.ExchangeAttribute;
import io.quarkus.vertx.http.runtime.attribute.ExchangeAttributeBuilder;
import io.quarkus.vertx.http.runtime.attribute.ReadOnlyAttributeException;
import io.vertx.ext.web.RoutingContext;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * The access log's {@code %t}, {@code [21/Nov/2026:06:21:06 +0000]}, as Quarkus writes it, but formatted
 * once per second instead of once per request: on a cached published read the formatting was about a
 * tenth of the gateway's work (bench/gateway/README.md). Quarkus finds the {@link Builder} through
 * {@code META-INF/services}, and prefers it to its own for the same tokens by its higher priority.
 */
public final class AccessLogTime implements ExchangeAttribute {

    /** The common log format's time, as in Quarkus's own {@code DateTimeAttribute}. */
    static final DateTimeFormatter COMMON_LOG_FORMAT =
            DateTimeFormatter.ofPattern("'['dd/MMM/yyyy:HH:mm:ss Z']'", Locale.US);

    private record Stamp(long epochSecond, String text) {}

    private final ZoneId zone;
    /** The last second formatted; event loops race to replace it at most once a second, harmlessly. */
    private volatile Stamp last = new Stamp(Long.MIN_VALUE, "");

    AccessLogTime(ZoneId zone) {
        this.zone = zone;
    }

    @Override
    public String readAttribute(RoutingContext exchange) {
        return at(System.currentTimeMillis() / 1000);
    }

    /** The text for the given second since the epoch. */
    String at(long epochSecond) {
        Stamp stamp = last;
        if (stamp.epochSecond() != epochSecond) {
            stamp = new Stamp(
                    epochSecond,
                    COMMON_LOG_FORMAT.format(Instant.ofEpochSecond(epochSecond).atZone(zone)));
            last = stamp;
        }
        return stamp.text();
    }

    @Override
    public void writeAttribute(RoutingContext exchange, String newValue) throws ReadOnlyAttributeException {
        throw new ReadOnlyAttributeException(Builder.NAME, newValue);
    }

    /** Answers {@code %t} and {@code %{DATE_TIME}}, the tokens of Quarkus's own date time attribute (priority 0). */
    public static final class Builder implements ExchangeAttributeBuilder {

        static final String NAME = "Date Time";

        @Override
        public String name() {
            return NAME;
        }

        @Override
        public ExchangeAttribute build(String token) {
            return token.equals("%t") || token.equals("%{DATE_TIME}")
                    ? new AccessLogTime(ZoneId.systemDefault())
                    : null;
        }

        @Override
        public int priority() {
            return 1;
        }
    }
}
