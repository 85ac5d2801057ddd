package vn.election.tally.exports;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import vn.election.events.Body;

/**
 * The electoral units an export covers, in the order officials read them: body (National Assembly
 * first), administrative unit, number; built into views a chunk at a time.
 */
@ApplicationScoped
@Transactional
public class ExportQueries {

    /** Units built into views at once: bounded, so that a national export never loads all in one query. */
    static final int CHUNK = 500;

    private final EntityManager em;

    public ExportQueries(EntityManager em) {
        this.em = em;
    }

    private record Row(UUID id, Body body, String administrativeUnit, int number) {}

    /**
     * @param body               only this body, or all
     * @param administrativeUnit only units of this administrative unit and those below it, or all
     */
    public List<UUID> units(UUID electionId, Body body, String administrativeUnit) {
        var query = em.createNativeQuery((administrativeUnit == null ? "" : """
                        with recursive scope(code) as (
                            select cast(:scope as varchar)
                            union all
                            select a.code from administrative_unit a join scope s on a.parent_code = s.code)
                        """)
                        + "select id, body, administrative_unit_code, number from electoral_unit "
                        + "where election_id = :election"
                        + (body == null ? "" : " and body = :body")
                        + (administrativeUnit == null
                                ? ""
                                : " and administrative_unit_code in (select code from scope)"))
                .setParameter("election", electionId);
        if (body != null) {
            query.setParameter("body", body.name());
        }
        if (administrativeUnit != null) {
            query.setParameter("scope", administrativeUnit);
        }
        List<Row> rows = new ArrayList<>();
        for (Object row : query.getResultList()) {
            Object[] r = (Object[]) row;
            rows.add(new Row((UUID) r[0], Body.valueOf((String) r[1]), (String) r[2], ((Number) r[3]).intValue()));
        }
        rows.sort(Comparator.comparing(Row::body)
                .thenComparing(Row::administrativeUnit)
                .thenComparingInt(Row::number));
        return rows.stream().map(Row::id).toList();
    }

    /** Splits units into chunks of {@link #CHUNK}. */
    static List<List<UUID>> chunks(List<UUID> units) {
        List<List<UUID>> chunks = new ArrayList<>();
        for (int from = 0; from < units.size(); from += CHUNK) {
            chunks.add(units.subList(from, Math.min(units.size(), from + CHUNK)));
        }
        return chunks;
    }
}
