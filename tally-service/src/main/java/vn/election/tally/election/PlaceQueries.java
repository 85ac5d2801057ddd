package vn.election.tally.election;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import vn.election.events.Body;

/**
 * Where places lie in the structure learned from the registry: the electoral unit a polling area votes in
 * for each body (PA-4), the administrative unit of an electoral unit, and the parents of an administrative
 * unit up to its province.
 */
@ApplicationScoped
public class PlaceQueries {

    /** Provinces hold districts hold communes: no chain of parents is longer; a longer one is a cycle. */
    private static final int MAX_DEPTH = 5;

    private final EntityManager em;

    public PlaceQueries(EntityManager em) {
        this.em = em;
    }

    /** The electoral unit a polling area votes in for a body (PA-4). */
    public record VotingUnit(UUID pollingAreaId, Body body, UUID unitId) {}

    /** A polling area's commune and one of its voting units; {@code unit} is null when it votes in none. */
    record Placement(UUID pollingAreaId, String communeCode, VotingUnit unit) {}

    /** The communes and voting units of these polling areas, in one query; an unknown polling area is absent. */
    List<Placement> placements(Collection<UUID> pollingAreas) {
        List<Placement> placements = new ArrayList<>();
        for (Object row :
                em.createNativeQuery("""
                        select pa.id, pa.commune_code, pau.body, pau.unit_id from polling_area pa
                        left join polling_area_unit pau on pau.polling_area_id = pa.id
                        where pa.id in (?1)""").setParameter(1, pollingAreas).getResultList()) {
            Object[] r = (Object[]) row;
            UUID area = (UUID) r[0];
            placements.add(new Placement(
                    area,
                    (String) r[1],
                    r[2] == null ? null : new VotingUnit(area, Body.valueOf((String) r[2]), (UUID) r[3])));
        }
        return placements;
    }

    /**
     * The electoral unit a polling area votes in for a body (PA-4), and the voters on that body's finalized list
     * there (D-18); {@code listedVoters} is null while the list has not arrived (D-19).
     */
    public record VotingList(UUID pollingAreaId, Body body, UUID unitId, Integer listedVoters) {}

    /**
     * The unit each of these polling areas votes in per body (PA-4) and its list's count: one query, by key. It
     * does not check the election: joining the polling areas for it made PostgreSQL read every polling area of the
     * election. The counts' side repeats the areas so that it too is read by key, not scanned whole.
     */
    public List<VotingList> votingLists(Collection<UUID> pollingAreas) {
        List<VotingList> lists = new ArrayList<>();
        for (Object row :
                em.createNativeQuery("""
                        select u.polling_area_id, u.body, u.unit_id, v.voters from polling_area_unit u
                        left join polling_area_voters v on v.polling_area_id = u.polling_area_id and v.body = u.body
                            and v.polling_area_id in (?1)
                        where u.polling_area_id in (?1)""").setParameter(1, pollingAreas).getResultList()) {
            Object[] r = (Object[]) row;
            lists.add(new VotingList(
                    (UUID) r[0],
                    Body.valueOf((String) r[1]),
                    (UUID) r[2],
                    r[3] == null ? null : ((Number) r[3]).intValue()));
        }
        return lists;
    }

    /** The administrative unit of an electoral unit; empty when the unit is unknown. */
    Optional<String> administrativeUnitOf(UUID electoralUnit) {
        List<?> codes = em.createNativeQuery("select administrative_unit_code from electoral_unit where id = ?1")
                .setParameter(1, electoralUnit)
                .getResultList();
        return codes.isEmpty() ? Optional.empty() : Optional.of((String) codes.get(0));
    }

    /** The code and the codes of its parents, up to the province; nothing when the code is unknown. */
    @SuppressWarnings("unchecked")
    List<String> lineage(String code) {
        return em.createNativeQuery("""
                        with recursive up (code, parent_code, depth) as (
                            select code, parent_code, 1 from administrative_unit where code = ?1
                            union all
                            select a.code, a.parent_code, up.depth + 1 from administrative_unit a
                            join up on a.code = up.parent_code where up.depth < ?2)
                        select code from up""", String.class)
                .setParameter(1, code)
                .setParameter(2, MAX_DEPTH)
                .getResultList();
    }

    /**
     * For each of these administrative units, itself and every unit above it, nearest first, in one query. It
     * reads the structure only, which no change of results writes: nothing pending is flushed for it.
     */
    public Map<String, List<String>> paths(Set<String> codes) {
        Map<String, List<String>> paths = new HashMap<>();
        for (Object row : em.createNativeQuery("""
                        with recursive up(start, code, parent, depth) as (
                            select code, code, parent_code, 0 from administrative_unit where code in (?1)
                            union all
                            select up.start, a.code, a.parent_code, up.depth + 1
                            from administrative_unit a join up on a.code = up.parent)
                        select start, code from up order by start, depth""")
                .setFlushMode(FlushModeType.COMMIT)
                .setParameter(1, codes)
                .getResultList()) {
            Object[] r = (Object[]) row;
            paths.computeIfAbsent((String) r[0], c -> new ArrayList<>()).add((String) r[1]);
        }
        return paths;
    }
}
