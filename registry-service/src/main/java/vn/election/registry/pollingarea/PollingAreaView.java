package vn.election.registry.pollingarea;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.election.events.Body;
import vn.election.kit.problem.Problem;

/** A polling area as the API shows it, with the warnings of its definition. */
@Schema(name = "PollingArea", description = "A polling area (khu vực bỏ phiếu)")
public record PollingAreaView(
        @Schema(example = "9a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d")
        UUID id,

        @Schema(example = "0b9b7a4e-5c51-4b8e-9d5e-2f0d1c7a9e11")
        UUID electionId,

        @Schema(example = "3") int number,

        @Schema(example = "Khu vực bỏ phiếu số 3 - Thôn Nà Pài")
        String name,

        @Schema(example = "01840") String communeCode,

        @Schema(example = "Nhà văn hóa thôn Nà Pài, xã Cao Kỳ")
        String stationAddress,

        boolean remote,
        boolean special,

        @Schema(description = "The electoral unit it votes in, per body (PA-4)")
        Map<Body, UUID> unitByBody,

        @Schema(description = "Rules the input does not meet but that are enforced later (PA-1 at finalization)")
        List<Problem.FieldError> warnings) {

    static PollingAreaView of(PollingArea area, List<Problem.FieldError> warnings) {
        return new PollingAreaView(
                area.id,
                area.electionId,
                area.number,
                area.name,
                area.communeCode,
                area.stationAddress,
                area.remote,
                area.special,
                area.unitByBody(),
                warnings);
    }
}
