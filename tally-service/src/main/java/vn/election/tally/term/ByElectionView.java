package vn.election.tally.term;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.election.events.Body;
import vn.election.events.tally.ByElectionGround;

/** A by-election during the term, with the figures that allowed it (W-7). */
@Schema(name = "ByElection", description = "A by-election during the term (bầu cử bổ sung), W-7")
public record ByElectionView(
        UUID id,
        Body body,
        @Schema(nullable = true) String administrativeUnitCode,
        ByElectionGround ground,
        LocalDate date,
        List<UUID> unitIds,

        @Schema(description = "The body's seats (the new unit's council's, for that ground)", example = "500")
        int seats,

        @Schema(description = "Deputies sitting when it was defined", example = "449")
        int sitting,

        @Schema(description = "The organization that defined it, when the token named it", nullable = true)
        UUID definedBy,

        OffsetDateTime definedAt) {}
