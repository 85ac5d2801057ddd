package vn.election.awards.decision;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Request bodies of the decision resource; who acts, in which role (K-9), comes from the token. */
public final class DecisionRequests {

    private DecisionRequests() {}

    /** A signed decision conferring one form on the listed nominations (K-10). */
    @Schema(name = "NewDecision")
    public record NewDecision(
            @NotNull UUID campaignId,
            @Size(max = 500) @NotEmpty List<@NotNull UUID> nominationIds,

            @Schema(example = "2021-06-20", description = "The day of signature; numbers run per calendar year")
            @NotNull
            LocalDate signedOn,

            @Schema(example = "Trịnh Việt Hùng, Chủ tịch UBND tỉnh", description = "Who signed the paper decision")
            @NotBlank
            @Size(max = 200)
            String signedBy) {}

    /** The decision was sent out and the prize money paid. */
    @Schema(name = "Publication")
    public record Publication(
            @Schema(example = "2021-06-22") @NotNull LocalDate publishedOn) {}

    /** The award was handed over to a nominee (trao tặng). */
    @Schema(name = "Conferral")
    public record Conferral(
            @NotNull UUID nomineeId,
            @Schema(example = "2021-06-25") @NotNull LocalDate conferredOn) {}

    /** The award of a nominee is revoked; object and money are recovered (K-12). */
    @Schema(name = "Revocation")
    public record Revocation(
            @NotNull UUID nomineeId,

            @Schema(example = "FALSE_INFORMATION_OR_FORGED_PAPERS") @NotNull
            RevocationGround ground,

            @Schema(example = "Kê khai thành tích không trung thực") @NotBlank @Size(max = 2000)
            String reason,

            @Schema(example = "2021-09-01") @NotNull LocalDate revokedOn) {}
}
