package vn.election.tally.election;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.election.events.Body;
import vn.election.events.Ruleset;

/** An election as the tally learned it from the registry. */
@Schema(name = "KnownElection", description = "An election (cuộc bầu cử) as known to the tally")
public record ElectionView(
        @Schema(example = "0b9b7a4e-5c51-4b8e-9d5e-2f0d1c7a9e11")
        UUID id,

        @Schema(example = "Bầu cử đại biểu Quốc hội khóa XVI")
        String name,

        @Schema(example = "2026-03-15") LocalDate electionDay,
        @Schema(example = "Asia/Ho_Chi_Minh") String timeZone,
        @Schema(example = "2026") Ruleset ruleset,

        @Schema(example = "[\"NATIONAL_ASSEMBLY\", \"PROVINCIAL_COUNCIL\", \"COMMUNE_COUNCIL\"]")
        List<Body> bodies,

        @Schema(description = "A drill (diễn tập), not a real election (D-28)")
        boolean drill,

        @Schema(description = "When the tally learned of it")
        OffsetDateTime learnedAt) {

    static ElectionView of(KnownElection e) {
        return new ElectionView(
                e.id,
                e.name,
                e.electionDay,
                e.timeZone,
                e.ruleset,
                e.bodies.stream().sorted().toList(),
                e.drill,
                e.learnedAt);
    }
}
