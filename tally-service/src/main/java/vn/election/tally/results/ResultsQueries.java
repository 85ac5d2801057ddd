package vn.election.tally.results;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import vn.election.events.Body;
import vn.election.events.tally.UnitStatus;

/** Unit results summed per body with set-based SQL, for the roll-ups (M-6, M-7). */
@ApplicationScoped
public class ResultsQueries {

    private final EntityManager em;

    public ResultsQueries(EntityManager em) {
        this.em = em;
    }

    /**
     * The sums of one body's units.
     *
     * @param elected        winners of every determined round, but an annulled one's (W-6, D-10: only a first
     *                       round is annulled)
     * @param reported       polling areas whose minutes of their unit's current round are in
     * @param expected       polling areas that vote in the units (PA-4)
     * @param unitsByStatus  how many units are in each state (W-8)
     */
    record BodyFigures(
            Body body,
            long units,
            long seats,
            long elected,
            long reported,
            long expected,
            long totalVoters,
            long participated,
            long valid,
            long invalid,
            Map<UnitStatus, Long> unitsByStatus) {}

    /**
     * The sums per body of an election's units, or of one province's (its own units and those of every
     * administrative unit below it: its communes, and under the 2021 ruleset its districts and their communes):
     * the current minutes of every unit's current round (CK-7), and the winners of every determined round.
     */
    List<BodyFigures> byBody(UUID electionId, String province) {
        // the province's subtree, walked as the published reader walks it: one level of parents would miss the
        // communes of a 2021 district (M-6)
        String scope = province == null ? "" : """
                with recursive scope(code) as (
                    select cast(?2 as varchar)
                    union all
                    select a.code from administrative_unit a join scope s on a.parent_code = s.code)
                """;
        String inProvince = province == null ? "" : " and eu.administrative_unit_code in (select code from scope)";
        var query = em.createNativeQuery(scope + """
                select eu.body, count(*), sum(eu.seats), coalesce(sum(w.elected), 0),
                       coalesce(sum(f.reported), 0), coalesce(sum(x.expected), 0), coalesce(sum(f.total_voters), 0),
                       coalesce(sum(f.participated), 0), coalesce(sum(f.valid), 0), coalesce(sum(f.invalid), 0),
                       string_agg(coalesce(r.status, 'FIRST_COUNT'), ',')
                from electoral_unit eu
                left join unit_round r on r.unit_id = eu.id
                left join (select m.unit_id, count(*) reported, sum(m.total_voters) total_voters,
                                  sum(m.voters_participated) participated, sum(m.valid) valid, sum(m.invalid) invalid
                           from count_minutes m left join unit_round mr on mr.unit_id = m.unit_id
                           where m.election_id = ?1 and m.current and m.round = coalesce(mr.round, 1)
                           group by m.unit_id) f on f.unit_id = eu.id
                left join (select pau.unit_id, count(*) expected from polling_area_unit pau
                           join polling_area pa on pa.id = pau.polling_area_id where pa.election_id = ?1
                           group by pau.unit_id) x on x.unit_id = eu.id
                left join (select ur.unit_id, sum(cardinality(ur.elected)) elected from unit_result ur
                           join unit_round ar on ar.unit_id = ur.unit_id
                           where ar.annulment_id is null or ur.round <> 1
                           group by ur.unit_id) w on w.unit_id = eu.id
                where eu.election_id = ?1""" + inProvince + " group by eu.body order by eu.body")
                .setParameter(1, electionId);
        if (province != null) {
            query.setParameter(2, province);
        }
        List<BodyFigures> bodies = new ArrayList<>();
        for (Object row : query.getResultList()) {
            Object[] r = (Object[]) row;
            Map<UnitStatus, Long> byStatus = new EnumMap<>(UnitStatus.class);
            for (String status : ((String) r[10]).split(",")) {
                byStatus.merge(UnitStatus.valueOf(status), 1L, Long::sum);
            }
            bodies.add(new BodyFigures(
                    Body.valueOf((String) r[0]),
                    num(r[1]),
                    num(r[2]),
                    num(r[3]),
                    num(r[4]),
                    num(r[5]),
                    num(r[6]),
                    num(r[7]),
                    num(r[8]),
                    num(r[9]),
                    byStatus));
        }
        return bodies;
    }

    private static long num(Object value) {
        return ((Number) value).longValue();
    }
}
