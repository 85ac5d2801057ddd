package vn.election.tally.complaint;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.election.events.Body;
import vn.election.events.tally.ComplaintOutcome;
import vn.election.events.tally.ComplaintRemedy;

/** A complaint about results as officials see it, with the complainant's personal data. */
@Schema(name = "ResultComplaint")
public record ComplaintView(
        UUID id,
        UUID unitId,
        Body body,
        String text,
        String complainantName,
        String complainantContact,
        OffsetDateTime filedAt,

        @Schema(
                description = "Who settles it: nation (the council) or admin-unit:<code> (the committee)",
                example = "nation")
        String resolver,

        @Schema(description = "The last day to settle it (R-2)", example = "2026-04-24")
        LocalDate resolutionDue,

        @Schema(description = "Null while open", nullable = true)
        DecisionView decision) {

    /** How it was settled: who, when, why, and the remedy an upheld complaint orders. */
    @Schema(name = "ResultComplaintDecisionView")
    public record DecisionView(
            ComplaintOutcome outcome,
            @Schema(nullable = true) ComplaintRemedy remedy,
            String reason,
            String decidedBy,
            OffsetDateTime decidedAt) {}
}
