package vn.election.tally.election;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.jboss.logging.Logger;
import vn.election.events.registry.CandidateListPublished;
import vn.election.events.registry.CandidateWithdrawn;

/** Official candidate lists learned from the registry. */
@ApplicationScoped
public class CandidateListRepository implements PanacheRepositoryBase<CandidateList, UUID> {

    private static final Logger LOG = Logger.getLogger(CandidateListRepository.class);

    private final Clock clock;

    public CandidateListRepository(Clock clock) {
        this.clock = clock;
    }

    public void apply(CandidateListPublished event) {
        CandidateList list = findByIdOptional(event.unitId()).orElseGet(() -> {
            var created = new CandidateList(event.unitId());
            created.learn(event, OffsetDateTime.now(clock));
            persist(created);
            return created;
        });
        list.learn(event, OffsetDateTime.now(clock));
    }

    public void apply(CandidateWithdrawn event) {
        boolean known = findByIdOptional(event.unitId())
                .map(l -> l.withdraw(event.candidateId(), event.reason()))
                .orElse(false);
        if (!known) {
            // a withdrawal before the list that holds the candidate cannot be, as both come in order
            // on one topic and key; if it ever does, there is no one to withdraw
            LOG.warnf("Withdrawal of %s from unit %s: not on any list known here", event.candidateId(), event.unitId());
        }
    }
}
