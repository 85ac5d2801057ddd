package vn.election.tally.results;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.election.events.Body;
import vn.election.events.tally.UnitStatus;

/**
 * A roll-up of unit results per body (CK-7: province = Σ units, nation = Σ provinces): the provincial
 * minutes of M-6 when for one province, the national summary of M-7 when for the whole election.
 */
@Schema(name = "ResultsSummary", description = "Roll-up of unit results per body (biên bản tổng hợp kết quả, M-6, M-7)")
public record SummaryView(
        @Schema(description = "The province code, or null for the whole election", example = "06")
        String province,

        List<BodySummary> bodies) {

    /**
     * @param complete every unit is determined with no bầu thêm or bầu lại left to hold (M-6)
     */
    @Schema(name = "BodySummary")
    public record BodySummary(
            Body body,
            long units,
            long seats,
            long elected,
            long vacant,
            long pollingAreasReported,
            long pollingAreasTotal,
            long totalVoters,
            long votersParticipated,
            @Schema(example = "99.67") BigDecimal turnoutPercent,
            long valid,
            long invalid,
            @Schema(example = "98.64") BigDecimal validPercent,
            @Schema(example = "1.36") BigDecimal invalidPercent,
            Map<UnitStatus, Long> unitsByStatus,
            boolean complete) {}
}
