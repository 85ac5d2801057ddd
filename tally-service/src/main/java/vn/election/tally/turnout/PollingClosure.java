package vn.election.tally.turnout;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import vn.election.events.Topics;
import vn.election.events.tally.PollingClosed;
import vn.election.kit.outbox.Outbox;
import vn.election.tally.results.UnitResults;

/**
 * "All KVBPs closed": the moment the last polling area of an election reports its close-of-polls
 * turnout, recorded once per election and announced with {@link PollingClosed}.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class PollingClosure {

    private final EntityManager em;
    private final Outbox outbox;

    public PollingClosure(EntityManager em, Outbox outbox) {
        this.em = em;
        this.outbox = outbox;
    }

    /**
     * A polling area has reported its close figure, in the caller's transaction: if every polling area of
     * the election has now, the closing is recorded and announced. Close reports of one election take a
     * lock until commit, so that of two areas closing last at once, the second sees the first (without
     * it, each would miss the other's uncommitted report and neither would announce the closing).
     */
    void closeReported(UUID electionId, OffsetDateTime at) {
        em.flush();
        em.createNativeQuery("select pg_advisory_xact_lock(hashtext('tally.polling-closed'), hashtext(?1))")
                .setParameter(1, electionId.toString())
                .getSingleResult();
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
        if (!inserted.isEmpty()) {
            outbox.record(
                    Topics.TALLY_MINUTES,
                    electionId.toString(),
                    PollingClosed.TYPE,
                    new PollingClosed(electionId, ((Number) inserted.get(0)).intValue(), at));
        }
    }

    /** When every polling area of the election had reported its close figure; empty until then. */
    public Optional<OffsetDateTime> closedAt(UUID electionId) {
        List<?> rows = em.createNativeQuery("select closed_at from polling_closed where election_id = ?1")
                .setParameter(1, electionId)
                .getResultList();
        return rows.stream().findFirst().map(UnitResults::time);
    }
}
