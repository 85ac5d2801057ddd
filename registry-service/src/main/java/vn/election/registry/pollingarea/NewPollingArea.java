package vn.election.registry.pollingarea;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The body of {@code POST /api/v1/elections/{id}/polling-areas}. */
@Schema(name = "NewPollingArea", description = "A new polling area (khu vực bỏ phiếu)")
public record NewPollingArea(
        @Schema(example = "3", description = "Its number within the commune") @NotNull @Min(1)
        Integer number,

        @Schema(example = "Khu vực bỏ phiếu số 3 - Thôn Nà Pài") @NotBlank @Size(max = 300)
        String name,

        @Schema(example = "01840", description = "The commune that decides it (PA-3)") @NotBlank
        String communeCode,

        @Schema(example = "Nhà văn hóa thôn Nà Pài, xã Cao Kỳ", description = "Where the polling station is")
        @NotBlank
        @Size(max = 500)
        String stationAddress,

        @Schema(description = "Mountain, island or sparse area: fewer than 300 voters allowed (PA-1)")
        boolean remote,

        @Schema(description = "Separate area for armed forces, a hospital, a detention camp ... (PA-2)")
        boolean special,

        @Schema(
                example = "1250",
                description = "Expected voters, if known: a count outside PA-1/PA-2 is a warning "
                        + "now and refused when the voter list is finalized")
        @Min(0)
        Integer expectedVoters,

        @Schema(
                description = "One electoral unit per body of the election (PA-4)",
                example = "[\"5b7f2d4e-8c11-4f55-9d3c-1a2b3c4d5e6f\", \"6c8a3e5f-9d22-4a66-8e4d-2b3c4d5e6f70\"]")
        @NotEmpty
        @Size(max = 4)
        List<@NotNull UUID> electoralUnitIds) {}
