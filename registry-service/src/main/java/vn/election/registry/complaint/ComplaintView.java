package vn.election.registry.complaint;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A complaint as officials see it: personal data, never public (D-34). */
@Schema(name = "Complaint", description = "A complaint (khiếu nại) about a voter list or a candidate")
public record ComplaintView(
        UUID id,
        UUID electionId,
        @Schema(example = "VOTER_LIST") ComplaintSubject subject,
        UUID pollingAreaId,
        @Schema(example = "006085001235") String voterCitizenId,
        UUID candidateId,
        Complainant complainant,
        String grounds,
        @Schema(example = "2026-03-05") LocalDate filedOn,

        @Schema(example = "2026-03-10", description = "The last day of the answer (V-8, R-3, D-35)")
        LocalDate deadline,

        @Schema(example = "FILED") ComplaintState state,

        @Schema(description = "D-36: still unanswered after its deadline")
        boolean overdue,

        String answer,

        @Schema(description = "D-36: answered after its deadline")
        boolean answeredLate,

        @Schema(description = "The change of the list an upheld list complaint made")
        ListChange.Kind listChange,

        String court,
        LocalDate appealedOn,
        LocalDate courtDecidedOn,
        String courtDecision,

        @Schema(description = "Every step taken, in order (D-36)")
        List<Step> steps) {

    @Schema(name = "ComplaintStep", description = "A step of a complaint's workflow: who took it, when")
    public record Step(
            ComplaintAction action,
            ComplaintState from,
            ComplaintState to,

            @Schema(description = "The token's subject") String actor,

            @Schema(description = "The token's organization, when it names one")
            UUID organization,

            OffsetDateTime at) {}
}
