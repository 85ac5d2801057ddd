package vn.election.registry.voter;

import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The public answer to a citizen's lookup: only where to vote, no personal data. */
@Schema(
        name = "PollingPlace",
        description = "Where a citizen votes: the polling area (khu vực bỏ phiếu) and " + "its polling station")
public record PollingPlace(
        UUID pollingAreaId,

        @Schema(example = "Khu vực bỏ phiếu số 3 - Thôn Nà Pài")
        String pollingAreaName,

        @Schema(example = "Nhà văn hóa thôn Nà Pài, xã Cao Kỳ")
        String stationAddress) {}
