package vn.election.tally.election;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.UUID;
import vn.election.events.registry.ElectionDefined;

/** The elections learned from the registry. */
@ApplicationScoped
public class KnownElectionRepository implements PanacheRepositoryBase<KnownElection, UUID> {

    private final Clock clock;

    public KnownElectionRepository(Clock clock) {
        this.clock = clock;
    }

    /** D-28: whether the election is a drill; an election not (yet) known is not. */
    public boolean isDrill(UUID electionId) {
        return findByIdOptional(electionId).map(KnownElection::drill).orElse(false);
    }

    /** Applies an {@code ElectionDefined}: creates the election or brings it up to date. */
    public void apply(ElectionDefined event) {
        KnownElection election = findByIdOptional(event.electionId()).orElseGet(() -> {
            var created = new KnownElection(event.electionId());
            created.learn(event, OffsetDateTime.now(clock));
            persist(created);
            return created;
        });
        election.learn(event, OffsetDateTime.now(clock));
    }
}
