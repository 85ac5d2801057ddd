package vn.election.tally.turnout;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import vn.election.events.registry.AdministrativeLevel;
import vn.election.tally.election.Timestamps;

/**
 * Turnout summed per part of a scope, in one set-based query: every polling area of the scope with
 * its list, each area's latest (or one checkpoint's) current figure.
 */
@ApplicationScoped
public class TurnoutQueries {

    private final EntityManager em;

    public TurnoutQueries(EntityManager em) {
        this.em = em;
    }

    /**
     * The turnout of one part of a scope.
     *
     * @param code         the part, an administrative unit just below the scope; null for the polling areas
     *                     that lie in the scope itself (a commune's own)
     * @param pollingAreas polling areas of the part, reported or not
     * @param reported     those with a figure counted
     * @param votersOnList voters on the lists of every polling area of the part
     * @param lastReportAt the newest report counted; null when none
     */
    record Part(
            String code,
            String name,
            AdministrativeLevel level,
            long pollingAreas,
            long reported,
            long votersOnList,
            long voted,
            OffsetDateTime lastReportAt) {}

    /**
     * The parts of a scope are its children; each polling area counts in the child above its commune, or
     * in none when it lies in the scope itself.
     *
     * @param scope      an administrative unit code, or null for the nation
     * @param checkpoint one checkpoint, or null for each polling area's latest report
     */
    List<Part> parts(UUID electionId, String scope, String checkpoint) {
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
                                checkpoint == null ? "" : "and r.checkpoint = :checkpoint"))
                .setParameter("election", electionId);
        if (scope != null) {
            query.setParameter("scope", scope);
        }
        if (checkpoint != null) {
            query.setParameter("checkpoint", checkpoint);
        }
        List<Part> parts = new ArrayList<>();
        for (Object row : query.getResultList()) {
            Object[] r = (Object[]) row;
            parts.add(new Part(
                    (String) r[0],
                    (String) r[1],
                    r[2] == null ? null : AdministrativeLevel.valueOf((String) r[2]),
                    num(r[3]),
                    num(r[4]),
                    num(r[5]),
                    num(r[6]),
                    Timestamps.of(r[7])));
        }
        return parts;
    }

    private static long num(Object value) {
        return ((Number) value).longValue();
    }
}
