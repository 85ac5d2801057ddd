package vn.election.tally.term;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import vn.election.events.Body;

/**
 * The figures of the term (W-7, D-13) in set-based SQL: the seats of a body, the deputies elected in its
 * certified units (an annulled first round's winners do not count, D-10) and the vacancies recorded since.
 */
@ApplicationScoped
class TermQueries {

    /** The winners that stand: those of a certified unit, but of an annulled first round (D-10). */
    private static final String STANDING_WINNERS = """
            from unit_result ur join unit_round r on r.unit_id = ur.unit_id
            where r.status = 'FINAL' and (r.annulment_id is null or ur.round <> 1)""";

    private final EntityManager em;

    TermQueries(EntityManager em) {
        this.em = em;
    }

    /**
     * @param seats   the seats of the body's units in the scope
     * @param elected the deputies elected in those of them that are certified
     * @param vacated the vacancies recorded among them
     */
    record Seats(long seats, long elected, long vacated) {
        long sitting() {
            return elected - vacated;
        }
    }

    /** The certified unit that elected this candidate, if any. */
    Optional<UUID> certifiedUnitOf(UUID electionId, UUID candidateId) {
        List<?> units = em.createNativeQuery("select ur.unit_id " + STANDING_WINNERS
                        + " and r.election_id = ?1 and cast(?2 as uuid) = any(ur.elected)")
                .setParameter(1, electionId)
                .setParameter(2, candidateId)
                .getResultList();
        return units.stream().map(UUID.class::cast).findFirst();
    }

    /**
     * The seats and deputies of a body: the nation's for the NA, an administrative unit's council otherwise.
     *
     * @param administrativeUnit the council's administrative unit; null for the NA
     */
    Seats seats(UUID electionId, Body body, String administrativeUnit) {
        Object[] row = (Object[]) em.createNativeQuery("""
                        select coalesce(sum(eu.seats), 0),
                               coalesce(sum((select sum(cardinality(ur.elected)) %s and ur.unit_id = eu.id)), 0),
                               coalesce(sum((select count(*) from vacancy v where v.unit_id = eu.id)), 0)
                        from electoral_unit eu
                        where eu.election_id = ?1 and eu.body = ?2
                          and (cast(?3 as varchar) is null or eu.administrative_unit_code = ?3)""".formatted(STANDING_WINNERS))
                .setParameter(1, electionId)
                .setParameter(2, body.name())
                .setParameter(3, administrativeUnit)
                .getSingleResult();
        return new Seats(num(row[0]), num(row[1]), num(row[2]));
    }

    private static long num(Object value) {
        return ((Number) value).longValue();
    }
}
