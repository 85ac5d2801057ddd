package vn.election.registry.voter;

import java.time.LocalDate;
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
        UUID transferredTo) {}
