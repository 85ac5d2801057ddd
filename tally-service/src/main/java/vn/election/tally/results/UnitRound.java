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
 * (W-1..W-6), a tie decided above (D-6), the second round opened by the competent body (D-8), then
 * certification.
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
    /** The day the second round is held (D-8); null in round 1. */
    @Column(name = "second_round_date")
    LocalDate secondRoundDate;

    @Column(name = "opened_at")
    OffsetDateTime openedAt;
    /** Who opened the second round: the token's subject. */
    @Column(name = "opened_by")
    String openedBy;

    @Column(name = "opened_by_organization")
    UUID openedByOrganization;
    /** The reference of the proposal the second round was opened on (D-9), when given. */
    @Column(name = "proposal")
    String proposal;

    /** Who certified: the token's subject. */
    @Column(name = "certified_by")
    String certifiedBy;
    /** The committee the certifier acted for, when the token names it. */
    @Column(name = "certified_by_organization")
    UUID certifiedByOrganization;

    /** The annulment of its first round's result (W-6, D-10); null while that result stands. */
    @Column(name = "annulment_id")
    UUID annulmentId;

    @Column(name = "annulled_at")
    OffsetDateTime annulledAt;

    @Column(name = "annulment_reason")
    String annulmentReason;
    /** When its result was announced; it stays locked while that result stands (D-14). */
    @Column(name = "announced_at")
    OffsetDateTime announcedAt;

    @Column(name = "announcement_id")
    UUID announcementId;

    protected UnitRound() {}

    /** A round determined: its number, kind and seats as it was held, and its outcome. */
    record Determination(int round, RoundKind kind, int seats, Outcome outcome) {}

    /**
     * A second round as the competent body opens it (D-8, D-9).
     *
     * @param date     the day it is held
     * @param proposal the reference of the proposal it is opened on, or null
     * @param by       who opens it: the token's subject
     * @param organization the organization it acts for, when the token names one
     */
    record Opening(LocalDate date, String proposal, String by, UUID organization, OffsetDateTime at) {}

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

    public Body body() {
        return body;
    }

    public UnitStatus status() {
        return status;
    }

    /** When its standing result was announced (D-14); null when it has none. */
    public OffsetDateTime announcedAt() {
        return announced() ? announcedAt : null;
    }

    /**
     * Its announced result stands (D-14): announced and still certified. An annulment that takes the unit out of
     * its final state lifts the lock without a word from the announcement.
     */
    public boolean announced() {
        return announcedAt != null && status == UnitStatus.FINAL;
    }

    /**
     * The competent body announces its certified result: from now on no minutes, correction or
     * certification changes it (D-14).
     */
    public void announce(UUID announcement, OffsetDateTime at) {
        if (status != UnitStatus.FINAL) {
            throw ProblemException.ruleViolation(
                    "units",
                    Rule.D_14,
                    "electoral unit " + unitId + " is " + status + ": only certified results are announced");
        }
        if (announced()) {
            throw ProblemException.conflict("the result of electoral unit " + unitId + " is announced already");
        }
        announcementId = announcement;
        announcedAt = at;
    }

    private void requireNotAnnounced() {
        if (announced()) {
            throw ProblemException.ruleViolation(
                    "unitId",
                    Rule.D_14,
                    "the result of electoral unit " + unitId + " was announced on " + announcedAt
                            + ": it changes only through an annulment");
        }
    }

    /** Determined with no round left to hold, certified or not (W-8): the unit's result is complete. */
    public static boolean settled(UnitStatus status) {
        return CERTIFIABLE.contains(status) || status == UnitStatus.FINAL;
    }

    /**
     * Refuses minutes that can no longer change the unit (W-8): any, once its result is announced (D-14) or
     * certified; those of another round than its open one (D-7): round 2 before the competent body opens it,
     * round 1 once it has.
     */
    public void requireOpen(int minutesRound) {
        requireNotAnnounced();
        if (certified()) {
            throw ProblemException.conflict(
                    "the result of electoral unit " + unitId + " is certified: its minutes can no longer change");
        }
        if (annulmentId != null && minutesRound == 1) {
            throw ProblemException.conflict("the result of round 1 of electoral unit " + unitId
                    + " is annulled (W-6, D-10): its minutes can no longer change");
        }
        if (minutesRound != round) {
            throw ProblemException.ruleViolation(
                    "round",
                    Rule.D_7,
                    round == 1
                            ? "round " + minutesRound + " of electoral unit " + unitId
                                    + " is not open: a second round is held only once the competent body opens it"
                            : "electoral unit " + unitId + " holds its round " + round + " (" + kind
                                    + "): the minutes of round " + minutesRound + " can no longer change");
        }
    }

    /**
     * Determines its current round from the round's figures (W-1..W-6) and takes the outcome as its state
     * (W-8). It opens no second round: a first round that calls for one waits for the competent body (D-8).
     *
     * @param birthDates of the candidates, which settle a tie at the last seat (W-4)
     */
    Determination determine(UnitFigures figures, Map<UUID, LocalDate> birthDates) {
        List<Contender> contenders = figures.votes().entrySet().stream()
                .map(e -> new Contender(e.getKey(), e.getValue(), birthDates.get(e.getKey())))
                .toList();
        Outcome outcome = WinnerDetermination.determine(new WinnerDetermination.Input(
                body, kind, seats, figures.totalVoters(), figures.participated(), figures.valid(), contenders));
        status = outcome.status();
        return new Determination(round, kind, seats, outcome);
    }

    /**
     * Takes the competent body's decision of a tie of birth dates at the last seat (D-6): the tied
     * candidates it chose fill the seats left, and the round takes the state it would have had with them.
     *
     * @param result the determination of its current round, which holds the tie
     * @return the round's outcome with the decision
     */
    Outcome decideTie(UnitResult result, List<UUID> chosen) {
        if (certified() || status != UnitStatus.NEEDS_TIE_DECISION) {
            throw ProblemException.conflict("electoral unit " + unitId + " is " + status
                    + ": only a tie at the last seat waiting for a decision is decided (D-6)");
        }
        List<UUID> tied = List.of(result.undecided);
        int open = seats - result.elected.length;
        if (chosen.size() != open || Set.copyOf(chosen).size() != open || !tied.containsAll(chosen)) {
            throw ProblemException.ruleViolation(
                    "candidateIds",
                    Rule.D_6,
                    "choose " + open + " different " + (open == 1 ? "candidate" : "candidates")
                            + " among those tied at the last seat: " + tied);
        }
        List<UUID> elected = new ArrayList<>(result.electedList());
        elected.addAll(chosen);
        Outcome outcome = WinnerDetermination.decided(body, kind, seats, elected, chosen);
        status = outcome.status();
        return outcome;
    }

    /**
     * Opens the second round its first round called for (D-8): a bầu thêm for the seats left empty among the
     * first list's candidates not elected (W-5), or a bầu lại for all seats with the same list (W-6), held on
     * a day after election day and no later than the ruleset allows. There is no third round (W-8).
     *
     * @param electionDay the election's day
     * @param lastDay     days after election day the round may be held at the latest
     * @param firstList   the candidates of the first round's ballot, in ballot order
     * @param elected     the first round's winners
     * @return the second round's ballot
     */
    List<UUID> open(Opening opening, LocalDate electionDay, int lastDay, List<UUID> firstList, List<UUID> elected) {
        boolean additional = status == UnitStatus.NEEDS_ADDITIONAL_ELECTION;
        if (certified() || round != 1 || !(additional || status == UnitStatus.NEEDS_REPEAT_ELECTION)) {
            throw ProblemException.conflict("electoral unit " + unitId + " is " + status + " in round " + round
                    + ": a second round is opened once, when the first round calls for a bầu thêm or bầu lại (W-8)");
        }
        Rule rule = additional ? Rule.W_5 : Rule.W_6;
        LocalDate latest = electionDay.plusDays(lastDay);
        if (!opening.date().isAfter(electionDay) || opening.date().isAfter(latest)) {
            throw ProblemException.ruleViolation(
                    "date",
                    rule,
                    "the " + (additional ? "bầu thêm" : "bầu lại") + " is held after election day " + electionDay
                            + " and at the latest " + lastDay + " days after it, on " + latest + "; "
                            + opening.date() + " is outside");
        }
        List<UUID> ballot = firstList.stream()
                .filter(c -> !additional || !elected.contains(c))
                .toList();
        kind = additional ? RoundKind.ADDITIONAL : RoundKind.REPEAT;
        seats = additional ? seats - elected.size() : seats;
        round = 2;
        status = additional ? UnitStatus.ADDITIONAL_ELECTION_COUNT : UnitStatus.REPEAT_ELECTION_COUNT;
        secondRoundDate = opening.date();
        proposal = opening.proposal();
        openedBy = opening.by();
        openedByOrganization = opening.organization();
        openedAt = opening.at();
        return ballot;
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
        requireNotAnnounced();
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
        // an announcement still recorded here was of a result since annulled: the new result is not announced
        // until the competent body announces it (D-14)
        announcedAt = null;
        announcementId = null;
    }

    /**
     * The National Election Council annuls the result of its first round, of the whole unit or of one of its
     * polling areas, for a serious violation (W-6): it goes to a bầu lại with the same list, opened like any
     * second round (D-10). A certified result is annulled too: its certification is lifted (D-11). Only a
     * determined first round is annulled: not one still counting, not one already going to a bầu lại, not a
     * second round, which has no third after it (W-8).
     *
     * @return the state it had, kept with the annulment
     */
    public UnitStatus annul(UUID annulment, String reason, OffsetDateTime at) {
        if (round != 1) {
            throw ProblemException.conflict("electoral unit " + unitId + " is at round " + round
                    + ": only a first round's result is annulled, there is no third round (W-8, D-10)");
        }
        if (status == UnitStatus.FIRST_COUNT) {
            throw ProblemException.conflict("electoral unit " + unitId
                    + " has no determined result to annul yet: its polling areas are still reporting (D-10)");
        }
        if (status == UnitStatus.NEEDS_REPEAT_ELECTION) {
            throw ProblemException.conflict("electoral unit " + unitId + " already goes to a bầu lại (W-6, D-10)");
        }
        UnitStatus prior = status;
        status = UnitStatus.NEEDS_REPEAT_ELECTION;
        annulmentId = annulment;
        annulledAt = at;
        annulmentReason = reason;
        certifiedAt = null;
        certifiedBy = null;
        certifiedByOrganization = null;
        return prior;
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
