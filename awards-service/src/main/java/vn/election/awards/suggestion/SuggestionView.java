package vn.election.awards.suggestion;

import java.time.OffsetDateTime;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A suggestion as the API shows it. */
@Schema(name = "Suggestion", description = "A suggested nominee (đề xuất khen thưởng) with its measured evidence")
public record SuggestionView(
        UUID id,
        UUID nomineeId,
        @Schema(example = "Tổ bầu cử số 3") String nomineeName,
        @Schema(example = "FULL_TURNOUT") SuggestionKind kind,

        @Schema(example = "Khu vực bỏ phiếu đạt 100% cử tri đi bầu: 1234/1234 (CLOSE, 2021-05-23T17:30+07:00)")
        String evidence,

        UUID nominationId,
        OffsetDateTime updatedAt) {

    static SuggestionView of(Suggestion s, String nomineeName) {
        return new SuggestionView(s.id, s.nomineeId, nomineeName, s.kind, s.evidence, s.nominationId, s.updatedAt);
    }
}
