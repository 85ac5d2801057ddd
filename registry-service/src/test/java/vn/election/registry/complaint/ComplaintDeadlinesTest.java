package vn.election.registry.complaint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import vn.election.events.Rule;
import vn.election.events.Ruleset;
import vn.election.kit.problem.ProblemException;

/**
 * The windows of complaints before election day on the 2026 calendar (election day Sunday 15 March 2026): the lists
 * are posted by 3 February (V-7), so list complaints run until 5 March (30 days: February 2026 has 28) and are
 * answered within 5 days; candidate complaints are settled by 5 March (R-3: 10 days before).
 */
class ComplaintDeadlinesTest {

    private static final LocalDate POSTED = LocalDate.of(2026, 2, 3);
    private static final LocalDate ELECTION_DAY = LocalDate.of(2026, 3, 15);

    @Test
    void aListComplaintFiled30DaysAfterPostingIsAnsweredBy5DaysLater_V8() {
        assertEquals(
                LocalDate.of(2026, 3, 10),
                ComplaintDeadlines.voterList(Ruleset.R2026, POSTED, LocalDate.of(2026, 3, 5)));
        assertEquals(LocalDate.of(2026, 2, 8), ComplaintDeadlines.voterList(Ruleset.R2026, POSTED, POSTED));
    }

    @Test
    void aListComplaintFiled31DaysAfterPostingIsRefused_V8() {
        ProblemException late = assertThrows(
                ProblemException.class,
                () -> ComplaintDeadlines.voterList(Ruleset.R2026, POSTED, LocalDate.of(2026, 3, 6)));
        assertEquals(Rule.V_8.id(), late.toProblem().errors().get(0).code());
        assertEquals("pollingAreaId", late.toProblem().errors().get(0).field());
    }

    @Test
    void aCandidateComplaintIsAnsweredWithin5DaysButNeverAfter10DaysBeforeElectionDay_R3_D35() {
        assertEquals(LocalDate.of(2026, 3, 5), ComplaintDeadlines.candidateCutoff(Ruleset.R2026, ELECTION_DAY));
        // 20 February + 5 = 25 February, well before the limit
        assertEquals(
                LocalDate.of(2026, 2, 25),
                ComplaintDeadlines.candidate(Ruleset.R2026, ELECTION_DAY, LocalDate.of(2026, 2, 20)));
        // 28 February + 5 = 5 March: the limit itself
        assertEquals(
                LocalDate.of(2026, 3, 5),
                ComplaintDeadlines.candidate(Ruleset.R2026, ELECTION_DAY, LocalDate.of(2026, 2, 28)));
        // 2 March + 5 = 7 March, past the limit: 5 March
        assertEquals(
                LocalDate.of(2026, 3, 5),
                ComplaintDeadlines.candidate(Ruleset.R2026, ELECTION_DAY, LocalDate.of(2026, 3, 2)));
        assertEquals(
                LocalDate.of(2026, 3, 5),
                ComplaintDeadlines.candidate(Ruleset.R2026, ELECTION_DAY, LocalDate.of(2026, 3, 5)));
    }

    @Test
    void aCandidateComplaintFiledAfterTheLimitIsRefused_R3() {
        ProblemException late = assertThrows(
                ProblemException.class,
                () -> ComplaintDeadlines.candidate(Ruleset.R2026, ELECTION_DAY, LocalDate.of(2026, 3, 6)));
        assertEquals(Rule.R_3.id(), late.toProblem().errors().get(0).code());
    }

    @Test
    void the2021ElectionKeepsTheSameDays_V8_R3() {
        // election day Sunday 23 May 2021: candidate complaints settled by 13 May
        assertEquals(
                LocalDate.of(2021, 5, 13),
                ComplaintDeadlines.candidateCutoff(Ruleset.R2021, LocalDate.of(2021, 5, 23)));
        assertEquals(
                LocalDate.of(2021, 4, 18),
                ComplaintDeadlines.voterList(Ruleset.R2021, LocalDate.of(2021, 4, 13), LocalDate.of(2021, 4, 13)));
    }
}
