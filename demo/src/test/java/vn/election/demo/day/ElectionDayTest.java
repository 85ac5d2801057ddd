package vn.election.demo.day;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import vn.election.demo.plan.BacKan2021;
import vn.election.demo.plan.ElectionPlan;
import vn.election.demo.plan.ElectoralUnitPlan;
import vn.election.demo.plan.PollingAreaPlan;
import vn.election.events.Body;
import vn.election.kit.problem.Problem;
import vn.election.tally.minutes.MinutesChecks;
import vn.election.tally.minutes.MinutesSubmission;

/** Election day of the Bắc Kạn plan, checked by the tally's own rules (its MinutesChecks class). */
class ElectionDayTest {

    private static final ElectionPlan PLAN = BacKan2021.generate(2021, LocalDate.of(2021, 5, 23));
    private static final ElectionDay DAY = new ElectionDay(PLAN);
    private static final List<String> CHECKPOINTS = List.of("09:00", "11:00", "14:00", "17:00", "19:00", "CLOSE");
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void turnoutReachesTheRealFigureOf231384With702AreasAtFullTurnout() {
        long voted = PLAN.areas().stream().mapToLong(DAY::votedByClose).sum();
        long full = PLAN.areas().stream()
                .filter(a -> DAY.votedByClose(a) == a.voters())
                .count();
        assertEquals(231_384, voted);
        assertEquals(702, full);
    }

    /** a polling area's figure only rises through the day, up to the close, and never exceeds its list. */
    @Test
    void turnoutOnlyRisesThroughTheDay() {
        for (PollingAreaPlan area : PLAN.areas()) {
            int before = 0;
            for (String checkpoint : CHECKPOINTS) {
                int now = DAY.votedBy(area, checkpoint);
                assertTrue(now >= before && now <= area.voters(), area + " at " + checkpoint);
                before = now;
            }
            assertEquals(DAY.votedByClose(area), before);
        }
        long at17 =
                PLAN.areas().stream().mapToLong(a -> DAY.votedBy(a, "17:00")).sum();
        double share = at17 / 231_861.0;
        assertTrue(share > 0.90 && share < 0.99, "about 95 % by 17:00 as in 2021 (F2b, F9): " + share);
    }

    /** M-9: every count of every polling area and body passes the tally's hard checks (CK-1..CK-9). */
    @Test
    void everyCountPassesTheTallysChecks() {
        for (PollingAreaPlan area : PLAN.areas()) {
            for (Body body : PLAN.bodies()) {
                Count count = DAY.count(area, body);
                assertEquals(List.of(), hardChecksFailed(count), count.toString());
            }
        }
    }

    /** The deliberate mistakes: each fails exactly the intended check; its correction passes; the swap passes. */
    @Test
    void eachDeliberateMistakeFailsExactlyItsCheck() {
        List<Mistake> mistakes = DAY.mistakes();
        assertEquals(
                List.of("CK-3", "CK-6", "CK-1"),
                mistakes.stream().limit(3).map(m -> m.check().id()).toList());
        for (Mistake m : mistakes) {
            List<String> expected =
                    m.check() == null ? List.of() : List.of(m.check().id());
            assertEquals(expected, hardChecksFailed(m.wrong()), m.slip());
            assertEquals(List.of(), hardChecksFailed(m.right()), m.slip());
            assertEquals(
                    DAY.count(PLAN.areas().get(m.right().areaIndex()), m.right().body()), m.right());
        }
        Mistake swap = mistakes.get(3);
        assertNull(swap.check());
        assertEquals(swap.right().votes()[0], swap.wrong().votes()[1]);
    }

