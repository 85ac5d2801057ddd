package vn.election.registry.candidate;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
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

        @Schema(description = "Chương trình hành động (C-3); null until filed")
        String actionProgramme,

        @Schema(description = "When the candidate withdrew; null while standing")
        OffsetDateTime withdrawnAt,

        String withdrawalReason,

        @Schema(description = "C-4: an NA candidate of a central agency, filed at the National Election Council")
        boolean centralNominee,

        @Schema(example = "10001", description = "C-4: where the candidate lives (administrative unit)")
        String residenceCode,

        @Schema(example = "10001", description = "C-4: where the candidate works (administrative unit)")
        String workplaceCode,

        @Schema(description = "C-5 found from election day on: not recognized as elected at any level; else null")
        OffsetDateTime notRecognizedAt,

        String notRecognizedReason,

        @Schema(
                description = "ORG-3: the board or team of this unit on which the candidate still sits, with the day "
                        + "to leave it; for officials only, absent from the public view")
        @JsonInclude(JsonInclude.Include.NON_NULL)
        List<SeatConflict> conflicts,

        @Schema(
                description = "D-37: an unresolved complaint about the candidate (R-3); for officials only, absent "
                        + "from the public view")
        @JsonInclude(JsonInclude.Include.NON_NULL)
        Boolean underComplaint) {

    /** The public view: no conflicts. */
    static CandidateView of(Candidate c) {
        return of(c, null, null);
    }

    /**
     * The view; {@code conflicts} and {@code underComplaint} (D-37) for officials only (null leaves them out).
     */
    static CandidateView of(Candidate c, List<SeatConflict> conflicts, Boolean underComplaint) {
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
                c.actionProgramme,
                c.withdrawnAt,
                c.withdrawalReason,
                c.centralNominee,
                c.residenceCode,
                c.workplaceCode,
                c.notRecognizedAt,
                c.notRecognizedReason,
                conflicts,
                underComplaint);
    }
}
