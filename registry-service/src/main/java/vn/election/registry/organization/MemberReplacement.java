package vn.election.registry.organization;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The body of a replacement: a member leaves and another takes their place (D-33, ORG-3). */
@Schema(name = "MemberReplacement", description = "A member of an election organization replaced by another")
public record MemberReplacement(
        @Valid @NotNull NewOrganization.NewMember replacement,

        @Schema(example = "Ứng cử tại đơn vị bầu cử này: thay thế theo ORG-3") @NotBlank @Size(max = 1000)
        String reason) {}
