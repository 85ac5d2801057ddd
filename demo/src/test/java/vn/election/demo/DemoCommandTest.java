package vn.election.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;

class DemoCommandTest {

    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    /** ED-1 and V-9: the next Sunday whose lists stay open more than two hours (they close Saturday 07:00). */
    @Test
    void electionDayIsTheNextSundayWhoseVoterListsAreStillOpen() {
        // Friday 2026-11-20 10:00: Sunday the 22nd's lists close Saturday 07:00, 21 hours later
        assertEquals(LocalDate.of(2026, 11, 22), DemoCommand.nextOpenSunday(at(2026, 11, 20, 10)));
        // Saturday 06:00: they close in one hour, too soon to load; the next Sunday
        assertEquals(LocalDate.of(2026, 11, 29), DemoCommand.nextOpenSunday(at(2026, 11, 21, 6)));
        // Sunday 09:00 (the 22nd): that day's lists are closed
        assertEquals(LocalDate.of(2026, 11, 29), DemoCommand.nextOpenSunday(at(2026, 11, 22, 9)));
    }

    private static ZonedDateTime at(int y, int m, int d, int hour) {
        return ZonedDateTime.of(y, m, d, hour, 0, 0, 0, VIETNAM);
    }
}
