package vn.election.registry.organization;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The body of a member's withdrawal from an election organization (D-33). */
@Schema(name = "MemberWithdrawal", description = "A member leaves an election organization")
public record MemberWithdrawal(
        @Schema(example = "Ứng cử tại đơn vị bầu cử này: rút khỏi Tổ bầu cử (ORG-3)") @NotBlank @Size(max = 1000)
        String reason) {}
