package vn.election.tally.results;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import vn.election.events.Body;
import vn.election.events.Rule;
import vn.election.events.tally.UnitStatus;
import vn.election.kit.problem.Problem.FieldError;
import vn.election.kit.problem.ProblemException;
import vn.election.tally.results.WinnerDetermination.Contender;
import vn.election.tally.results.WinnerDetermination.Outcome;
import vn.election.tally.results.WinnerDetermination.RoundKind;

/**
 * The state of an electoral unit for its body (W-8): the round its minutes go to, the seats of that
 * round, and whether the competent committee has certified it. Its row is the lock that serializes
 * everything that changes the unit's figures. It moves itself from state to state: a round determined
 * (W-1..W-6) and the second round that calls for (W-5, W-6), then certification.
 */
@Entity
@Table(name = "unit_round")
public class UnitRound {

    /** The states a committee may certify: determined, with no round still to hold (W-8). */
    private static final Set<UnitStatus> CERTIFIABLE =
            Set.of(UnitStatus.VALID, UnitStatus.ADDITIONAL_ELECTION_DONE, UnitStatus.REPEAT_ELECTION_DONE);

    @Id
    @Column(name = "unit_id")
    UUID unitId;

    @Column(name = "election_id", nullable = false)
    UUID electionId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    Body body;

    @Column(nullable = false)
    int round;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    RoundKind kind;

    @Column(nullable = false)
    int seats;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    UnitStatus status;

    @Column(name = "change_seq", nullable = false)
    long changeSeq;

    @Column(name = "changed_at", nullable = false)
    OffsetDateTime changedAt;

    @Column(name = "certified_at")
    OffsetDateTime certifiedAt;
    /** Who certified: the token's subject. */
    @Column(name = "certified_by")
    String certifiedBy;
    /** The committee the certifier acted for, when the token names it. */
    @Column(name = "certified_by_organization")
    UUID certifiedByOrganization;

    protected UnitRound() {}

    /**
     * A round determined: its number, kind and seats as it was held, its outcome, and the ballot of the
     * second round it opened (W-5, W-6), empty when it opened none.
     */
    record Determination(int round, RoundKind kind, int seats, Outcome outcome, List<UUID> secondBallot) {}

    public UUID unitId() {
        return unitId;
    }

    public UUID electionId() {
        return electionId;
    }

    public long changeSeq() {
        return changeSeq;
    }

    public OffsetDateTime changedAt() {
        return changedAt;
    }

    public int round() {
        return round;
    }

    public int seats() {
        return seats;
    }

    public boolean certified() {
        return certifiedAt != null;
    }

    /** Determined with no round left to hold, certified or not (W-8): the unit's result is complete. */
    static boolean settled(UnitStatus status) {
        return CERTIFIABLE.contains(status) || status == UnitStatus.FINAL;
    }

    /**
     * Refuses minutes that can no longer change the unit (W-8): any, once it is certified; those of another
     * round than the one its minutes go to.
     */
    public void requireOpen(int minutesRound) {
        if (certified()) {
            throw ProblemException.conflict(
                    "the result of electoral unit " + unitId + " is certified: its minutes can no longer change");
        }
        if (minutesRound != round) {
            throw ProblemException.conflict("round " + minutesRound + " of electoral unit " + unitId
                    + " is not open; the unit is at round " + round + " (W-8)");
        }
    }

    /**
     * Determines its current round from the round's figures (W-1..W-6) and takes the outcome as its state
     * (W-8); when the outcome of the first round calls for a bầu thêm or a bầu lại, opens the second round.
     *
     * @param birthDates of the candidates, which settle a tie at the last seat (W-4)
     */
    Determination determine(UnitFigures figures, Map<UUID, LocalDate> birthDates) {
        List<Contender> contenders = figures.votes().entrySet().stream()
                .map(e -> new Contender(e.getKey(), e.getValue(), birthDates.get(e.getKey())))
                .toList();
        Outcome outcome = WinnerDetermination.determine(new WinnerDetermination.Input(
                body, kind, seats, figures.totalVoters(), figures.participated(), figures.valid(), contenders));
        int determinedRound = round;
        RoundKind determinedKind = kind;
        int determinedSeats = seats;
        status = outcome.status();
        List<UUID> secondBallot = callsForSecondRound(outcome) ? openSecondRound(outcome, contenders) : List.of();
        return new Determination(determinedRound, determinedKind, determinedSeats, outcome, secondBallot);
    }

