package vn.election.tally.turnout;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.UUID;
import vn.election.tally.election.Timestamps;

/** When every polling area of an election had reported its close-of-polls turnout ("all KVBPs closed", R-1). */
@ApplicationScoped
public class PollingClosedRepository {

    private final EntityManager em;

    public PollingClosedRepository(EntityManager em) {
        this.em = em;
    }

    /** Serializes the close reports of one election until the caller's transaction ends. */
    void lock(UUID electionId) {
        em.createNativeQuery("select pg_advisory_xact_lock(hashtext('tally.polling-closed'), hashtext(?1))")
                .setParameter(1, electionId.toString())
                .getSingleResult();
    }

    /**
     * Records the closing of the election's polls at {@code at}, once: when every polling area of the election
     * has a current close figure and no closing is recorded yet.
     *
     * @return the number of polling areas closed, when this call recorded the closing
     */
    OptionalInt recordIfAllClosed(UUID electionId, OffsetDateTime at) {
        List<?> inserted = em.createNativeQuery("""
                        insert into polling_closed (election_id, polling_areas, closed_at)
                        select ?1, count(*), ?2 from polling_area where election_id = ?1
                        having count(*) = (select count(distinct polling_area_id) from turnout_report
                                           where election_id = ?1 and checkpoint = ?3 and current)
                        on conflict do nothing returning polling_areas""")
                .setParameter(1, electionId)
                .setParameter(2, at)
                .setParameter(3, Checkpoints.CLOSE)
                .getResultList();
        return inserted.isEmpty() ? OptionalInt.empty() : OptionalInt.of(((Number) inserted.get(0)).intValue());
    }

    /** When the election's polls closed; empty until then. */
    Optional<OffsetDateTime> closedAt(UUID electionId) {
        List<?> rows = em.createNativeQuery("select closed_at from polling_closed where election_id = ?1")
                .setParameter(1, electionId)
                .getResultList();
        return rows.stream().findFirst().map(Timestamps::of);
    }
}
