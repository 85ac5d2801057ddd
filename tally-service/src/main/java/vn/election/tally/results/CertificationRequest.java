package vn.election.tally.results;

import jakarta.validation.constraints.PositiveOrZero;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The competent committee certifies a unit's result (W-8 → FINAL). It may send the figures of the
 * board's unit minutes (M-5): each given figure must equal the sum of the polling areas' minutes (CK-7).
 */
@Schema(name = "Certification", description = "Certification (xác nhận) of a unit's result, with the board's figures")
public record CertificationRequest(
        @PositiveOrZero @Schema(example = "2610") Long votersParticipated,
        @PositiveOrZero @Schema(example = "2580") Long valid,
        @PositiveOrZero @Schema(example = "30") Long invalid,

        @Schema(description = "Votes per candidate id as the board summed them")
        Map<UUID, Long> votes) {}
