package vn.election.demo.day;

import java.util.Arrays;
import vn.election.events.Body;

/**
 * What one polling area's election team counted for one body (M-3), with votes by the candidate's position
 * on the unit's list; {@link MinutesForm} puts the registry's ids on it.
 *
 * @param ballotsByCount n_k: valid ballots electing k persons, k = 1..seats (CK-6)
 */
public record Count(
        int areaIndex,
        Body body,
        int totalVoters,
        int votersParticipated,
        int ballotsIssued,
        int ballotsReceived,
        int valid,
        int invalid,
        int[] ballotsByCount,
        int[] votes) {

    public Count withInvalid(int newInvalid) {
        return new Count(
                areaIndex,
                body,
                totalVoters,
                votersParticipated,
                ballotsIssued,
                ballotsReceived,
                valid,
                newInvalid,
                ballotsByCount,
                votes);
    }

    public Count withVotersParticipated(int participated) {
        return new Count(
                areaIndex,
                body,
                totalVoters,
                participated,
                ballotsIssued,
                ballotsReceived,
                valid,
                invalid,
                ballotsByCount,
                votes);
    }

    public Count withVotes(int[] newVotes) {
        return new Count(
                areaIndex,
                body,
                totalVoters,
                votersParticipated,
                ballotsIssued,
                ballotsReceived,
                valid,
                invalid,
                ballotsByCount,
                newVotes);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Count c
                && areaIndex == c.areaIndex
                && body == c.body
                && totalVoters == c.totalVoters
                && votersParticipated == c.votersParticipated
                && ballotsIssued == c.ballotsIssued
                && ballotsReceived == c.ballotsReceived
                && valid == c.valid
                && invalid == c.invalid
                && Arrays.equals(ballotsByCount, c.ballotsByCount)
                && Arrays.equals(votes, c.votes);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * areaIndex + body.hashCode()) + Arrays.hashCode(votes);
    }

    @Override
    public String toString() {
        return "Count[area " + areaIndex + " " + body + ": total " + totalVoters + ", participated "
                + votersParticipated + ", issued " + ballotsIssued + ", received " + ballotsReceived + ", valid "
                + valid
                + ", invalid " + invalid + ", n_k " + Arrays.toString(ballotsByCount) + ", votes "
                + Arrays.toString(votes) + "]";
    }
}
