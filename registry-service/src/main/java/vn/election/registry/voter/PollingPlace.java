package vn.election.registry.voter;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.election.events.Body;
import vn.election.registry.candidate.CandidateView;

/**
 * The public answer to a citizen's look-up: where and when they vote, and for each body they vote for (V-6,
 * V-10) the electoral unit and its official candidates as the law makes them public (C-3). Nothing about the
 * voter comes back.
 */
@Schema(
        name = "PollingPlace",
        description = "Where and when a citizen votes: the polling area (khu vực bỏ phiếu), its polling station, its"
                + " voting day and hours, and the ballots the citizen receives there with their official candidates")
public record PollingPlace(
        UUID pollingAreaId,

        @Schema(example = "Khu vực bỏ phiếu số 3 - Thôn Nà Pài")
        String pollingAreaName,

        @Schema(example = "Nhà văn hóa thôn Nà Pài, xã Cao Kỳ")
        String stationAddress,

        @Schema(example = "2026-03-15", description = "The day the area votes (ED-1)")
        LocalDate votingDay,

        @Schema(example = "07:00", description = "When voting opens, local time (ED-2)")
        LocalTime opensAt,

        @Schema(example = "19:00", description = "When the ballot box closes, local time (ED-2)")
        LocalTime closesAt,

        @Schema(
                description = "One ballot per body the citizen votes for here (ED-3, V-6, V-10), in the order of the"
                        + " bodies")
        List<Ballot> ballots) {

    /**
     * One ballot: the unit the area lies in for that body and its official list.
     *
     * @param listPublished whether the unit's official list is published; until then it has no candidates
     * @param candidates    the official candidates still standing, in ballot order
     */
    @Schema(name = "VoterBallot")
    public record Ballot(
            @Schema(example = "PROVINCIAL_COUNCIL") Body body,
            UUID electoralUnitId,
            @Schema(example = "Đơn vị bầu cử số 1") String electoralUnitName,
            @Schema(example = "4") int seats,
            boolean listPublished,
            List<CandidateView> candidates) {}
}
