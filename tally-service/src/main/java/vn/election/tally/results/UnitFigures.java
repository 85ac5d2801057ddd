package vn.election.tally.results;

import java.time.OffsetDateTime;
import java.util.Map;
import java.util.UUID;

/**
 * A unit's figures for its current round, summed from the current minutes of its polling areas (CK-7:
 * unit = Σ its polling areas' minutes).
 *
 * @param reported  polling areas whose minutes are in
 * @param expected  polling areas that vote in the unit (PA-4)
 * @param votes     votes per candidate
 * @param lastMinutes when the newest of those minutes was accepted; null if none
 */
public record UnitFigures(long reported, long expected, long totalVoters, long participated, long ballotsIssued,
        long ballotsReceived, long valid, long invalid, Map<UUID, Long> votes, OffsetDateTime lastMinutes) {

    static UnitFigures none(long expected) {
        return new UnitFigures(0, expected, 0, 0, 0, 0, 0, 0, Map.of(), null);
    }

    /** Every polling area of the unit has reported: the round can be determined (M-5). */
    public boolean complete() {
        return expected > 0 && reported == expected;
    }
}
