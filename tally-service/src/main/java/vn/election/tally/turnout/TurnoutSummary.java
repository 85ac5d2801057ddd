package vn.election.tally.turnout;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.election.events.registry.AdministrativeLevel;

/**
 * Live turnout of the nation or of an administrative unit, with the same figures for each of its
 * parts (the provinces of the nation, the communes of a province).
 *
 * @param administrativeUnitCode null for the nation
 * @param checkpoint             the checkpoint counted, or null for each polling area's latest report
 * @param pollingClosedAt        when every polling area of the election had reported its close figure
 *                               ("all KVBPs closed"); null until then
 */
@Schema(
        name = "TurnoutSummary",
        description = "Turnout (tình hình cử tri đi bầu) of the nation or an administrative "
                + "unit (đơn vị hành chính), R-1")
public record TurnoutSummary(
        @Schema(example = "35") String administrativeUnitCode,
        @Schema(example = "Tỉnh Hà Nam") String name,
        AdministrativeLevel level,
        @Schema(example = "17:00") String checkpoint,
        Figures figures,

        @Schema(description = "The same figures per province (for the nation) or per unit below (for a province)")
        List<Part> parts,

        @Schema(
                description = "When every polling area of the election had reported its turnout at the close of "
                        + "the polls (R-1, all KVBPs closed); null until then")
        OffsetDateTime pollingClosedAt) {

    /**
     * @param votersOnList   voters on the lists of every polling area in scope, reported or not
     * @param turnoutPercent voted of votersOnList, two decimals half up (M-8)
     * @param lastReportAt   the newest report counted; null when none
     */
    @Schema(name = "TurnoutFigures")
    public record Figures(
            @Schema(description = "X of Y polling areas (khu vực bỏ phiếu) reported", example = "777")
            long pollingAreasReported,

            @Schema(example = "777") long pollingAreasTotal,
            @Schema(example = "650293") long votersOnList,
            @Schema(example = "620376") long voted,
            @Schema(example = "95.40") BigDecimal turnoutPercent,
            OffsetDateTime lastReportAt) {}

    /** An administrative unit within the scope. */
    @Schema(name = "TurnoutPart")
    public record Part(
            @Schema(example = "35001") String administrativeUnitCode,
            @Schema(example = "Phường Phủ Lý") String name,
            AdministrativeLevel level,
            Figures figures) {}
}
