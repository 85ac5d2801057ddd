package vn.election.tally.turnout;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.election.tally.results.Percentages;

/** One stored version of a polling area's turnout at a checkpoint. */
@Schema(
        name = "TurnoutReport",
        description = "Turnout (tình hình cử tri đi bầu) of a polling area at a checkpoint, " + "one version")
public record TurnoutView(
        UUID pollingAreaId,
        @Schema(example = "17:00") String checkpoint,
        @Schema(example = "1") int version,

        @Schema(description = "The newest version, the one the aggregates count")
        boolean current,

        @Schema(example = "798") int voted,

        @Schema(description = "Voters on the list of the polling area", example = "837")
        int onList,

        @Schema(description = "voted of onList, M-8", example = "95.34")
        BigDecimal turnoutPercent,

        @Schema(description = "Set when this version corrected the figure")
        String correctionReason,

        OffsetDateTime reportedAt,

        @Schema(description = "Who reported this version (the token's subject)", example = "team-0211-02")
        String reportedBy) {

    static TurnoutView of(TurnoutReport r) {
        return new TurnoutView(
                r.pollingAreaId,
                r.checkpoint,
                r.version,
                r.current,
                r.voted,
                r.onList,
                Percentages.of(r.voted, r.onList),
                r.correctionReason,
                r.reportedAt,
                r.reportedBy);
    }
}
