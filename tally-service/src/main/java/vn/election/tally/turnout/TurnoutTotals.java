package vn.election.tally.turnout;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import vn.election.events.registry.AdministrativeLevel;
import vn.election.kit.problem.ProblemException;
import vn.election.tally.election.AdministrativeUnits;
import vn.election.tally.election.KnownElections;
import vn.election.tally.results.Percentages;
import vn.election.tally.results.UnitResults;

/**
 * Live turnout aggregates of the nation, a province or a commune, in one set-based query: every
 * polling area of the scope with its list, each area's latest (or one checkpoint's) current figure,
 * summed per part of the scope.
 */
@ApplicationScoped
@Transactional
public class TurnoutTotals {

    private final EntityManager em;
    private final KnownElections elections;
    private final AdministrativeUnits administrativeUnits;
    private final Checkpoints checkpoints;
    private final PollingClosure closure;

    public TurnoutTotals(
            EntityManager em,
            KnownElections elections,
            AdministrativeUnits administrativeUnits,
            Checkpoints checkpoints,
            PollingClosure closure) {
        this.em = em;
        this.elections = elections;
        this.administrativeUnits = administrativeUnits;
        this.checkpoints = checkpoints;
        this.closure = closure;
    }

    /**
     * @param scope      an administrative unit code, or null for the nation
     * @param checkpoint one checkpoint, or null for each polling area's latest report
     */
    public TurnoutSummary summary(UUID electionId, String scope, String checkpoint) {
        if (elections.findByIdOptional(electionId).isEmpty()) {
            throw ProblemException.notFound("election", electionId);
        }
        var unit = scope == null
                ? null
                : administrativeUnits
                        .findByIdOptional(scope)
                        .orElseThrow(() -> ProblemException.notFound("administrative unit", scope));
        String at = checkpoint == null ? null : checkpoints.require("checkpoint", checkpoint);
        // the parts of the scope are its children; each polling area counts in the child above its commune,
        // or in none when it lies in the scope itself (a commune's own areas)
        var query = em.createNativeQuery("""
                with recursive tree(code, part) as (
                    select code, code from administrative_unit where %s
                    union all
                    select a.code, t.part from administrative_unit a join tree t on a.parent_code = t.code
                ), areas as (
                    select pa.id, t.part,
                           (select max(v.voters) from polling_area_voters v where v.polling_area_id = pa.id) on_list
                    from polling_area pa left join tree t on t.code = pa.commune_code
                    where pa.election_id = :election %s
                ), latest as (
                    select distinct on (r.polling_area_id) r.polling_area_id, r.voted, r.reported_at
                    from turnout_report r where r.election_id = :election and r.current %s
                    order by r.polling_area_id, r.checkpoint desc
                )
                select a.part, au.name, au.level, count(*), count(l.polling_area_id), coalesce(sum(a.on_list), 0),
                       coalesce(sum(l.voted), 0), max(l.reported_at)
                from areas a left join latest l on l.polling_area_id = a.id
                left join administrative_unit au on au.code = a.part
                group by a.part, au.name, au.level order by a.part""".formatted(
                                scope == null ? "parent_code is null" : "parent_code = :scope",
                                scope == null ? "" : "and (pa.commune_code = :scope or t.code is not null)",
                                at == null ? "" : "and r.checkpoint = :checkpoint"))
                .setParameter("election", electionId);
        if (scope != null) {
            query.setParameter("scope", scope);
        }
        if (at != null) {
            query.setParameter("checkpoint", at);
        }
        List<TurnoutSummary.Part> parts = new ArrayList<>();
        long reported = 0;
        long total = 0;
        long onList = 0;
        long voted = 0;
        OffsetDateTime last = null;
        for (Object row : query.getResultList()) {
            Object[] r = (Object[]) row;
            TurnoutSummary.Figures f = figures(num(r[4]), num(r[3]), num(r[5]), num(r[6]), UnitResults.time(r[7]));
            reported += f.pollingAreasReported();
            total += f.pollingAreasTotal();
            onList += f.votersOnList();
            voted += f.voted();
            if (f.lastReportAt() != null && (last == null || f.lastReportAt().isAfter(last))) {
                last = f.lastReportAt();
            }
            if (r[0] != null) {
                parts.add(new TurnoutSummary.Part(
                        (String) r[0],
                        (String) r[1],
                        r[2] == null ? null : AdministrativeLevel.valueOf((String) r[2]),
                        f));
            }
        }
        return new TurnoutSummary(
                scope,
                unit == null ? null : unit.name(),
                unit == null ? null : unit.level(),
                at,
                figures(reported, total, onList, voted, last),
                parts,
                closure.closedAt(electionId).orElse(null));
    }

    private static TurnoutSummary.Figures figures(
            long reported, long total, long onList, long voted, OffsetDateTime last) {
        return new TurnoutSummary.Figures(reported, total, onList, voted, Percentages.of(voted, onList), last);
    }

    private static long num(Object value) {
        return ((Number) value).longValue();
    }
}
