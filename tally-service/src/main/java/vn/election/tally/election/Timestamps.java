package vn.election.tally.election;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/** The timestamp columns of native queries, whichever Java type the driver gave them. */
public final class Timestamps {

    private Timestamps() {}

    /** The column's time with its offset, in UTC when the driver gave none; null stays null. */
    public static OffsetDateTime of(Object column) {
        if (column == null || column instanceof OffsetDateTime) {
            return (OffsetDateTime) column;
        }
        Instant instant = column instanceof java.sql.Timestamp t ? t.toInstant() : (Instant) column;
        return instant.atOffset(ZoneOffset.UTC);
    }
}
