package vn.election.tally.minutes;

import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.election.events.Body;

/** One stored version of count minutes (biên bản kết quả kiểm phiếu), M-3. */
@Schema(name = "CountMinutes", description = "Count minutes (biên bản kết quả kiểm phiếu) as accepted, one version")
public record MinutesView(
        UUID id,
        UUID pollingAreaId,
        @Schema(example = "PROVINCIAL_COUNCIL") Body body,
        UUID unitId,
        @Schema(example = "1") int round,
        @Schema(example = "1") int version,

        @Schema(description = "The newest version, the one the results count")
        boolean current,

        @Schema(example = "1000") int totalVoters,
        @Schema(example = "990") int votersParticipated,
        @Schema(example = "990") int ballotsIssued,
        @Schema(example = "990") int ballotsReceived,
        @Schema(example = "960") int valid,
        @Schema(example = "30") int invalid,
        Map<InvalidReason, Integer> invalidByReason,
        @Schema(example = "[300, 460, 200]") List<Integer> ballotsByCount,
        Map<UUID, Integer> votes,
        MinutesSubmission.Inventory inventory,

        @Schema(description = "The complaints section (M-3); null when the minutes record none (D-12)", nullable = true)
        MinutesSubmission.Complaints complaints,

        @Schema(description = "Warning checks raised (accepted, flagged)", example = "[\"CK-4\"]")
        List<String> warnings,

        String correctionReason,
        OffsetDateTime acceptedAt,

        @Schema(description = "Accepted within the ruleset's days after election day, 3 (M-4, R-2)")
        boolean onTime,

        @Schema(description = "Version 1 accepted with no warning")
        boolean firstTimeRight,

        @Schema(description = "Who submitted this version (the token's subject)", example = "team-0211-02")
        String submittedBy,

        @Schema(description = "The organization the submitter acted for, when the token names one")
        UUID submittedByOrganization,

        @Schema(
                description = "The annulment that voided this result (W-6, D-10): the minutes no longer count; null "
                        + "while they stand",
                nullable = true)
        UUID annulmentId) {

    static MinutesView of(CountMinutes m) {
        return new MinutesView(
                m.id,
                m.pollingAreaId,
                m.body,
                m.unitId,
                m.round,
                m.version,
                m.current,
                m.totalVoters,
                m.votersParticipated,
                m.ballotsIssued,
                m.ballotsReceived,
                m.valid,
                m.invalid,
                m.invalidByReason,
                Arrays.stream(m.ballotsByCount).boxed().toList(),
                m.votes(),
                m.receivedFromCommune == null
                        ? null
                        : new MinutesSubmission.Inventory(m.receivedFromCommune, m.unused, m.spoiled),
                m.complaints(),
                m.warningList(),
                m.correctionReason,
                m.acceptedAt,
                m.onTime,
                m.firstTimeRight(),
                m.submittedBy,
                m.submittedByOrganization,
                m.annulmentId);
    }
}
