package vn.election.registry.voter;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A voter on a list, as officials see it (personal data: never public). */
@Schema(name = "Voter", description = "A voter (cử tri) on a voter list (danh sách cử tri)")
public record VoterView(
        @Schema(example = "006085001234") String citizenId,
        @Schema(example = "Nguyễn Thị Hương") String fullName,
        @Schema(example = "1990-04-12") LocalDate birthDate,
        @Schema(example = "PERMANENT") VoterCategory category,

        @Schema(description = "The polling area whose list they are on")
        UUID pollingAreaId,

        @Schema(description = "V-10: where a transfer certificate sends them to vote; null if none")
        UUID transferredTo,

        @Schema(description = "D-37: an unresolved complaint about the list concerns this voter (V-8)")
        boolean underComplaint) {

    /** D-37: this view, flagged if the voter is one of {@code underComplaint}. */
    VoterView flaggedAmong(Set<String> underComplaint) {
        return new VoterView(
                citizenId,
                fullName,
                birthDate,
                category,
                pollingAreaId,
                transferredTo,
                underComplaint.contains(citizenId));
    }
}
