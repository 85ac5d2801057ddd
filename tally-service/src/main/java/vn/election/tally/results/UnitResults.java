package vn.election.tally.results;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import vn.election.events.Topics;
import vn.election.events.tally.UnitResultDetermined;
import vn.election.events.tally.UnitStatus;
import vn.election.kit.outbox.Outbox;
import vn.election.tally.results.WinnerDetermination.Contender;
import vn.election.tally.results.WinnerDetermination.RoundKind;

/**
 * Unit results (M-5): figures kept as running sums of the minutes ({@link UnitTallies}), and, once every
 * polling area of a unit has reported, the determination of W-1..W-6 with its state (W-8) and a second
 * round when the law calls for one.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class UnitResults {

    private final EntityManager em;
    private final UnitTallies tallies;
    private final Outbox outbox;
    private final Event<ResultsChanged> changes;
    private final Clock clock;

    UnitResults(EntityManager em, UnitTallies tallies, Outbox outbox, Event<ResultsChanged> changes, Clock clock) {
        this.em = em;
        this.tallies = tallies;
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
        if (unitIds.isEmpty()) {
            return Map.of();
        }
        em.createNativeQuery("""
                        insert into unit_round (unit_id, election_id, body, round, kind, seats, status, change_seq, changed_at)
                        select id, election_id, body, 1, 'FIRST', seats, 'FIRST_COUNT', 0, ?1 from electoral_unit
                        where id in (?2) on conflict do nothing""")
                .setParameter(1, now())
                .setParameter(2, unitIds)
                .executeUpdate();
        Map<UUID, UnitRound> locked = new LinkedHashMap<>();
        em.createQuery("from UnitRound r where r.unitId in ?1 order by r.unitId", UnitRound.class)
                .setParameter(1, unitIds)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultList()
                .forEach(r -> locked.put(r.unitId, r));
        return locked;
    }

    /**
     * The candidates on the ballot of each unit's current round: the standing list in round 1, the second
     * round's list after (W-5, W-6). The rounds are those just locked, so each list is read by its key.
     */
    public Map<UUID, List<UUID>> ballots(Collection<UnitRound> rounds) {
        Map<UUID, List<UUID>> ballots = new HashMap<>();
        List<UUID> firstRound =
                rounds.stream().filter(r -> r.round == 1).map(UnitRound::unitId).toList();
        List<UUID> secondRound =
                rounds.stream().filter(r -> r.round > 1).map(UnitRound::unitId).toList();
        if (!firstRound.isEmpty()) {
            addAll(
                    ballots,
                    em.createNativeQuery("select unit_id, candidate_id from candidate "
                                    + "where unit_id in (?1) and not withdrawn")
                            .setParameter(1, firstRound)
                            .getResultList());
        }
        if (!secondRound.isEmpty()) {
            addAll(
                    ballots,
                    em.createNativeQuery("select unit_id, candidate_id from round_candidate "
                                    + "where unit_id in (?1) and round > 1")
                            .setParameter(1, secondRound)
                            .getResultList());
        }
        return ballots;
    }

    private static void addAll(Map<UUID, List<UUID>> ballots, List<?> rows) {
        for (Object row : rows) {
            Object[] r = (Object[]) row;
            ballots.computeIfAbsent((UUID) r[0], u -> new ArrayList<>()).add((UUID) r[1]);
        }
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
        em.flush();
        List<UUID> unitIds = rounds.stream().map(UnitRound::unitId).toList();
        Map<UUID, UnitFiguresByRound> figures = tallies.read(unitIds);
        tallies.add(figures, contributions);
        Map<UUID, List<UnitResult>> determined = determined(unitIds);
        List<UnitRound> complete = rounds.stream()
                .filter(r -> figures.get(r.unitId).of(r.round).complete())
                .toList();
        if (!complete.isEmpty()) {
            Map<UUID, Map<UUID, LocalDate>> births =
                    birthDates(complete.stream().map(UnitRound::unitId).toList());
            outbox.recordAll(complete.stream()
                    .map(r -> determine(
                            r,
                            figures.get(r.unitId).of(r.round),
                            births.getOrDefault(r.unitId, Map.of()),
                            determined.get(r.unitId)))
                    .toList());
        }
        publish(rounds, figures, determined);
    }

    /** These units' state changed without new minutes (a certification): their results are published again. */
    public void publish(Collection<UnitRound> rounds) {
        List<UUID> unitIds = rounds.stream().map(UnitRound::unitId).toList();
        publish(rounds, figuresByRound(unitIds), determined(unitIds));
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
        rounds.forEach(r -> r.changedAt = now);
        changes.fire(new ResultsChanged(List.copyOf(rounds), figures, determined));
    }

    /**
     * Each of these units takes the next change number. The numbers are taken under a lock per election
     * held until commit, so they commit in order: a reader who has seen number N has seen every change
     * numbered below N, which makes the numbers a safe "since" cursor. The lock serializes every writer of
     * the election's results, so it is taken last, once the published documents are built: what remains
     * under it is their write and the commit.
     */
    public void number(Collection<UnitRound> rounds) {
        rounds.stream()
                .map(r -> r.electionId)
                .distinct()
                .sorted()
                .forEach(election -> em.createNativeQuery(
                                "select pg_advisory_xact_lock(hashtext('tally.result-changes'), hashtext(?1))")
                        .setFlushMode(
                                FlushModeType.COMMIT) // nothing pending concerns a lock: no early write of the units
                        .setParameter(1, election.toString())
                        .getSingleResult());
        List<?> numbers = em.createNativeQuery("select nextval('result_change_seq') from generate_series(1, ?1)")
                .setFlushMode(FlushModeType.COMMIT)
                .setParameter(1, rounds.size())
                .getResultList();
        int i = 0;
        for (UnitRound r : rounds) {
            r.changeSeq = ((Number) numbers.get(i++)).longValue();
        }
    }

    /** The figures of each unit's current round, summed from the current minutes (CK-7). */
    public Map<UUID, UnitFigures> figures(Collection<UnitRound> rounds) {
        Map<UUID, UnitFiguresByRound> byRound =
                figuresByRound(rounds.stream().map(UnitRound::unitId).toList());
        Map<UUID, UnitFigures> figures = new HashMap<>();
        rounds.forEach(r -> figures.put(r.unitId, byRound.get(r.unitId).of(r.round)));
        return figures;
    }

    /** The figures of every round of each unit (CK-7): a unit in its second round shows the first's too (W-5, W-6). */
    public Map<UUID, UnitFiguresByRound> figuresByRound(Collection<UUID> unitIds) {
        return tallies.read(unitIds);
    }

    /** @return the event announcing the determination, for the caller to record with the batch's others */
    private Outbox.Pending determine(
            UnitRound round, UnitFigures f, Map<UUID, LocalDate> births, List<UnitResult> determined) {
        List<Contender> contenders = f.votes().entrySet().stream()
                .map(e -> new Contender(e.getKey(), e.getValue(), births.get(e.getKey())))
                .toList();
        WinnerDetermination.Outcome outcome = WinnerDetermination.determine(new WinnerDetermination.Input(
                round.body, round.kind, round.seats, f.totalVoters(), f.participated(), f.valid(), contenders));
        OffsetDateTime now = now();
        UnitResult result = determined.stream()
                .filter(r -> r.round == round.round)
                .findFirst()
                .orElse(null);
        if (result == null) {
            result = new UnitResult(round.unitId, round.round);
            result.record(round.kind, round.seats, outcome, now);
            em.persist(result);
            determined.add(result); // rounds are determined in order: the list stays oldest first
        } else {
            result.record(round.kind, round.seats, outcome, now);
        }
        round.status = outcome.status();
        if (round.kind == RoundKind.FIRST
                && (outcome.status() == UnitStatus.NEEDS_ADDITIONAL_ELECTION
                        || outcome.status() == UnitStatus.NEEDS_REPEAT_ELECTION)) {
            openSecondRound(round, outcome, contenders);
        }
        return new Outbox.Pending(
                Topics.TALLY_RESULTS,
                round.unitId.toString(),
                UnitResultDetermined.TYPE,
                new UnitResultDetermined(
                        round.electionId,
                        round.unitId,
                        round.body,
                        result.kind.number(),
                        outcome.status(),
                        outcome.reason(),
                        result.seats,
                        outcome.elected(),
                        now));
    }

    /**
     * W-5: a bầu thêm for the seats left empty, with the first list's candidates not elected; W-6: a
     * bầu lại for all seats with the same list. Either happens once: a second round is the last (W-8).
     */
    private void openSecondRound(UnitRound round, WinnerDetermination.Outcome outcome, List<Contender> firstBallot) {
        boolean additional = outcome.status() == UnitStatus.NEEDS_ADDITIONAL_ELECTION;
        round.kind = additional ? RoundKind.ADDITIONAL : RoundKind.REPEAT;
        round.round = 2;
        round.seats = additional ? round.seats - outcome.elected().size() : round.seats;
        firstBallot.stream()
                .map(Contender::id)
                .filter(c -> !additional || !outcome.elected().contains(c))
                .forEach(c -> em.createNativeQuery(
                                "insert into round_candidate (unit_id, round, candidate_id) " + "values (?1, 2, ?2)")
                        .setParameter(1, round.unitId)
                        .setParameter(2, c)
                        .executeUpdate());
    }

    /** The rounds already determined of each of these units, oldest first (a correction after the determination). */
    Map<UUID, List<UnitResult>> determined(List<UUID> unitIds) {
        Map<UUID, List<UnitResult>> determined = new HashMap<>();
        unitIds.forEach(u -> determined.put(u, new ArrayList<>()));
        em.createQuery("from UnitResult r where r.unitId in ?1 order by r.round", UnitResult.class)
                .setParameter(1, unitIds)
                .getResultList()
                .forEach(r -> determined.get(r.unitId).add(r));
        return determined;
    }

    private Map<UUID, Map<UUID, LocalDate>> birthDates(List<UUID> unitIds) {
        Map<UUID, Map<UUID, LocalDate>> births = new HashMap<>();
        for (Object row : em.createNativeQuery(
                        "select unit_id, candidate_id, birth_date from candidate " + "where unit_id in (?1)")
                .setParameter(1, unitIds)
                .getResultList()) {
            Object[] r = (Object[]) row;
            births.computeIfAbsent((UUID) r[0], u -> new HashMap<>()).put((UUID) r[1], date(r[2]));
        }
        return births;
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock);
    }

    private static LocalDate date(Object value) {
        return value instanceof java.sql.Date d ? d.toLocalDate() : (LocalDate) value;
    }

    /** A timestamp column of a native query, whichever Java type the driver gave it. */
    public static OffsetDateTime time(Object value) {
        if (value == null || value instanceof OffsetDateTime) {
            return (OffsetDateTime) value;
        }
        Instant instant = value instanceof java.sql.Timestamp t ? t.toInstant() : (Instant) value;
        return instant.atOffset(ZoneOffset.UTC);
    }
}
