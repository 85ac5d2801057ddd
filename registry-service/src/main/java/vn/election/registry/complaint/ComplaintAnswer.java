package vn.election.registry.complaint;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The answer to a complaint (trả lời khiếu nại): upheld, with the change it makes to the list (V-8), or striking
 * the candidate; or rejected.
 */
@Schema(name = "ComplaintAnswer", description = "The answer of the body that settles a complaint")
public record ComplaintAnswer(
        @Schema(example = "UPHELD") @NotNull Outcome outcome,

        @Schema(example = "Bà Hương thường trú tại thôn 3 từ năm 2015: bổ sung vào danh sách")
        @NotBlank
        @Size(max = 4000)
        String answer,

        @Schema(description = "A voter list's complaint upheld: the change of the list; none otherwise") @Valid
        ListChange listChange) {

    public enum Outcome {
        UPHELD,
        REJECTED;

        ComplaintAction action() {
            return this == UPHELD ? ComplaintAction.UPHOLD : ComplaintAction.REJECT;
        }
    }
}
