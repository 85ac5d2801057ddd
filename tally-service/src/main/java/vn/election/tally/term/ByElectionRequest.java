package vn.election.tally.term;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.election.events.Body;
import vn.election.events.tally.ByElectionGround;

/**
 * A by-election during the term (bầu cử bổ sung, W-7): of one body; for a council, of one administrative unit's
 * council.
 *
 * @param administrativeUnitCode the council's administrative unit; absent for the NA
 * @param unitIds                the electoral units where it is held (for missing seats)
 * @param newAdministrativeUnit  the council of a new administrative unit (that ground only, D-13)
 */
@Schema(name = "ByElectionRequest", description = "Define a by-election during the term (bầu cử bổ sung), W-7")
public record ByElectionRequest(
        @NotNull @Schema(example = "PROVINCIAL_COUNCIL") Body body,
        @Size(max = 32) @Schema(example = "06") String administrativeUnitCode,
        @NotNull ByElectionGround ground,
        @NotNull @Schema(example = "2028-05-21") LocalDate date,
        @Size(max = 1000) List<@NotNull UUID> unitIds,
        @Valid NewAdministrativeUnit newAdministrativeUnit) {

    /** The council of a new administrative unit: its seats and the deputies it has (W-7, D-13). */
    @Schema(name = "NewAdministrativeUnitCouncil")
    public record NewAdministrativeUnit(
            @NotNull @Positive @Schema(example = "30") Integer seats,
            @NotNull @PositiveOrZero @Schema(example = "19") Integer sitting) {}
}
