package vn.election.tally.term;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

/** The vacancies of the term (W-7), in the order they happened. */
@ApplicationScoped
public class VacancyRepository implements PanacheRepositoryBase<Vacancy, UUID> {

    List<Vacancy> ofElection(UUID electionId) {
        return list("electionId = ?1 order by leftOn, id", electionId);
    }

    boolean recorded(UUID electionId, UUID candidateId) {
        return count("electionId = ?1 and candidateId = ?2", electionId, candidateId) > 0;
    }
}
