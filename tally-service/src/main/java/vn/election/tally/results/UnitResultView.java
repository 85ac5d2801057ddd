package vn.election.tally.results;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.election.events.Body;
import vn.election.events.tally.UnitStatus;
import vn.election.tally.results.WinnerDetermination.RoundKind;

/** The result of an electoral unit (kết quả bầu cử ở đơn vị bầu cử, M-5): provisional until certified. */
@Schema(name = "UnitResult", description = "Result of an electoral unit (kết quả bầu cử ở đơn vị bầu cử), M-5")
public record UnitResultView(
        UUID unitId,
        Body body,
        @Schema(example = "3") int number,
        @Schema(example = "Đơn vị bầu cử số 3") String name,
        @Schema(example = "06") String administrativeUnitCode,

        @Schema(description = "Seats of the unit", example = "3")
        int seats,

        @Schema(description = "The round counted now: 1, or 2 for a bầu thêm or bầu lại", example = "1")
        int round,

        RoundKind roundKind,

        @Schema(description = "Seats filled by this round (a bầu thêm fills those left empty)", example = "3")
        int roundSeats,

        @Schema(description = "How the second round was opened (D-8); null in round 1", nullable = true)
        Opening opening,

        UnitStatus status,

        @Schema(description = "Why, citing the rule", example = "W-2, W-3: 3 of 3 seats filled")
        String reason,

        @Schema(description = "Not yet certified by the competent committee")
        boolean provisional,

        @Schema(description = "When the competent committee certified it; null while provisional", nullable = true)
        OffsetDateTime certifiedAt,

        Progress progress,

        @Schema(description = "Sums of the current round's minutes")
        Totals totals,

        @Schema(
                description = "Winners of earlier rounds first (their round, no votes of this one), then the "
                        + "current round's ballot, most votes first")
        List<CandidateResult> candidates,

        @Schema(description = "Every determined round, oldest first")
        List<RoundResult> rounds,

        @Schema(description = "A result of a drill (diễn tập), not of a real election (D-28)")
        boolean drill,

        @Schema(
                description = "The annulment of the first round's result by the National Election Council (W-6), "
                        + "published with its reason; null while that result stands",
                nullable = true)
        Annulled annulment) {

    /** The annulment of a round's result (W-6, D-10): why, and when. */
    @Schema(name = "ResultAnnulled")
    public record Annulled(
            UUID annulmentId,
            @Schema(example = "1") int round,

            @Schema(example = "Gian lận trong kiểm phiếu tại khu vực bỏ phiếu số 2")
            String reason,

            OffsetDateTime annulledAt) {}

    /**
     * A second round as the competent body opened it (D-8, D-9).
     *
     * @param date the day it is held
     */
    @Schema(name = "RoundOpening")
    public record Opening(
            @Schema(example = "2026-03-29") LocalDate date,
            OffsetDateTime openedAt,

            @Schema(description = "The organization that opened it, when known", nullable = true)
            UUID openedByOrganization,

            @Schema(example = "Tờ trình số 12/TTr-UBBC", nullable = true)
            String proposal) {}

    /** The competent body's decision of a tie at the last seat with the same birth date (W-4, D-6). */
    @Schema(name = "TieDecisionRecord")
    public record TieDecision(
            @Schema(description = "The tied candidates it gave the seats left")
            List<UUID> chosen,

            String reason,

            @Schema(description = "The organization that decided, when known", nullable = true)
            UUID decidedByOrganization,

            OffsetDateTime decidedAt) {}

    /** "X of Y polling areas" and when the figures last changed. */
    @Schema(name = "Progress")
    public record Progress(
            @Schema(example = "12") long pollingAreasReported,
            @Schema(example = "15") long pollingAreasTotal,
            OffsetDateTime lastUpdate) {}

    /** Sums of one round's minutes (CK-7) with percentages per M-8. */
    @Schema(name = "ResultTotals")
    public record Totals(
            long totalVoters,
            long votersParticipated,
            @Schema(example = "99.67") BigDecimal turnoutPercent,
            long ballotsIssued,
            long ballotsReceived,
            long valid,
            long invalid,
            @Schema(example = "98.64") BigDecimal validPercent,
            @Schema(example = "1.36") BigDecimal invalidPercent,

            @Schema(description = "The complaints sections of the minutes, summed (M-3, M-5, D-12)")
            ComplaintFigures complaints) {}

    /**
     * A candidate (người ứng cử) of a round with votes and share of that round's valid ballots; in the
     * current list, a winner of an earlier round (W-5: not on the bầu thêm ballot) has no votes of this round.
     */
    @Schema(name = "CandidateResult")
    public record CandidateResult(
            UUID candidateId,
            @Schema(example = "Nguyễn Thị Lan") String fullName,

            @Schema(
                    description = "Votes in this round; null for a winner of an earlier round, not on this ballot",
                    example = "160231",
                    nullable = true)
            Long votes,

            @Schema(
                    description = "Share of this round's valid ballots (M-8); null with votes",
                    example = "72.35",
                    nullable = true)
            BigDecimal percentOfValid,

            boolean elected,

            @Schema(
                    description = "The round that elected the candidate; null if not elected",
                    example = "1",
                    nullable = true)
            Integer electedInRound,

            @Schema(
                    description = "Why the candidate is recognized as elected at no level, whatever their votes "
                            + "(C-5, found after the vote); their seat stays vacant (D-40). Null for the others",
                    example = "not recognized (C-5): also stands for the provincial and the district council",
                    nullable = true)
            String notRecognized) {}

    /** One determined round (W-8) with its own figures: the sums of that round's minutes (CK-7). */
    @Schema(name = "RoundResult")
    public record RoundResult(
            int round,
            RoundKind kind,
            int seats,
            UnitStatus status,
            String reason,
            List<UUID> elected,

            @Schema(description = "Candidates tied at the last seat with the same birth date (W-4)")
            List<UUID> undecided,

            @Schema(description = "The competent body's decision of that tie (D-6); null if none", nullable = true)
            TieDecision tieDecision,

            Totals totals,

            @Schema(description = "The round's ballot, most votes first")
            List<CandidateResult> candidates,

            @Schema(
                    description = "The annulment that voided this round's result (W-6, D-10): its figures stay for "
                            + "the record, its winners do not count; null while it stands",
                    nullable = true)
            UUID annulmentId) {}
}
