package vn.election.tally.results;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import vn.election.events.tally.UnitStatus;
import vn.election.tally.election.ElectoralUnit;
import vn.election.tally.election.ElectoralUnitRepository;
import vn.election.tally.election.KnownElectionRepository;
import vn.election.tally.results.BallotQueries.BallotName;
import vn.election.tally.results.UnitResultView.CandidateResult;
import vn.election.tally.results.UnitResultView.RoundResult;
import vn.election.tally.results.WinnerDetermination.RoundKind;

/**
 * Builds the result views (M-5) of many units at once with a fixed number of queries, whatever their
 * number: units, states, figures (two), determined rounds, candidates. Used for one unit's read and
 * for the published documents rebuilt after each change (which hands over the states, figures and
 * rounds it already holds).
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class UnitResultViews {

    /** Only a first round's result is annulled (D-10). */
    private static final int ANNULLED_ROUND = 1;

    private final ElectoralUnitRepository units;
    private final UnitRoundRepository rounds;
    private final UnitTallyRepository tallies;
    private final UnitResultRepository determinations;
    private final BallotQueries ballots;
    private final KnownElectionRepository elections;

    public UnitResultViews(
            ElectoralUnitRepository units,
            UnitRoundRepository rounds,
            UnitTallyRepository tallies,
            UnitResultRepository determinations,
            BallotQueries ballots,
            KnownElectionRepository elections) {
        this.units = units;
        this.rounds = rounds;
        this.tallies = tallies;
        this.determinations = determinations;
        this.ballots = ballots;
        this.elections = elections;
    }

    /** @return by unit id, in the order given; units unknown to the read model are absent */
    public Map<UUID, UnitResultView> of(Collection<UUID> unitIds) {
        if (unitIds.isEmpty()) {
            return new LinkedHashMap<>();
        }
        List<UUID> ids = List.copyOf(unitIds);
        Map<UUID, UnitRound> states = new HashMap<>();
        rounds.ofUnits(ids).forEach(r -> states.put(r.unitId, r));
        return build(ids, states, tallies.read(ids), determinations.determined(ids));
    }

    /** The documents of a change, from what it holds: by unit id, in the order of its units. */
    public Map<UUID, UnitResultView> of(ResultsChanged changed) {
        Map<UUID, UnitRound> states = new HashMap<>();
        changed.rounds().forEach(r -> states.put(r.unitId, r));
        return build(
                changed.rounds().stream().map(UnitRound::unitId).toList(),
                states,
                changed.figures(),
                changed.determined());
    }

    private Map<UUID, UnitResultView> build(
            List<UUID> unitIds,
            Map<UUID, UnitRound> states,
            Map<UUID, UnitFiguresByRound> figures,
            Map<UUID, List<UnitResult>> determined) {
        Map<UUID, ElectoralUnit> byId = new HashMap<>();
        units.ofIds(unitIds).forEach(u -> byId.put(u.id(), u));
        Map<UUID, Map<UUID, BallotName>> names = ballots.names(unitIds);
        Map<UUID, Boolean> drills = new HashMap<>();
        Map<UUID, UnitResultView> views = new LinkedHashMap<>();
        for (UUID unitId : unitIds) {
            ElectoralUnit unit = byId.get(unitId);
            if (unit != null) {
                views.put(
                        unitId,
                        view(
                                unit,
                                states.get(unitId),
                                figures.get(unitId),
                                determined.getOrDefault(unitId, List.of()),
                                names.getOrDefault(unitId, Map.of()),
                                drills.computeIfAbsent(unit.electionId(), elections::isDrill)));
            }
        }
        return views;
    }

    private static UnitResultView view(
            ElectoralUnit unit,
            UnitRound round,
            UnitFiguresByRound figures,
            List<UnitResult> determined,
            Map<UUID, BallotName> ballotOrder,
            boolean drill) {
        int current = round == null ? 1 : round.round;
        UnitFigures f = figures.of(current);
        UnitResult latest = determined.isEmpty() ? null : determined.get(determined.size() - 1);
        UUID annulment = round == null ? null : round.annulmentId;
        // W-6, D-10: the winners of an annulled round do not count; the round itself stays, marked
        List<UnitResult> standing = determined.stream()
                .filter(r -> annulment == null || r.round != ANNULLED_ROUND)
                .toList();
        return new UnitResultView(
                unit.id(),
                unit.body(),
                unit.number(),
                unit.name(),
                unit.administrativeUnitCode(),
                unit.seats(),
                current,
                round == null ? RoundKind.FIRST : round.kind,
                round == null ? unit.seats() : round.seats,
                round == null ? null : opening(round),
                round == null ? UnitStatus.FIRST_COUNT : round.status,
                reason(round, latest),
                round == null || !round.certified(),
                round == null ? null : round.certifiedAt,
                new UnitResultView.Progress(f.reported(), f.expected(), round == null ? null : round.changedAt),
                totals(f),
                currentCandidates(current, f, standing, ballotOrder),
                determined.stream()
                        .map(r -> new RoundResult(
                                r.round,
                                r.kind,
                                r.seats,
                                r.status,
                                r.reason,
                                List.of(r.elected),
                                List.of(r.undecided),
                                tieDecision(r),
                                totals(figures.of(r.round)),
                                ballot(r.round, figures.of(r.round), electedIn(List.of(r)), ballotOrder),
                                annulment != null && r.round == ANNULLED_ROUND ? annulment : null))
                        .toList(),
                drill,
                annulment == null
                        ? null
                        : new UnitResultView.Annulled(
                                annulment, ANNULLED_ROUND, round.annulmentReason, round.annulledAt));
    }

    /**
     * Why the unit is where it is: the annulment's reason, published, until its bầu lại is determined (W-6);
     * else the latest determination's.
     */
    private static String reason(UnitRound round, UnitResult latest) {
        if (round != null && round.annulmentId != null && (latest == null || latest.round == ANNULLED_ROUND)) {
            return "W-6: the result is annulled by the National Election Council: " + round.annulmentReason;
        }
        return latest == null ? null : latest.reason;
    }

    /** How its second round was opened (D-8); null in round 1. */
    static UnitResultView.Opening opening(UnitRound round) {
        return round.openedAt == null
                ? null
                : new UnitResultView.Opening(
                        round.secondRoundDate, round.openedAt, round.openedByOrganization, round.proposal);
    }

    private static UnitResultView.TieDecision tieDecision(UnitResult r) {
        return r.tieDecidedAt == null
                ? null
                : new UnitResultView.TieDecision(
                        List.of(r.tieChosen), r.tieDecisionReason, r.tieDecidedByOrganization, r.tieDecidedAt);
    }

    /**
     * The current round's ballot with its votes, after those elected in an earlier round (W-5: they are
     * not on a bầu thêm ballot), who show as elected in that round, without votes of this one.
     */
    private static List<CandidateResult> currentCandidates(
            int current, UnitFigures f, List<UnitResult> determined, Map<UUID, BallotName> ballotOrder) {
        Map<UUID, Integer> electedIn = electedIn(determined);
        List<CandidateResult> candidates = new ArrayList<>();
        ballotOrder.forEach((id, name) -> {
            Integer round = electedIn.get(id);
            if (round != null && round < current && !f.votes().containsKey(id)) {
                candidates.add(
                        new CandidateResult(id, name.fullName(), null, null, true, round, name.notRecognizedText()));
            }
        });
        candidates.addAll(ballot(current, f, electedIn, ballotOrder));
        return candidates;
    }

    /** The candidates counted in a round, most votes first, with their share of that round's valid ballots. */
    private static List<CandidateResult> ballot(
            int round, UnitFigures f, Map<UUID, Integer> electedIn, Map<UUID, BallotName> ballotOrder) {
        List<CandidateResult> candidates = new ArrayList<>();
        ballotOrder.forEach((id, name) -> {
            Long votes = f.votes().get(id);
            if (votes != null) {
                boolean elected = Integer.valueOf(round).equals(electedIn.get(id));
                candidates.add(new CandidateResult(
                        id,
                        name.fullName(),
                        votes,
                        Percentages.of(votes, f.valid()),
                        elected,
                        elected ? round : null,
                        name.notRecognizedText()));
            }
        });
        candidates.sort(Comparator.comparingLong(CandidateResult::votes).reversed());
        return candidates;
    }

    /** The round that elected each winner. */
    private static Map<UUID, Integer> electedIn(List<UnitResult> determined) {
        Map<UUID, Integer> electedIn = new HashMap<>();
        determined.forEach(r -> r.electedList().forEach(c -> electedIn.putIfAbsent(c, r.round)));
        return electedIn;
    }

    private static UnitResultView.Totals totals(UnitFigures f) {
        BigDecimal[] validity = Percentages.shares(f.valid(), f.invalid());
        return new UnitResultView.Totals(
                f.totalVoters(),
                f.participated(),
                Percentages.of(f.participated(), f.totalVoters()),
                f.ballotsIssued(),
                f.ballotsReceived(),
                f.valid(),
                f.invalid(),
                validity[0],
                validity[1],
                f.complaints());
    }
}
