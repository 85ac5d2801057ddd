package vn.election.registry.voter;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A citizen's question: where do I vote? Both fields must match; the answer holds no personal data. */
@Schema(name = "VoterLookup", description = "Citizen id and date of birth of the asking citizen")
public record VoterLookup(
        @Schema(example = "006085001234") @NotNull @Pattern(regexp = "\\d{12}", message = "must be 12 digits")
        String citizenId,

        @Schema(example = "1990-04-12") @NotNull LocalDate birthDate) {}