    /** A first round that leaves too few elected (W-5) or too few voters (W-1, W-6); a second round is the last (W-8). */
    private boolean callsForSecondRound(Outcome outcome) {
        return kind == RoundKind.FIRST
                && (outcome.status() == UnitStatus.NEEDS_ADDITIONAL_ELECTION
                        || outcome.status() == UnitStatus.NEEDS_REPEAT_ELECTION);
    }

    /**
     * W-5: a bầu thêm for the seats left empty, with the first list's candidates not elected; W-6: a
     * bầu lại for all seats with the same list. Either happens once: a second round is the last (W-8).
     *
     * @return the second round's ballot
     */
    private List<UUID> openSecondRound(Outcome outcome, List<Contender> firstBallot) {
        boolean additional = outcome.status() == UnitStatus.NEEDS_ADDITIONAL_ELECTION;
        kind = additional ? RoundKind.ADDITIONAL : RoundKind.REPEAT;
        round = 2;
        seats = additional ? seats - outcome.elected().size() : seats;
        return firstBallot.stream()
                .map(Contender::id)
                .filter(c -> !additional || !outcome.elected().contains(c))
                .toList();
    }

    /**
     * Certifies its result: its minutes can no longer change and its state becomes FINAL (W-8). Only a
     * determined result with no round left to hold is certified. The board's figures, when sent, must equal
     * the sums of the polling areas' minutes (CK-7), which are read only then.
     *
     * @param board        the board's figures, or null
     * @param sums         the sums of the minutes of its current round
     * @param certifier    who certifies: the token's subject
     * @param organization the committee the certifier acts for, when the token names it
     */
    void certify(
            CertificationRequest board,
            Supplier<UnitFigures> sums,
            String certifier,
            UUID organization,
            OffsetDateTime at) {
        if (certified()) {
            throw ProblemException.conflict("electoral unit " + unitId + " is already certified");
        }
        if (!CERTIFIABLE.contains(status)) {
            throw ProblemException.conflict("electoral unit " + unitId + " is " + status
                    + ": only a determined result with no round left to hold is certified (W-8)");
        }
        if (board != null) {
            requireSums(board, sums.get());
        }
        certifiedAt = at;
        certifiedBy = certifier;
        certifiedByOrganization = organization;
        status = UnitStatus.FINAL;
    }

    /** CK-7: the unit's figures are the sums of its polling areas' minutes. */
    private static void requireSums(CertificationRequest board, UnitFigures sums) {
        List<FieldError> errors = new ArrayList<>();
        compare(errors, "votersParticipated", board.votersParticipated(), sums.participated());
        compare(errors, "valid", board.valid(), sums.valid());
        compare(errors, "invalid", board.invalid(), sums.invalid());
        if (board.votes() != null) {
            Map<UUID, Long> summed = new HashMap<>(sums.votes());
            board.votes()
                    .forEach((candidate, votes) ->
                            compare(errors, "votes[" + candidate + "]", votes, summed.getOrDefault(candidate, 0L)));
        }
        if (!errors.isEmpty()) {
            throw ProblemException.ruleViolations(errors);
        }
    }

    private static void compare(List<FieldError> errors, String field, Long board, long sum) {
        if (board != null && board != sum) {
            errors.add(FieldError.of(
                    field,
                    Rule.CK_7,
                    field + " " + board + " differs from " + sum + ", the sum of the polling areas' minutes"));
        }
    }

    /** Its figures or state changed: it is published again, as of {@code at}. */
    void changed(OffsetDateTime at) {
        changedAt = at;
    }

    /** The number of its change among the election's changes, taken as it is published. */
    void numbered(long changeSeq) {
        this.changeSeq = changeSeq;
    }
}
