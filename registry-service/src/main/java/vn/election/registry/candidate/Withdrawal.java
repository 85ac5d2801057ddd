package vn.election.registry.candidate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The body of a withdrawal (rút khỏi danh sách người ứng cử). */
@Schema(name = "Withdrawal", description = "A candidate's withdrawal before election day")
public record Withdrawal(
        @Schema(example = "Xin rút vì lý do sức khỏe") @NotBlank @Size(max = 1000)
        String reason) {}
