package vn.election.registry.unit;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.election.events.Body;

/** The body of {@code POST /api/v1/elections/{id}/electoral-units}. */
@Schema(name = "NewElectoralUnit", description = "A new electoral unit (đơn vị bầu cử)")
public record NewElectoralUnit(
        @Schema(example = "PROVINCIAL_COUNCIL", description = "The body it elects deputies to") @NotNull
        Body body,

        @Schema(example = "1", description = "Its number within the body and administrative unit") @NotNull @Min(1)
        Integer number,

        @Schema(example = "Đơn vị bầu cử số 1") @NotBlank @Size(max = 300)
        String name,

        @Schema(example = "4", description = "Deputies to elect: at most 3 for NA, 5 for a People's Council (EU-2)")
        @NotNull
        @Min(1)
        Integer seats,

        @Schema(
                example = "06",
                description = "Whose body it is: the province for NA and provincial councils, "
                        + "the district for district councils (2021), the commune for commune councils")
        @NotBlank
        String administrativeUnitCode) {}
