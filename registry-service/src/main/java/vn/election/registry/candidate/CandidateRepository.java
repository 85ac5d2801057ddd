package vn.election.registry.candidate;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

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

    /** ORG-3: whether this person stands (has not withdrawn) in one of these units. */
    public boolean standsIn(List<UUID> unitIds, String fullName, LocalDate birthDate) {
        return !unitIds.isEmpty()
                && count(
                                "electoralUnitId in ?1 and fullName = ?2 and birthDate = ?3 "
                                        + "and withdrawnAt is null",
                                unitIds,
                                fullName,
                                birthDate)
                        > 0;
    }

    /** C-8: {candidates, women} on the body's published official lists, withdrawals left out. */
    long[] onPublishedLists(UUID electionId, vn.election.events.Body body) {
        Object[] row = (Object[]) getEntityManager()
                .createQuery("""
                        select count(c), coalesce(sum(case when c.gender = :female then 1 else 0 end), 0)
                        from Candidate c where c.electionId = :election and c.body = :body and c.withdrawnAt is null
                        and exists (select 1 from CandidateList l where l.electoralUnitId = c.electoralUnitId)""")
                .setParameter("female", Candidate.Gender.FEMALE)
                .setParameter("election", electionId)
                .setParameter("body", body)
                .getSingleResult();
        return new long[] {((Number) row[0]).longValue(), ((Number) row[1]).longValue()};
    }
}
