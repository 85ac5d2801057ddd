package vn.election.tally.announcement;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.election.events.Body;

/** An announcement of results with the list of the elected (danh sách người trúng cử). */
@Schema(name = "ResultsAnnouncement", description = "Announcement of a body's results (công bố kết quả bầu cử), R-2")
public record AnnouncementView(
        UUID id,
        Body body,

        @Schema(
                description = "The council's administrative unit; null for the National Assembly",
                nullable = true,
                example = "06")
        String administrativeUnitCode,

        OffsetDateTime announcedAt,

        @Schema(description = "The last day of the announcement (R-2)", example = "2026-03-25")
        LocalDate deadline,

        @Schema(description = "Announced after its deadline (D-15)")
        boolean late,

        @Schema(description = "The electoral units announced, locked from then on (D-14)")
        List<UUID> units,

        @Schema(description = "The elected, unit by unit") List<Elected> elected) {

    /** A person elected (người trúng cử), with the votes of the round that elected them. */
    @Schema(name = "ElectedDeputy")
    public record Elected(
            UUID unitId,
            @Schema(example = "3") int unitNumber,
            @Schema(example = "Đơn vị bầu cử số 3") String unitName,
            UUID candidateId,
            @Schema(example = "Nguyễn Thị Lan") String fullName,
            @Schema(example = "160231") long votes,

            @Schema(description = "Share of the valid ballots of that round (M-8)", example = "72.35")
            BigDecimal percentOfValid,

            @Schema(description = "1, or 2 for a bầu thêm or bầu lại", example = "1")
            int round) {}
}
