package vn.election.tally.election;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.election.events.Body;

/** An electoral unit as the tally knows it: seats, polling areas with their voters, candidates. */
@Schema(name = "ElectoralUnit", description = "An electoral unit (đơn vị bầu cử) as known to the tally")
public record UnitView(
        @Schema(example = "3f0e8d2a-1c4b-4d5e-8f9a-0b1c2d3e4f50")
        UUID id,

        @Schema(example = "PROVINCIAL_COUNCIL") Body body,
        @Schema(example = "3") int number,
        @Schema(example = "Đơn vị bầu cử số 3") String name,
        @Schema(example = "3") int seats,
        @Schema(example = "06") String administrativeUnitCode,
        List<PollingAreaView> pollingAreas,
        List<CandidateView> candidates) {

    /** A polling area (khu vực bỏ phiếu) of the unit, with its listed voters for the unit's body. */
    @Schema(name = "UnitPollingArea")
    public record PollingAreaView(
            UUID id,
            @Schema(example = "2") int number,
            @Schema(example = "Khu vực bỏ phiếu số 2") String name,
            @Schema(example = "00211") String communeCode,

            @Schema(description = "Listed voters for this body; null until the list is final", example = "1250")
            Integer voters) {}

    /** A candidate (người ứng cử) on the official list. */
    @Schema(name = "UnitCandidate")
    public record CandidateView(
            UUID id,
            @Schema(example = "Nguyễn Thị Lan") String fullName,
            @Schema(example = "1975-04-12") LocalDate birthDate,
            @Schema(example = "FEMALE") String gender,
            boolean withdrawn) {}

    static UnitView of(ElectoralUnit unit, List<PollingArea> areas, CandidateList list) {
        return new UnitView(
                unit.id,
                unit.body,
                unit.number,
                unit.name,
                unit.seats,
                unit.administrativeUnitCode,
                areas.stream()
                        .map(a -> new PollingAreaView(a.id, a.number, a.name, a.communeCode, a.voters(unit.body)))
                        .toList(),
                list == null
                        ? List.of()
                        : list.candidates().stream()
                                .map(c -> new CandidateView(
                                        c.candidateId, c.fullName, c.birthDate, c.gender, c.withdrawn))
                                .toList());
    }
}
