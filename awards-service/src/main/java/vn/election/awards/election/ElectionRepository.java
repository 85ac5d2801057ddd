package vn.election.awards.election;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.UUID;
import vn.election.awards.UnknownReference;
import vn.election.events.registry.ElectionDefined;

/** The elections learned from the registry. */
@ApplicationScoped
public class ElectionRepository implements PanacheRepositoryBase<Election, UUID> {

    private final Clock clock;

    public ElectionRepository(Clock clock) {
        this.clock = clock;
    }

    /** The election a request refers to; unknown is a 422 on {@code field}, since the body is well-formed. */
    public Election known(UUID id, String field) {
        return findByIdOptional(id).orElseThrow(() -> UnknownReference.of(field, "election", id));
    }

    /** Learns an election from the registry; a later definition of the same election replaces the earlier. */
    public void learn(ElectionDefined event) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        findByIdOptional(event.electionId())
                .ifPresentOrElse(
                        known -> known.redefine(event.name(), event.electionDay(), event.ruleset(), event.drill(), now),
                        () -> persist(new Election(
                                event.electionId(),
                                event.name(),
                                event.electionDay(),
                                event.ruleset(),
                                event.drill(),
                                now)));
    }
}
