package vn.election.tally.minutes;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Many count minutes at once, e.g. a committee uploading its commune; each is accepted or rejected alone. */
@Schema(name = "CountMinutesBatch")
public record MinutesBatch(
        @NotNull @Size(min = 1, max = 1000) List<@NotNull @Valid MinutesSubmission> minutes) {

    /** Per-item results, in the order sent. */
    @Schema(name = "CountMinutesBatchResult")
    public record Result(
            @Schema(example = "29") long accepted,
            @Schema(example = "1") long rejected,
            List<MinutesService.ItemResult> items) {
        static Result of(List<MinutesService.ItemResult> items) {
            long accepted = items.stream().filter(i -> i.minutes() != null).count();
            return new Result(accepted, items.size() - accepted, items);
        }
    }
}
