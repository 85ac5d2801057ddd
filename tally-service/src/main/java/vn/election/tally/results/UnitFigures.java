package vn.election.tally.results;

import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A unit's figures for its current round, summed from the current minutes of its polling areas (CK-7:
 * unit = Σ its polling areas' minutes).
 *
 * @param reported  polling areas whose minutes are in
 * @param expected  polling areas that vote in the unit (PA-4)
 * @param votes     votes per candidate
 * @param complaints the complaints sections of the minutes, summed (M-5)
 * @param lastMinutes when the newest of those minutes was accepted; null if none
 */
public record UnitFigures(
        long reported,
        long expected,
        long totalVoters,
        long participated,
        long ballotsIssued,
        long ballotsReceived,
        long valid,
        long invalid,
        Map<UUID, Long> votes,
        ComplaintFigures complaints,
        OffsetDateTime lastMinutes) {

    static UnitFigures none(long expected) {
        return new UnitFigures(0, expected, 0, 0, 0, 0, 0, 0, Map.of(), ComplaintFigures.NONE, null);
    }

    /**
     * These figures with the minutes of a batch added and the versions they correct taken back: the
     * running sum stays the sum of the current minutes (CK-7). A candidate keeps their place in the
     * votes once listed, at zero if a correction took all their votes back.
     */
    UnitFigures plus(List<MinutesContribution> contributions) {
        long reported = this.reported;
        long totalVoters = this.totalVoters;
        long participated = this.participated;
        long issued = ballotsIssued;
        long received = ballotsReceived;
        long valid = this.valid;
        long invalid = this.invalid;
        Map<UUID, Long> votes = new LinkedHashMap<>(this.votes);
        ComplaintFigures complaints = this.complaints;
        OffsetDateTime last = lastMinutes;
        for (MinutesContribution c : contributions) {
            int sign = c.sign();
            reported += sign;
            totalVoters += sign * c.totalVoters();
            participated += sign * c.participated();
            issued += sign * c.ballotsIssued();
            received += sign * c.ballotsReceived();
            valid += sign * c.valid();
            invalid += sign * c.invalid();
            for (int i = 0; i < c.candidateIds().length; i++) {
                votes.merge(c.candidateIds()[i], (long) sign * c.candidateVotes()[i], Long::sum);
            }
            complaints = complaints.plus(c.complaints(), sign);
            // a correction is accepted after the version it replaces: the newest current minutes stay the newest
            if (sign > 0 && (last == null || c.acceptedAt().isAfter(last))) {
                last = c.acceptedAt();
            }
        }
        return new UnitFigures(
                reported,
                expected,
                totalVoters,
                participated,
                issued,
                received,
                valid,
                invalid,
                votes,
                complaints,
                last);
    }

    /** Every polling area of the unit has reported: the round can be determined (M-5). */
    public boolean complete() {
        return expected > 0 && reported == expected;
    }
}
