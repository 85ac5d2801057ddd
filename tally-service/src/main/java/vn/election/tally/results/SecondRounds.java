package vn.election.tally.results;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import vn.election.events.tally.SecondRoundOpened;
import vn.election.events.tally.TieDecided;
import vn.election.events.tally.UnitResultDetermined;
import vn.election.events.tally.UnitStatus;
import vn.election.kit.outbox.Outbox;
import vn.election.kit.problem.ProblemException;
import vn.election.kit.security.Caller;
import vn.election.tally.election.ElectoralUnit;
import vn.election.tally.election.ElectoralUnitRepository;
import vn.election.tally.election.KnownElection;
import vn.election.tally.election.KnownElectionRepository;
import vn.election.tally.results.RoundView.BallotCandidate;
import vn.election.tally.results.WinnerDetermination.Outcome;

/**
 * What the competent body decides above a unit's board (D-9): opening the second round a first round called
 * for (D-8; W-5, W-6) and a tie of birth dates at the last seat (W-4, D-6); and the ballot of a unit's open
 * round. Each decision changes the unit under its lock, is published again, and is an event.
 */
@ApplicationScoped
@Transactional
public class SecondRounds {

    private final KnownElectionRepository elections;
    private final ElectoralUnitRepository units;
    private final UnitResults results;
    private final UnitResultViews views;
    private final UnitRoundRepository rounds;
    private final UnitResultRepository determinations;
    private final BallotQueries ballots;
    private final CompetentBody competent;
    private final Caller caller;
    private final Outbox outbox;
    private final Clock clock;

    SecondRounds(
            KnownElectionRepository elections,
            ElectoralUnitRepository units,
            UnitResults results,
            UnitResultViews views,
            UnitRoundRepository rounds,
            UnitResultRepository determinations,
            BallotQueries ballots,
            CompetentBody competent,
            Caller caller,
            Outbox outbox,
            Clock clock) {
        this.elections = elections;
        this.units = units;
        this.results = results;
        this.views = views;
        this.rounds = rounds;
        this.determinations = determinations;
        this.ballots = ballots;
        this.competent = competent;
        this.caller = caller;
        this.outbox = outbox;
        this.clock = clock;
    }

    /**
     * Opens the unit's second round (D-8): a bầu thêm among the first list's candidates not elected for the
     * seats left empty (W-5), or a bầu lại with the same list for all seats (W-6).
     */
    public RoundView open(UUID electionId, UUID unitId, SecondRoundRequest request) {
        KnownElection election = elections
                .findByIdOptional(electionId)
                .orElseThrow(() -> ProblemException.notFound("election", electionId));
        ElectoralUnit unit = known(electionId, unitId);
        competent.require(unit);
        UnitRound round = results.lock(List.of(unitId)).get(unitId);
        OffsetDateTime now = OffsetDateTime.now(clock);
        List<UUID> firstList = ballots.ballots(List.of(unitId), List.of()).getOrDefault(unitId, List.of());
        List<UUID> ballot = round.open(
                new UnitRound.Opening(request.date(), request.proposal(), caller.actor(), caller.organization(), now),
                election.electionDay(),
                election.ruleset().secondRoundDays(),
                firstList,
                firstRound(unitId).map(UnitResult::electedList).orElse(List.of()));
        rounds.addToSecondBallot(unitId, ballot);
        results.publish(List.of(round));
        outbox.record(new SecondRoundOpened(
                electionId,
                unitId,
                unit.body(),
                round.round(),
                round.kind.name(),
                round.secondRoundDate,
                round.seats(),
                ballot,
                round.proposal,
                round.openedByOrganization,
                now));
        return view(unit, round, round.status, round.secondRoundDate, ballot);
    }

    /**
     * Records the competent body's decision of a tie at the last seat with the same birth date (W-4, D-6):
     * the round takes the state it would have had with the chosen winners.
     */
    public UnitResultView decideTie(UUID electionId, UUID unitId, TieDecisionRequest request) {
        ElectoralUnit unit = known(electionId, unitId);
        competent.require(unit);
        UnitRound round = results.lock(List.of(unitId)).get(unitId);
        UnitResult result = determinations
                .findByIdOptional(new UnitResult.Key(unitId, round.round()))
                .orElseThrow(() -> ProblemException.conflict("electoral unit " + unitId
                        + " has no determined round: only a tie at the last seat is decided (D-6)"));
        OffsetDateTime now = OffsetDateTime.now(clock);
        Outcome outcome = round.decideTie(result, request.candidateIds());
        result.decided(outcome, request.candidateIds(), request.reason(), caller.actor(), caller.organization(), now);
        results.publish(List.of(round));
        outbox.recordAll(List.of(
                new TieDecided(
                        electionId,
                        unitId,
                        unit.body(),
                        result.round,
                        List.of(result.undecided),
                        request.candidateIds(),
                        request.reason(),
                        outcome.status(),
                        outcome.elected(),
                        caller.organization(),
                        now),
                new UnitResultDetermined(
                        electionId,
                        unitId,
                        unit.body(),
                        result.round,
                        outcome.status(),
                        outcome.reason(),
                        result.seats,
                        outcome.elected(),
                        now)));
        return views.of(List.of(unitId)).get(unitId);
    }

    /** A unit's open round, or its first, with its ballot (D-8); a round not open is not found. */
    public RoundView round(UUID electionId, UUID unitId, int number) {
        ElectoralUnit unit = known(electionId, unitId);
        UnitRound round = rounds.ofUnits(List.of(unitId)).stream().findFirst().orElse(null);
        int open = round == null ? 1 : round.round();
        if (number < 1 || number > open) {
            throw ProblemException.notFound("round of electoral unit " + unitId, number);
        }
        Map<UUID, List<UUID>> ballot =
                number == 1 ? ballots.ballots(List.of(unitId), List.of()) : ballots.ballots(List.of(), List.of(unitId));
        LocalDate date = number == 1 ? elections.findById(electionId).electionDay() : round.secondRoundDate;
        return view(
                unit,
                number == 1 ? null : round,
                round == null ? UnitStatus.FIRST_COUNT : round.status,
                date,
                ballot.getOrDefault(unitId, List.of()));
    }

    /**
     * @param second the unit's state when the round shown is its second; null for round 1
     * @param status the unit's state now
     */
    private RoundView view(ElectoralUnit unit, UnitRound second, UnitStatus status, LocalDate date, List<UUID> ballot) {
        Map<UUID, BallotQueries.BallotName> names =
                ballots.names(List.of(unit.id())).getOrDefault(unit.id(), Map.of());
        return new RoundView(
                unit.id(),
                unit.body(),
                second == null ? 1 : second.round(),
                second == null ? WinnerDetermination.RoundKind.FIRST : second.kind,
                second == null ? unit.seats() : second.seats(),
                status,
                date,
                second == null ? null : UnitResultViews.opening(second),
                names.keySet().stream()
                        .filter(ballot::contains)
                        .map(id -> new BallotCandidate(id, names.get(id).fullName()))
                        .toList());
    }

    private Optional<UnitResult> firstRound(UUID unitId) {
        return determinations.findByIdOptional(new UnitResult.Key(unitId, 1));
    }

    private ElectoralUnit known(UUID electionId, UUID unitId) {
        return units.findByIdOptional(unitId)
                .filter(u -> u.electionId().equals(electionId))
                .orElseThrow(() -> ProblemException.notFound("electoral unit", unitId));
    }
}
