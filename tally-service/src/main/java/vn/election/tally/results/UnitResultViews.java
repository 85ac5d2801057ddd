package vn.election.tally.results;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import vn.election.events.tally.UnitStatus;
import vn.election.tally.election.ElectoralUnit;
import vn.election.tally.results.UnitResultView.CandidateResult;
import vn.election.tally.results.UnitResultView.RoundResult;
import vn.election.tally.results.WinnerDetermination.RoundKind;

/**
 * Builds the result views (M-5) of many units at once with a fixed number of queries, whatever their
 * number: units, states, figures (three), determined rounds, candidates. Used for one unit's read and
 * for the published documents rebuilt after each change.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class UnitResultViews {

    private final EntityManager em;
    private final UnitResults results;

    public UnitResultViews(EntityManager em, UnitResults results) {
        this.em = em;
        this.results = results;
    }

    /** @return by unit id, in the order given; units unknown to the read model are absent */
    public Map<UUID, UnitResultView> of(Collection<UUID> unitIds) {
        Map<UUID, UnitResultView> views = new LinkedHashMap<>();
        if (unitIds.isEmpty()) {
            return views;
        }
        Map<UUID, ElectoralUnit> units = new HashMap<>();
        em.createQuery("from ElectoralUnit u where u.id in ?1", ElectoralUnit.class).setParameter(1, unitIds)
                .getResultList().forEach(u -> units.put(u.id(), u));
        Map<UUID, UnitRound> rounds = new HashMap<>();
        em.createQuery("from UnitRound r where r.unitId in ?1", UnitRound.class).setParameter(1, unitIds)
                .getResultList().forEach(r -> rounds.put(r.unitId, r));
        Map<UUID, UnitFigures> figures = results.figures(unitIds);
        Map<UUID, List<UnitResult>> determined = new HashMap<>();
        em.createQuery("from UnitResult r where r.unitId in ?1 order by r.round", UnitResult.class)
                .setParameter(1, unitIds).getResultList()
                .forEach(r -> determined.computeIfAbsent(r.unitId, u -> new ArrayList<>()).add(r));
        Map<UUID, List<Object[]>> candidates = new HashMap<>();
        for (Object row : em.createNativeQuery("select unit_id, candidate_id, full_name from candidate "
                + "where unit_id in (?1) order by unit_id, position").setParameter(1, unitIds).getResultList()) {
            Object[] r = (Object[]) row;
            candidates.computeIfAbsent((UUID) r[0], u -> new ArrayList<>()).add(r);
        }
        for (UUID unitId : unitIds) {
            ElectoralUnit unit = units.get(unitId);
            if (unit != null) {
                views.put(unitId, view(unit, rounds.get(unitId), figures.get(unitId),
                        determined.getOrDefault(unitId, List.of()), candidates.getOrDefault(unitId, List.of())));
            }
        }
        return views;
    }

    private static UnitResultView view(ElectoralUnit unit, UnitRound round, UnitFigures f, List<UnitResult> determined,
            List<Object[]> ballotOrder) {
        Set<UUID> elected = new HashSet<>();
        determined.forEach(r -> elected.addAll(r.electedList()));
        List<CandidateResult> candidates = new ArrayList<>();
        for (Object[] c : ballotOrder) {
            UUID id = (UUID) c[1];
            Long votes = f.votes().get(id);
            // the current round's ballot, and those elected in an earlier round
            if (votes != null || elected.contains(id)) {
                long v = votes == null ? 0 : votes;
                candidates.add(new CandidateResult(id, (String) c[2], v, Percentages.of(v, f.valid()),
                        elected.contains(id)));
            }
        }
        candidates.sort(Comparator.comparingLong(CandidateResult::votes).reversed());
        BigDecimal[] validity = Percentages.shares(f.valid(), f.invalid());
        UnitResult latest = determined.isEmpty() ? null : determined.get(determined.size() - 1);
        return new UnitResultView(unit.id(), unit.body(), unit.number(), unit.name(), unit.administrativeUnitCode(),
                unit.seats(), round == null ? 1 : round.round, round == null ? RoundKind.FIRST : round.kind,
                round == null ? unit.seats() : round.seats, round == null ? UnitStatus.FIRST_COUNT : round.status,
                latest == null ? null : latest.reason, round == null || !round.certified(),
                round == null ? null : round.certifiedAt,
                new UnitResultView.Progress(f.reported(), f.expected(), round == null ? null : round.changedAt),
                new UnitResultView.Totals(f.totalVoters(), f.participated(),
                        Percentages.of(f.participated(), f.totalVoters()), f.ballotsIssued(), f.ballotsReceived(),
                        f.valid(), f.invalid(), validity[0], validity[1]),
                candidates,
                determined.stream().map(r -> new RoundResult(r.round, r.kind, r.seats, r.status, r.reason,
                        List.of(r.elected), List.of(r.undecided))).toList());
    }
}
