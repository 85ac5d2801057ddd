package vn.election.registry.voter;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;
import vn.election.kit.problem.ProblemException;

@ApplicationScoped
public class VoterRepository implements PanacheRepositoryBase<Voter, Voter.Key> {

    /** The voter on a list of the election; 404 if there is none. */
    Voter require(UUID electionId, String citizenId) {
        return findByIdOptional(new Voter.Key(electionId, citizenId))
                .orElseThrow(() -> ProblemException.notFound("voter", citizenId));
    }

    /** Takes the voter off the list (V-9); a voter removed meanwhile by another request stays removed. */
    void remove(Voter voter) {
        delete("electionId = ?1 and citizenId = ?2", voter.electionId, voter.citizenId);
    }
}
