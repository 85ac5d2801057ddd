package vn.election.tally.results;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.OffsetDateTime;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.election.events.Body;
import vn.election.events.tally.UnitStatus;
import vn.election.kit.problem.ProblemException;

/**
 * The lock of an announced unit (D-14) on the unit's own state: it holds while the announced result stands, and an
 * annulment, which takes the unit out of its final state, lifts it; the result certified after the repeat election
 * is not announced until it is announced again.
 */
class UnitRoundAnnouncementTest {

    private static final OffsetDateTime ANNOUNCED = OffsetDateTime.parse("2026-03-20T10:00:00+07:00");

    private static UnitRound unit(UnitStatus status) {
        UnitRound r = new UnitRound();
        r.unitId = UUID.randomUUID();
        r.electionId = UUID.randomUUID();
        r.body = Body.COMMUNE_COUNCIL;
        r.round = 1;
        r.seats = 1;
        r.status = status;
        return r;
    }

    @Test
    void onlyACertifiedResultIsAnnounced_D14() {
        UnitRound valid = unit(UnitStatus.VALID);
        ProblemException refused =
                assertThrows(ProblemException.class, () -> valid.announce(UUID.randomUUID(), ANNOUNCED));
        assertEquals("D-14", refused.toProblem().errors().get(0).code());
        assertFalse(valid.announced());
    }

    @Test
    void anAnnouncedResultRefusesMinutesUntilAnAnnulmentTakesItOutOfItsFinalState_D14() {
        UnitRound r = unit(UnitStatus.FINAL);
        r.certifiedAt = ANNOUNCED.minusDays(2);
        r.announce(UUID.randomUUID(), ANNOUNCED);
        assertTrue(r.announced());
        assertEquals(ANNOUNCED, r.announcedAt());
        ProblemException refused = assertThrows(ProblemException.class, () -> r.requireOpen(1));
        assertEquals("D-14", refused.toProblem().errors().get(0).code());

        // as an annulment leaves it (W-6): the repeat election's round is open again
        r.status = UnitStatus.NEEDS_REPEAT_ELECTION;
        r.certifiedAt = null;
        r.round = 2;
        assertFalse(r.announced());
        assertNull(r.announcedAt());
        r.requireOpen(2);

        // its new result, certified, waits for its own announcement
        r.status = UnitStatus.REPEAT_ELECTION_DONE;
        r.certify(null, () -> null, "committee-06", null, ANNOUNCED.plusDays(20));
        assertEquals(UnitStatus.FINAL, r.status());
        assertFalse(r.announced());
        r.announce(UUID.randomUUID(), ANNOUNCED.plusDays(21));
        assertTrue(r.announced());
    }
}
