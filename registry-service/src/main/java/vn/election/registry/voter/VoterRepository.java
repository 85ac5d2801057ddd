package vn.election.registry.voter;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;
import vn.election.kit.problem.ProblemException;
import vn.election.kit.text.Texts;

@ApplicationScoped
public class VoterRepository implements PanacheRepositoryBase<Voter, Voter.Key> {

    /** The voter on a list of the election; 404 if there is none. */
    Voter require(UUID electionId, String citizenId) {
        return findByIdOptional(new Voter.Key(electionId, citizenId))
                .orElseThrow(() -> ProblemException.notFound("voter", citizenId));
    }

    /**
     * Adds one checked voter to an area's list (V-8, V-9); false if the citizen is on a list of the election
     * already (V-4: the key refuses them).
     */
    boolean add(UUID electionId, VoterRowRules.CheckedRow row) {
        return getEntityManager()
                        .createNativeQuery("""
                                insert into voter (election_id, citizen_id, full_name, name_folded, birth_date,
                                    category, polling_area_id)
                                values (?1, ?2, ?3, ?4, ?5, ?6, ?7) on conflict do nothing""")
                        .setParameter(1, electionId)
                        .setParameter(2, row.citizenId())
                        .setParameter(3, row.name())
                        .setParameter(4, Texts.fold(row.name()))
                        .setParameter(5, row.birthDate())
                        .setParameter(6, row.category())
                        .setParameter(7, row.area())
                        .executeUpdate()
                > 0;
    }

    /** Corrects a voter's record (V-8): name, date of birth, category; the list they are on stays. */
    Voter correct(Voter voter, VoterRowRules.CheckedRow row) {
        getEntityManager()
                .createNativeQuery("""
                        update voter set full_name = ?3, name_folded = ?4, birth_date = ?5, category = ?6
                        where election_id = ?1 and citizen_id = ?2""")
                .setParameter(1, voter.electionId)
                .setParameter(2, voter.citizenId)
                .setParameter(3, row.name())
                .setParameter(4, Texts.fold(row.name()))
                .setParameter(5, row.birthDate())
                .setParameter(6, row.category())
                .executeUpdate();
        getEntityManager().refresh(voter);
        return voter;
    }

    /** Takes the voter off the list (V-9); a voter removed meanwhile by another request stays removed. */
    void remove(Voter voter) {
        delete("electionId = ?1 and citizenId = ?2", voter.electionId, voter.citizenId);
    }
}
