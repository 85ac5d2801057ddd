package vn.election.tally.published;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.election.events.Body;

/**
 * How far the results of one body have come in a scope (the nation, a province, a commune): units and
 * polling areas reported, seats filled, and the sums of the minutes counted so far.
 *
 * @param unitsDetermined every polling area of the unit has reported and its result is determined (M-5)
 * @param unitsCertified  certified by the competent committee: no longer provisional (W-8)
 * @param provisional     some unit of the scope is not certified yet
 */
@Schema(name = "PublishedBodyProgress", description = "Progress of one body's results (kết quả bầu cử) in a scope")
public record BodyProgress(
        @Schema(example = "NATIONAL_ASSEMBLY") Body body,
        @Schema(example = "184") long units,

        @Schema(description = "Units with at least one polling area reported", example = "180")
        long unitsReporting,

        @Schema(example = "150") long unitsDetermined,
        @Schema(example = "12") long unitsCertified,
        @Schema(example = "500") long seats,
        @Schema(example = "430") long elected,

        @Schema(description = "X of Y polling areas (khu vực bỏ phiếu) reported", example = "80211")
        long pollingAreasReported,

        @Schema(example = "85000") long pollingAreasTotal,

        @Schema(description = "Voters on the lists of the polling areas reported", example = "65120333")
        long totalVoters,

        @Schema(example = "64860911") long votersParticipated,

        @Schema(description = "turnout in percent, 2 decimals rounded half up (M-8)", example = "99.60")
        BigDecimal turnoutPercent,

        @Schema(example = "64200000") long valid,
        @Schema(example = "660911") long invalid,
        boolean provisional,

        @Schema(description = "When a result of the scope last changed")
        OffsetDateTime lastUpdate) {}