    /**
     * W-2/W-3: in every ordinary unit the seats' favourites get more than half of the valid votes; in the one
     * short unit a single candidate does, fewer than two thirds of its seats (W-5: bầu thêm).
     */
    @Test
    void everyUnitFillsItsSeatsExceptTheOneThatNeedsAnAdditionalElection() {
        for (ElectoralUnitPlan unit : PLAN.units()) {
            long valid = 0;
            long[] votes = new long[unit.candidates().size()];
            for (PollingAreaPlan area : PLAN.areasOf(unit)) {
                Count c = DAY.count(area, unit.body());
                valid += c.valid();
                for (int i = 0; i < votes.length; i++) {
                    votes[i] += c.votes()[i];
                }
            }
            long finalValid = valid;
            long overHalf = java.util.Arrays.stream(votes)
                    .filter(v -> 2 * v > finalValid)
                    .count();
            if (unit.shortOfWinners()) {
                assertEquals(1, overHalf, unit.name());
                assertTrue(3 * overHalf < 2L * unit.seats(), "W-5: " + overHalf + " of " + unit.seats());
            } else {
                assertTrue(
                        overHalf >= unit.seats(),
                        unit.name() + " " + unit.administrativeUnitCode() + ": " + overHalf + " over half for "
                                + unit.seats() + " seats");
            }
        }
    }

    @Test
    void theDayIsAFunctionOfTheSeed() {
        ElectionDay again = new ElectionDay(BacKan2021.generate(2021, LocalDate.of(2021, 5, 23)));
        for (int i = 0; i < PLAN.areas().size(); i += 50) {
            PollingAreaPlan area = PLAN.areas().get(i);
            assertEquals(DAY.count(area, Body.PROVINCIAL_COUNCIL), again.count(area, Body.PROVINCIAL_COUNCIL));
            assertEquals(DAY.votedBy(area, "11:00"), again.votedBy(area, "11:00"));
        }
    }

    /**
     * W-5: the additional election (bầu thêm) of the short unit, for the seats left, with the candidates not
     * elected, passes the checks and fills those seats (more than half of the valid votes, W-2).
     */
    @Test
    void theAdditionalElectionFillsTheSeatsLeft() {
        ElectoralUnitPlan unit = PLAN.units().stream()
                .filter(ElectoralUnitPlan::shortOfWinners)
                .findFirst()
                .orElseThrow();
        long[] firstRound = new long[unit.candidates().size()];
        PLAN.areasOf(unit).forEach(a -> {
            int[] votes = DAY.count(a, unit.body()).votes();
            for (int i = 0; i < votes.length; i++) {
                firstRound[i] += votes[i];
            }
        });
        int winner = IntStream.range(0, firstRound.length)
                .reduce((a, b) -> firstRound[a] >= firstRound[b] ? a : b)
                .orElseThrow();
        List<Integer> ballot = IntStream.range(0, firstRound.length)
                .filter(i -> i != winner)
                .boxed()
                .toList();
        int seats = unit.seats() - 1;
        long valid = 0;
        long[] votes = new long[ballot.size()];
        for (PollingAreaPlan area : PLAN.areasOf(unit)) {
            Count count = DAY.additionalCount(area, unit, ballot, seats);
            assertEquals(List.of(), hardChecksFailed(count, seats, ballot.size()), count.toString());
            assertTrue(count.votersParticipated() < DAY.votedByClose(area) + 1);
            valid += count.valid();
            for (int i = 0; i < votes.length; i++) {
                votes[i] += count.votes()[i];
            }
        }
        long finalValid = valid;
        assertTrue(
                java.util.Arrays.stream(votes).filter(v -> 2 * v > finalValid).count() >= seats);
    }

    private static List<String> hardChecksFailed(Count count) {
        ElectoralUnitPlan unit = PLAN.unitOf(PLAN.areas().get(count.areaIndex()), count.body());
        return hardChecksFailed(count, unit.seats(), unit.candidates().size());
    }

    /** The ids of the hard checks the tally fails these minutes on (its MinutesChecks, fed the same JSON). */
    private static List<String> hardChecksFailed(Count count, int seats, int candidates) {
        List<UUID> ballot = IntStream.range(0, candidates)
                .mapToObj(i -> UUID.nameUUIDFromBytes((count.body() + "/" + i).getBytes()))
                .toList();
        MinutesForm form = MinutesForm.of(count, UUID.randomUUID(), ballot, null);
        MinutesSubmission submission = JSON.convertValue(form, MinutesSubmission.class);
        List<String> failed = new ArrayList<>();
        for (Problem.FieldError e :
                MinutesChecks.check(submission, seats, ballot).hard()) {
            failed.add(e.code());
        }
        return failed;
    }
}
