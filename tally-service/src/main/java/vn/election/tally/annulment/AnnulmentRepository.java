package vn.election.tally.annulment;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

/** The annulments (W-6), oldest first. */
@ApplicationScoped
public class AnnulmentRepository implements PanacheRepositoryBase<Annulment, UUID> {

    List<Annulment> ofElection(UUID electionId) {
        return list("electionId = ?1 order by annulledAt, id", electionId);
    }
}
