package vn.election.tally.results;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The competent body decides a tie at the last seat between candidates born on the same day (W-4, D-6).
 *
 * @param candidateIds the tied candidates who take the seats left, as many as there are
 * @param reason       why, as the decision states it
 */
@Schema(name = "TieDecision", description = "Decision of a tie at the last seat with the same birth date (W-4, D-6)")
public record TieDecisionRequest(
        @NotNull @Size(min = 1, max = 5) List<@NotNull UUID> candidateIds,

        @NotBlank @Size(max = 1000) @Schema(example = "Quyết định số 5/QĐ-UBBC: bốc thăm công khai trước Ủy ban")
        String reason) {}
