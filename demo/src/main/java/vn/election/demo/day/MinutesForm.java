package vn.election.demo.day;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import vn.election.events.Body;

/** Count minutes as the tally's {@code POST .../minutes} and {@code .../minutes/batch} take them (M-3). */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record MinutesForm(
        UUID pollingAreaId,
        Body body,
        Integer round,
        int totalVoters,
        int votersParticipated,
        int ballotsIssued,
        int ballotsReceived,
        int valid,
        int invalid,
        List<Integer> ballotsByCount,
        Map<UUID, Integer> votes,
        String correctionReason) {

    /**
     * The minutes of round 1 (the election itself): every minutes names its round (D-7).
     *
     * @param candidateIds the registry's ids of the unit's candidates, in list order
     * @param correction   the reason, when these minutes replace accepted ones; else null
     */
    public static MinutesForm of(Count count, UUID pollingAreaId, List<UUID> candidateIds, String correction) {
        Map<UUID, Integer> votes = new LinkedHashMap<>();
        for (int i = 0; i < count.votes().length; i++) {
            votes.put(candidateIds.get(i), count.votes()[i]);
        }
        return new MinutesForm(
                pollingAreaId,
                count.body(),
                1,
                count.totalVoters(),
                count.votersParticipated(),
                count.ballotsIssued(),
                count.ballotsReceived(),
                count.valid(),
                count.invalid(),
                Arrays.stream(count.ballotsByCount()).boxed().toList(),
                votes,
                correction);
    }

    /** The same minutes for another round: 2 is the additional (bầu thêm) or repeat (bầu lại) election. */
    public MinutesForm inRound(int newRound) {
        return new MinutesForm(
                pollingAreaId,
                body,
                newRound,
                totalVoters,
                votersParticipated,
                ballotsIssued,
                ballotsReceived,
                valid,
                invalid,
                ballotsByCount,
                votes,
                correctionReason);
    }
}
