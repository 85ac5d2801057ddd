package vn.election.tally.results;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.election.events.Body;
import vn.election.events.tally.UnitStatus;
import vn.election.tally.results.WinnerDetermination.Contender;
import vn.election.tally.results.WinnerDetermination.Input;
import vn.election.tally.results.WinnerDetermination.Outcome;
import vn.election.tally.results.WinnerDetermination.RoundKind;

/**
 * Winner determination (W-1..W-6, W-8), one row per case. Candidates are named by their place on the
 * ballot (0, 1, 2 ...); unless a row gives birth years, candidate i was born in 1960 + i (so 0 is oldest).
 */
class WinnerDeterminationTest {

    @ParameterizedTest(name = "{0}: {1} {2} seats={3} voters={4} took part={5} valid={6} votes=[{7}] -> {9} [{10}]")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            # rule     | body               | round      | seats | voters | part | valid | votes                           | births              | status                    | elected | undecided | reason
            # W-1: exactly half is not over half (strict): bầu lại
            W-1        | NATIONAL_ASSEMBLY  | FIRST      | 2     | 1000   | 500  | 480   | 400 300 200                     | -                   | NEEDS_REPEAT_ELECTION     | -       | -         | W-1
            W-1        | NATIONAL_ASSEMBLY  | FIRST      | 2     | 1000   | 501  | 500   | 400 300 200                     | -                   | VALID                     | 0 1     | -         | W-2
            # W-2: 300 of 600 valid is not more than half; 301 is
            W-2        | PROVINCIAL_COUNCIL | FIRST      | 1     | 1000   | 700  | 600   | 300 299                         | -                   | NEEDS_ADDITIONAL_ELECTION | -       | -         | W-5
            W-2        | PROVINCIAL_COUNCIL | FIRST      | 1     | 1000   | 700  | 600   | 301 299                         | -                   | VALID                     | 0       | -         | W-2
            # W-3: three qualify for two seats: the two with most votes, in order of votes
            W-3        | NATIONAL_ASSEMBLY  | FIRST      | 2     | 1000   | 900  | 1000  | 700 800 900                     | -                   | VALID                     | 2 1     | -         | W-2
            # W-4: 1 and 2 tie for the last seat; 2 (born 1965) is older than 1 (born 1970)
            W-4        | NATIONAL_ASSEMBLY  | FIRST      | 2     | 1000   | 900  | 1000  | 900 700 700                     | 1960 1970 1965      | VALID                     | 0 2     | -         | W-2
            # W-4: three tie for two seats: the two older
            W-4        | COMMUNE_COUNCIL    | FIRST      | 2     | 1000   | 900  | 1000  | 800 800 800                     | 1970 1960 1965      | VALID                     | 1 2     | -         | W-2
            # W-4: a tie that does not cross the last seat decides nothing
            W-4        | COMMUNE_COUNCIL    | FIRST      | 2     | 1000   | 900  | 1000  | 800 800 600                     | 1970 1970 1960      | VALID                     | 0 1     | -         | W-2
            # W-4, D-6: the same birth date at the last seat is not regulated: the competent body decides, in any round
            W-4        | NATIONAL_ASSEMBLY  | FIRST      | 2     | 1000   | 900  | 1000  | 900 700 700                     | 1960 1970 1970      | NEEDS_TIE_DECISION        | 0       | 1 2       | W-4, D-6
            W-4        | NATIONAL_ASSEMBLY  | FIRST      | 2     | 1000   | 900  | 1000  | 900 701 700 700                 | 1960 1970 1970 1970 | VALID                     | 0 1     | -         | W-2
            W-4        | COMMUNE_COUNCIL    | ADDITIONAL | 1     | 1000   | 900  | 1000  | 600 600                         | 1970 1970           | NEEDS_TIE_DECISION        | -       | 0 1       | W-4, D-6
            W-4        | PROVINCIAL_COUNCIL | REPEAT     | 2     | 1000   | 400  | 400   | 300 250 250                     | 1960 1970 1970      | NEEDS_TIE_DECISION        | 0       | 1 2       | W-4, D-6
            # W-5, the cases of the rule (People's Council seats/elected): 2/1 yes, 3/2 no, 5/3 yes, 5/4 no, 1/0 yes
            W-5 2/1    | COMMUNE_COUNCIL    | FIRST      | 2     | 1000   | 900  | 1000  | 600 400 300                     | -                   | NEEDS_ADDITIONAL_ELECTION | 0       | -         | W-5
            W-5 3/2    | PROVINCIAL_COUNCIL | FIRST      | 3     | 1000   | 900  | 1000  | 600 600 400 300 200             | -                   | VALID                     | 0 1     | -         | W-5
            W-5 5/3    | PROVINCIAL_COUNCIL | FIRST      | 5     | 1000   | 900  | 1000  | 600 600 600 400 400 400 300 300 | -                   | NEEDS_ADDITIONAL_ELECTION | 0 1 2   | -         | W-5
            W-5 5/4    | PROVINCIAL_COUNCIL | FIRST      | 5     | 1000   | 900  | 1000  | 600 600 600 600 400 400 300 300 | -                   | VALID                     | 0 1 2 3 | -         | W-5
            W-5 1/0    | COMMUNE_COUNCIL    | FIRST      | 1     | 1000   | 900  | 1000  | 500 400                         | -                   | NEEDS_ADDITIONAL_ELECTION | -       | -         | W-5
            # W-5: the National Assembly needs every seat: 3/2 calls for a bầu thêm there
            W-5 NA 3/2 | NATIONAL_ASSEMBLY  | FIRST      | 3     | 1000   | 900  | 1000  | 600 600 400 300 200             | -                   | NEEDS_ADDITIONAL_ELECTION | 0 1     | -         | W-5
            # W-5: the bầu thêm fills the seat left empty with more than half and the most votes; never a second one
            W-5 round2 | COMMUNE_COUNCIL    | ADDITIONAL | 1     | 1000   | 900  | 1000  | 300 600                         | -                   | ADDITIONAL_ELECTION_DONE  | 1       | -         | W-5
            W-5 round2 | COMMUNE_COUNCIL    | ADDITIONAL | 1     | 1000   | 900  | 1000  | 500 400                         | -                   | ADDITIONAL_ELECTION_DONE  | -       | -         | W-5
            W-5 round2 | NATIONAL_ASSEMBLY  | ADDITIONAL | 1     | 1000   | 400  | 390   | 300 90                          | -                   | ADDITIONAL_ELECTION_DONE  | -       | -         | W-1
            # W-6: a bầu lại is recognized even at 40% turnout, and never repeated; empty seats stay empty
            W-6        | PROVINCIAL_COUNCIL | REPEAT     | 2     | 1000   | 400  | 400   | 300 250 100                     | -                   | REPEAT_ELECTION_DONE      | 0 1     | -         | W-6
            W-6        | PROVINCIAL_COUNCIL | REPEAT     | 2     | 1000   | 400  | 400   | 300 150 100                     | -                   | REPEAT_ELECTION_DONE      | 0       | -         | W-6
            """)
    void determinesWinnersAndState_W1_to_W6(
            String rule,
            Body body,
            RoundKind round,
            int seats,
            long voters,
            long participated,
            long valid,
            String votes,
            String births,
            UnitStatus status,
            String elected,
            String undecided,
            String reasonRule) {
        long[] counts = Arrays.stream(votes.trim().split(" +"))
                .mapToLong(Long::parseLong)
                .toArray();
        List<Contender> contenders = new ArrayList<>();
        String[] years = births == null ? null : births.trim().split(" +");
        for (int i = 0; i < counts.length; i++) {
            int year = years == null ? 1960 + i : Integer.parseInt(years[i]);
            contenders.add(new Contender(candidate(i), counts[i], LocalDate.of(year, 1, 1)));
        }

        Outcome outcome =
                WinnerDetermination.determine(new Input(body, round, seats, voters, participated, valid, contenders));

        assertEquals(status, outcome.status(), outcome.reason());
        assertEquals(candidates(elected), outcome.elected(), outcome.reason());
        assertEquals(candidates(undecided), outcome.undecided(), outcome.reason());
        assertTrue(outcome.reason().startsWith(reasonRule), outcome.reason());
    }

    @ParameterizedTest(name = "{0} of {1} elected for {2}: {3}")
    @CsvSource(delimiter = '|', textBlock = """
            # the reasons name the numbers a reader checks (W-5)
            1 | 2 | COMMUNE_COUNCIL    | W-5: 1 of 2 seats filled, below two thirds: bầu thêm for 1 seat with the candidates not elected
            2 | 3 | PROVINCIAL_COUNCIL | W-5: 2 of 3 seats filled, not below two thirds: 1 seat stays vacant
            """)
    void theReasonCitesTheRuleAndTheNumbers_W5(int elected, int seats, Body body, String reason) {
        List<Contender> contenders = new ArrayList<>();
        for (int i = 0; i < seats + 1; i++) {
            contenders.add(new Contender(candidate(i), i < elected ? 600 : 100, LocalDate.of(1960 + i, 1, 1)));
        }
        Outcome outcome =
                WinnerDetermination.determine(new Input(body, RoundKind.FIRST, seats, 1000, 900, 1000, contenders));
        assertEquals(reason, outcome.reason());
    }

    /**
     * D-6: once the competent body decides a tie, the round takes the state it would have had with those
     * winners; a second round ends done whatever it filled, never calling for another (D-8, W-5, W-6).
     */
    @ParameterizedTest(name = "{0} {1} seats={2} elected={3} -> {4}")
    @CsvSource(delimiter = '|', textBlock = """
            NATIONAL_ASSEMBLY  | FIRST      | 2 | 0 1 | VALID                    | D-6: the tie at the last seat (W-4) decided by the competent body for 1 candidate; W-2, W-3: 2 of 2 seats filled
            COMMUNE_COUNCIL    | ADDITIONAL | 1 | 1   | ADDITIONAL_ELECTION_DONE | D-6: the tie at the last seat (W-4) decided by the competent body for 1 candidate; W-5: bầu thêm, 1 of 1 seat filled
            PROVINCIAL_COUNCIL | REPEAT     | 2 | 0 2 | REPEAT_ELECTION_DONE     | D-6: the tie at the last seat (W-4) decided by the competent body for 1 candidate; W-6: bầu lại recognized whatever its turnout (no second bầu lại), 2 of 2 seats filled
            """)
    void aDecidedTieGivesTheRoundTheStateItsWinnersMake_D6(
            Body body, RoundKind round, int seats, String elected, UnitStatus status, String reason) {
        List<UUID> winners = candidates(elected);
        Outcome outcome =
                WinnerDetermination.decided(body, round, seats, winners, List.of(winners.get(winners.size() - 1)));
        assertEquals(status, outcome.status());
        assertEquals(winners, outcome.elected());
        assertEquals(reason, outcome.reason());
    }

    private static UUID candidate(int index) {
        return new UUID(0, index);
    }

    private static List<UUID> candidates(String indexes) {
        return indexes == null
                ? List.of()
                : Arrays.stream(indexes.trim().split(" +"))
                        .map(i -> candidate(Integer.parseInt(i)))
                        .toList();
    }
}
