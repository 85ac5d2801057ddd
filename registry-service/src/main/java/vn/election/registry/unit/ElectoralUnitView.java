package vn.election.registry.unit;

import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.election.events.Body;

/** An electoral unit as the API shows it. */
@Schema(name = "ElectoralUnit", description = "An electoral unit (đơn vị bầu cử)")
public record ElectoralUnitView(
        @Schema(example = "5b7f2d4e-8c11-4f55-9d3c-1a2b3c4d5e6f")
        UUID id,

        @Schema(example = "0b9b7a4e-5c51-4b8e-9d5e-2f0d1c7a9e11")
        UUID electionId,

        @Schema(example = "PROVINCIAL_COUNCIL") Body body,
        @Schema(example = "1") int number,
        @Schema(example = "Đơn vị bầu cử số 1") String name,
        @Schema(example = "4") int seats,
        @Schema(example = "06") String administrativeUnitCode) {

    static ElectoralUnitView of(ElectoralUnit unit) {
        return new ElectoralUnitView(
                unit.id, unit.electionId, unit.body, unit.number, unit.name, unit.seats, unit.administrativeUnitCode);
    }
}
