package vn.election.events;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The deadlines of R-2 (and M-4) per ruleset, with the dates the law's timetables give. */
class RulesetDeadlinesTest {

    private static final LocalDate DAY_2021 = LocalDate.of(2021, 5, 23);
    private static final LocalDate DAY_2026 = LocalDate.of(2026, 3, 15);

    @Test
    void theNationalAssemblysResultsAreDue20DaysAfterUnderThe2015TextAnd10Since_R2() {
        // 23 May 2021 + 20 days = 12 June 2021; 15 March 2026 + 10 days = 25 March 2026
        assertEquals(LocalDate.of(2021, 6, 12), Ruleset.R2021.announcementDeadline(DAY_2021, Body.NATIONAL_ASSEMBLY));
        assertEquals(LocalDate.of(2026, 3, 25), Ruleset.R2026.announcementDeadline(DAY_2026, Body.NATIONAL_ASSEMBLY));
    }

    @Test
    void aCouncilsResultsAreDue10DaysAfterUnderBoth_R2() {
        assertEquals(LocalDate.of(2021, 6, 2), Ruleset.R2021.announcementDeadline(DAY_2021, Body.PROVINCIAL_COUNCIL));
        assertEquals(LocalDate.of(2021, 6, 2), Ruleset.R2021.announcementDeadline(DAY_2021, Body.DISTRICT_COUNCIL));
        assertEquals(LocalDate.of(2026, 3, 25), Ruleset.R2026.announcementDeadline(DAY_2026, Body.COMMUNE_COUNCIL));
    }

    @Test
    void minutesAndComplaintsKeepTheirDays_M4_R2() {
        for (Ruleset r : Ruleset.values()) {
            assertEquals(3, r.pollingAreaMinutesDays());
            assertEquals(5, r.resultComplaintDays());
            assertEquals(30, r.resultComplaintResolutionDays(Body.NATIONAL_ASSEMBLY));
            assertEquals(20, r.resultComplaintResolutionDays(Body.PROVINCIAL_COUNCIL));
            assertEquals(20, r.resultComplaintResolutionDays(Body.COMMUNE_COUNCIL));
        }
    }
}
