package vn.election.tally.turnout;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.UUID;
import vn.election.events.tally.PollingClosed;
import vn.election.kit.outbox.Outbox;

/**
 * "All KVBPs closed": the moment the last polling area of an election reports its close-of-polls
 * turnout, recorded once per election and announced with {@link PollingClosed}.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class PollingClosure {

    private final EntityManager em;
    private final PollingClosedRepository closings;
    private final Outbox outbox;

    public PollingClosure(EntityManager em, PollingClosedRepository closings, Outbox outbox) {
        this.em = em;
        this.closings = closings;
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
        closings.lock(electionId);
        closings.recordIfAllClosed(electionId, at)
                .ifPresent(pollingAreas -> outbox.record(new PollingClosed(electionId, pollingAreas, at)));
    }

    /** When every polling area of the election had reported its close figure; empty until then. */
    public Optional<OffsetDateTime> closedAt(UUID electionId) {
        return closings.closedAt(electionId);
    }
}
