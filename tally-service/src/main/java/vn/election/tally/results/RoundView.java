package vn.election.tally.results;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.election.events.Body;
import vn.election.events.tally.UnitStatus;
import vn.election.tally.results.WinnerDetermination.RoundKind;

/**
 * An open round of an electoral unit and its ballot (D-8): the election itself, or the bầu thêm or bầu lại
 * the competent body opened.
 */
@Schema(name = "Round", description = "A round of an electoral unit and its ballot (D-8)")
public record RoundView(
        UUID unitId,
        Body body,
        @Schema(example = "2") int round,
        RoundKind kind,

        @Schema(description = "Seats this round fills", example = "1")
        int seats,

        @Schema(description = "The unit's state now") UnitStatus status,

        @Schema(description = "The day it is held: election day for round 1")
        LocalDate date,

        @Schema(description = "How it was opened; null for round 1", nullable = true)
        UnitResultView.Opening opening,

        @Schema(description = "The candidates on its ballot, in ballot order")
        List<BallotCandidate> candidates) {

    @Schema(name = "BallotCandidate")
    public record BallotCandidate(
            UUID candidateId,
            @Schema(example = "Nguyễn Thị Lan") String fullName) {}
}
