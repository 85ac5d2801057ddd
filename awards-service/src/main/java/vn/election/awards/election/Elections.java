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
public class Elections implements PanacheRepositoryBase<Election, UUID> {

    private final Clock clock;

    public Elections(Clock clock) {
        this.clock = clock;
    }

    /** The election a request refers to; unknown is a 422 on {@code field}, since the body is well-formed. */
    public Election known(UUID id, String field) {
        return findByIdOptional(id).orElseThrow(() -> UnknownReference.of(field, "election", id));
    }

    /** Applies an {@code ElectionDefined}; a later definition of the same election replaces the earlier. */
    void apply(ElectionDefined event) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        findByIdOptional(event.electionId())
                .ifPresentOrElse(
                        known -> known.redefine(event.name(), event.electionDay(), event.ruleset(), now),
                        () -> persist(new Election(
                                event.electionId(), event.name(), event.electionDay(), event.ruleset(), now)));
    }
}
