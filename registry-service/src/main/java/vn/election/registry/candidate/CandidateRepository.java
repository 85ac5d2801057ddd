package vn.election.registry.candidate;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import vn.election.events.Body;

@ApplicationScoped
public class CandidateRepository implements PanacheRepositoryBase<Candidate, UUID> {

    /** The unit's candidates who have not withdrawn, in ballot order. */
    List<Candidate> activeInUnit(UUID unitId) {
        return list("electoralUnitId = ?1 and withdrawnAt is null", unitId).stream()
                .sorted(Comparator.comparing(Candidate::ballotKey))
                .toList();
    }

    List<Candidate> inUnit(UUID unitId) {
        return list("electoralUnitId = ?1", unitId).stream()
                .sorted(Comparator.comparing(Candidate::ballotKey))
                .toList();
    }

    List<Candidate> activeFilings(UUID electionId, String citizenId) {
        return list("electionId = ?1 and citizenId = ?2 and withdrawnAt is null", electionId, citizenId);
    }

    /** ORG-3: whether the person of {@code citizenId} stands (has not withdrawn) in one of these units. */
    public boolean standsIn(List<UUID> unitIds, String citizenId) {
        return !unitIds.isEmpty()
                && count("electoralUnitId in ?1 and citizenId = ?2 and withdrawnAt is null", unitIds, citizenId) > 0;
    }

    /** ORG-3: the standing candidacies in these units of the persons of {@code citizenIds}. */
    public List<Candidate> standingIn(List<UUID> unitIds, Collection<String> citizenIds) {
        if (unitIds.isEmpty() || citizenIds.isEmpty()) {
            return List.of();
        }
        return list("electoralUnitId in ?1 and citizenId in ?2 and withdrawnAt is null", unitIds, citizenIds);
    }

    /** C-5: whether this person has filed for this body in this election (withdrawn or not). */
    boolean filedFor(UUID electionId, String citizenId, Body body) {
        return count("electionId = ?1 and citizenId = ?2 and body = ?3", electionId, citizenId, body) > 0;
    }

    /** C-5 counts one person's filings: holds off the person's other filings until this transaction ends. */
    void lockFilingsOf(UUID electionId, String citizenId) {
        getEntityManager()
                .createNativeQuery("select pg_advisory_xact_lock(hashtextextended(?1, 0))")
                .setParameter(1, electionId + "/" + citizenId)
                .getSingleResult();
    }
}
