package vn.election.awards.suggestion;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Request bodies of the suggestion resource. */
public final class SuggestionRequests {

    private SuggestionRequests() {}

    /** Turn a suggestion into a nomination of a campaign. */
    @Schema(name = "NominateSuggestion")
    public record Nominate(
            @NotNull UUID campaignId,

            @Schema(example = "PROVINCIAL_CERTIFICATE_OF_MERIT") @NotBlank @Size(max = 60)
            String form) {}

    /** A page of suggestions; {@code next} is the cursor of the following page, null at the end. */
    @Schema(name = "SuggestionPage")
    public record Page(List<SuggestionView> items, UUID next) {}
}
