package vn.election.registry.candidate;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.election.events.Body;

/** A candidate as the API shows it: the dossier is public once the unit's official list is published. */
@Schema(name = "Candidate", description = "A candidate (người ứng cử) in one electoral unit")
public record CandidateView(
        @Schema(example = "7c1d2e3f-4a5b-4c6d-8e7f-9a0b1c2d3e4f")
        UUID id,

        UUID electionId,
        UUID electoralUnitId,
        @Schema(example = "PROVINCIAL_COUNCIL") Body body,
        @Schema(example = "Hoàng Thị Hạnh") String fullName,
        @Schema(example = "1975-08-19") LocalDate birthDate,
        @Schema(example = "FEMALE") Candidate.Gender gender,
        @Schema(example = "Tày") String ethnicity,
        @Schema(example = "Không") String religion,
        String hometown,
        String residence,
        String education,
        String occupation,
        String workplace,
        boolean partyMember,
        @Schema(example = "NOMINATED") Candidate.Nomination nomination,
        String biography,

        @Schema(description = "When the candidate withdrew; null while standing")
        OffsetDateTime withdrawnAt,

        String withdrawalReason) {

    static CandidateView of(Candidate c) {
        return new CandidateView(
                c.id,
                c.electionId,
                c.electoralUnitId,
                c.body,
                c.fullName,
                c.birthDate,
                c.gender,
                c.ethnicity,
                c.religion,
                c.hometown,
                c.residence,
                c.education,
                c.occupation,
                c.workplace,
                c.partyMember,
                c.nomination,
                c.biography,
                c.withdrawnAt,
                c.withdrawalReason);
    }
}
