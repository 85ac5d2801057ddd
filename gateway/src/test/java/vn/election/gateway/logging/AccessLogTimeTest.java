package vn.election.gateway.logging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import io.quarkus.vertx.http.runtime.attribute.ExchangeAttributeParser;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The access log's time, formatted once a second. */
class AccessLogTimeTest {

    /** 2026-03-15T05:00:00Z, election day: noon in Hà Nội. */
    private static final long ELECTION_DAY_NOON = 1_773_550_800L;

    @Test
    void theTimeIsInTheCommonLogFormatOfTheGivenZone() {
        AccessLogTime time = new AccessLogTime(ZoneId.of("Asia/Ho_Chi_Minh"));
        assertEquals("[15/Mar/2026:12:00:00 +0700]", time.at(ELECTION_DAY_NOON));
        // the same second again, from the one formatted text; the next second, a new one
        assertEquals("[15/Mar/2026:12:00:00 +0700]", time.at(ELECTION_DAY_NOON));
        assertEquals("[15/Mar/2026:12:00:01 +0700]", time.at(ELECTION_DAY_NOON + 1));
        assertEquals("[15/Mar/2026:05:00:00 +0000]", new AccessLogTime(ZoneId.of("UTC")).at(ELECTION_DAY_NOON));
    }

    @Test
    void quarkusTakesItForPercentTInAnAccessLogPattern() {
        ExchangeAttributeParser parser = new ExchangeAttributeParser(getClass().getClassLoader(), List.of());
        assertInstanceOf(AccessLogTime.class, parser.parse("%t"));
        assertInstanceOf(AccessLogTime.class, parser.parse("%{DATE_TIME}"));
    }
}
