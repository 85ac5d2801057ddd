package vn.election.tally.term;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

/** The by-elections of the term (W-7), by date. */
@ApplicationScoped
public class ByElectionRepository implements PanacheRepositoryBase<ByElection, UUID> {

    List<ByElection> ofElection(UUID electionId) {
        return list("electionId = ?1 order by date, id", electionId);
    }
}
