package vn.election.tally.turnout;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * What an election team (tổ bầu cử) reports at a checkpoint: how many have voted so far in its polling
 * area. A lower figure than before is a correction and needs a reason.
 */
@Schema(
        name = "TurnoutSubmission",
        description =
                "Turnout report (số cử tri đã đi bầu) of one polling area (khu vực bỏ phiếu) at a checkpoint, R-1")
public record TurnoutSubmission(
        @NotBlank @Schema(description = "One of the configured checkpoints: HH:mm or CLOSE", example = "17:00")
        String checkpoint,

        @NotNull @PositiveOrZero @Schema(description = "Voters who have voted so far", example = "798")
        Integer voted,

        @Size(max = 1000)
        @Schema(
                description = "Required when the figure is lower than the one it replaces",
                example = "Đếm trùng thẻ cử tri lúc 11 giờ")
        String correctionReason) {}
