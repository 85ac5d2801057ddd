package vn.election.tally.results;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import vn.election.events.registry.CandidateNotRecognized;
import vn.election.events.tally.UnitResultDetermined;
import vn.election.kit.outbox.Outbox;

/**
 * Unit results (M-5): figures kept as running sums of the minutes ({@link UnitTallyRepository}), and, once every
 * polling area of a unit has reported, the determination of its round, which the unit's state makes itself
 * ({@link UnitRound#determine}).
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class UnitResults {

    private final UnitRoundRepository rounds;
    private final UnitResultRepository determinations;
    private final UnitTallyRepository tallies;
    private final BallotQueries ballots;
    private final NotRecognizedQueries notRecognized;
    private final Outbox outbox;
    private final Event<ResultsChanged> changes;
    private final Clock clock;

    UnitResults(
            UnitRoundRepository rounds,
            UnitResultRepository determinations,
            UnitTallyRepository tallies,
            BallotQueries ballots,
            NotRecognizedQueries notRecognized,
            Outbox outbox,
            Event<ResultsChanged> changes,
            Clock clock) {
        this.rounds = rounds;
        this.determinations = determinations;
        this.tallies = tallies;
        this.ballots = ballots;
        this.notRecognized = notRecognized;
        this.outbox = outbox;
        this.changes = changes;
        this.clock = clock;
    }

    /**
     * Locks the state of these units for the caller's transaction, in id order (no deadlock between
     * batches), creating it at round 1 on first use.
     *
     * @return by unit id; units unknown to the read model are absent
     */
    public Map<UUID, UnitRound> lock(Collection<UUID> unitIds) {
        return rounds.lock(unitIds, now());
    }

    /**
     * The candidates on the ballot of each unit's current round: the standing list in round 1, the second
     * round's list after (W-5, W-6). The rounds are those just locked, so each list is read by its key.
     */
    public Map<UUID, List<UUID>> ballots(Collection<UnitRound> rounds) {
        return ballots.ballots(
                rounds.stream().filter(r -> r.round == 1).map(UnitRound::unitId).toList(),
                rounds.stream().filter(r -> r.round > 1).map(UnitRound::unitId).toList());
    }

    /**
     * The minutes of these units changed: their figures take the batch's contributions, those whose
     * polling areas have now all reported are determined, then each is published again. The figures and
     * the determined rounds are read once here and handed to the publication with the change.
     *
     * @param contributions what the accepted minutes bring, and what the versions they correct take back
     */
    public void changed(Collection<UnitRound> rounds, List<MinutesContribution> contributions) {
        if (rounds.isEmpty()) {
            return;
        }
        this.rounds.flush();
        List<UUID> unitIds = rounds.stream().map(UnitRound::unitId).toList();
        Map<UUID, UnitFiguresByRound> figures = tallies.read(unitIds);
        tallies.add(figures, contributions);
        Map<UUID, List<UnitResult>> determined = determinations.determined(unitIds);
        List<UnitRound> complete = rounds.stream()
                .filter(r -> figures.get(r.unitId).of(r.round).complete())
                .toList();
        if (!complete.isEmpty()) {
            List<UUID> completeIds = complete.stream().map(UnitRound::unitId).toList();
            Map<UUID, Map<UUID, LocalDate>> births = ballots.birthDates(completeIds);
            Map<UUID, Map<UUID, NotRecognized>> findings = notRecognized.of(completeIds);
            outbox.recordAll(complete.stream()
                    .map(r -> determine(
                            r,
                            figures.get(r.unitId).of(r.round),
                            births.getOrDefault(r.unitId, Map.of()),
                            findings.getOrDefault(r.unitId, Map.of()),
                            determined.get(r.unitId)))
                    .toList());
        }
        publish(rounds, figures, determined);
    }

    /** These units' state changed without new minutes (a certification): their results are published again. */
    public void publish(Collection<UnitRound> rounds) {
        List<UUID> unitIds = rounds.stream().map(UnitRound::unitId).toList();
        publish(rounds, tallies.read(unitIds), determinations.determined(unitIds));
    }

    /**
     * The published results of these units are rebuilt ({@link ResultsChanged}, observed in this
     * transaction), and each takes the next change number ({@link #number}). Nothing is flushed here: the
     * unit's row is written once, at commit, with its state, time and number together.
     */
    private void publish(
            Collection<UnitRound> rounds,
            Map<UUID, UnitFiguresByRound> figures,
            Map<UUID, List<UnitResult>> determined) {
        OffsetDateTime now = now();
        rounds.forEach(r -> r.changed(now));
        changes.fire(new ResultsChanged(List.copyOf(rounds), figures, determined));
    }

    /**
     * Each of these units takes the next change number, in the order of their commits. The lock behind the
     * numbers serializes every writer of the election's results, so it is taken last, once the published
     * documents are built: what remains under it is their write and the commit.
     */
    public void number(Collection<UnitRound> rounds) {
        this.rounds.number(rounds);
    }

    /** The figures of each unit's current round, summed from the current minutes (CK-7). */
    public Map<UUID, UnitFigures> figures(Collection<UnitRound> rounds) {
        Map<UUID, UnitFiguresByRound> byRound =
                tallies.read(rounds.stream().map(UnitRound::unitId).toList());
        Map<UUID, UnitFigures> figures = new HashMap<>();
        rounds.forEach(r -> figures.put(r.unitId, byRound.get(r.unitId).of(r.round)));
        return figures;
    }

    /**
     * The unit determines its round; the determination is recorded (again, when a correction changed a
     * determined round's minutes). Winners recognized at no level are left out of it (C-5, D-40).
     *
     * @return the event announcing the determination, for the caller to record with the batch's others
     */
    private UnitResultDetermined determine(
            UnitRound round,
            UnitFigures f,
            Map<UUID, LocalDate> births,
            Map<UUID, NotRecognized> findings,
            List<UnitResult> determined) {
        UnitRound.Determination d = round.determine(f, births);
        OffsetDateTime now = now();
        UnitResult result = determined.stream()
                .filter(r -> r.round == d.round())
                .findFirst()
                .orElse(null);
        if (result == null) {
            result = new UnitResult(round.unitId, d.round());
            result.record(d.kind(), d.seats(), d.outcome(), now);
            determinations.persist(result);
            determined.add(result); // rounds are determined in order: the list stays oldest first
        } else {
            result.record(d.kind(), d.seats(), d.outcome(), now);
        }
        result.leaveOut(findings);
        return determined(round, result, now);
    }

    /**
     * A candidate of this unit is recognized at no level (C-5), found after the vote: each determined round
     * that elected them is recorded again without them and announced again, their seat vacant (D-40, D-41),
     * even once certified; the unit is published again. A round still counted leaves them out when it is
     * determined. A finding already known changes nothing.
     */
    public void notRecognized(CandidateNotRecognized finding) {
        OffsetDateTime now = now();
        if (!notRecognized.record(finding, now)) {
            return;
        }
        UnitRound round = lock(List.of(finding.unitId())).get(finding.unitId());
        if (round == null) {
            return; // a unit not known here yet: its determination will read the finding
        }
        List<UUID> unitIds = List.of(round.unitId);
        Map<UUID, NotRecognized> findings = notRecognized.of(unitIds).getOrDefault(round.unitId, Map.of());
        Map<UUID, List<UnitResult>> determined = determinations.determined(unitIds);
        outbox.recordAll(determined.get(round.unitId).stream()
                .filter(r -> r.leaveOut(findings))
                .map(r -> determined(round, r, now))
                .toList());
        Map<UUID, UnitFiguresByRound> figures = tallies.read(unitIds);
        if (!determined.get(round.unitId).isEmpty()
                || figures.get(round.unitId).of(round.round).reported() > 0) {
            // a unit with no minutes yet is not published: it shows the finding with its first minutes
            publish(List.of(round), figures, determined);
        }
    }

    private static UnitResultDetermined determined(UnitRound round, UnitResult result, OffsetDateTime now) {
        return new UnitResultDetermined(
                round.electionId,
                round.unitId,
                round.body,
                result.kind.number(),
                result.status,
                result.reason,
                result.seats,
                result.electedList(),
                now);
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock);
    }
}
