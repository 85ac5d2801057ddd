package vn.election.awards.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** K-10 (Decree 30/2020): days below 10 and the months January and February are written with a leading zero. */
class VietnameseDatesTest {

    @Test
    void dayBelow10AndJanuaryOrFebruaryAreZeroPadded_K10() {
        assertEquals("ngày 05 tháng 02 năm 2021", VietnameseDates.longForm(LocalDate.of(2021, 2, 5)));
        assertEquals("ngày 31 tháng 01 năm 2026", VietnameseDates.longForm(LocalDate.of(2026, 1, 31)));
    }

    @Test
    void otherMonthsAndDaysFrom10AreNot_K10() {
        assertEquals("ngày 20 tháng 6 năm 2021", VietnameseDates.longForm(LocalDate.of(2021, 6, 20)));
        assertEquals("ngày 03 tháng 12 năm 2021", VietnameseDates.longForm(LocalDate.of(2021, 12, 3)));
    }
}
