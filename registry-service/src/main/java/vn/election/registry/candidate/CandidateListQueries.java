package vn.election.registry.candidate;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.UUID;
import vn.election.events.Body;

/** Sums over the official candidate lists. */
@ApplicationScoped
public class CandidateListQueries {

    private final EntityManager em;

    public CandidateListQueries(EntityManager em) {
        this.em = em;
    }

    /** Candidates on a body's published lists who have not withdrawn, and how many of them are women. */
    record WomenCount(long candidates, long women) {}

    /** C-8: the candidates and women on the body's published official lists, withdrawals left out. */
    WomenCount womenOnPublishedLists(UUID electionId, Body body) {
        return em.createQuery("""
                        select new vn.election.registry.candidate.CandidateListQueries$WomenCount(count(c),
                            coalesce(sum(case when c.gender = :female then 1 else 0 end), 0))
                        from Candidate c where c.electionId = :election and c.body = :body and c.withdrawnAt is null
                        and exists (select 1 from CandidateList l where l.electoralUnitId = c.electoralUnitId)""", WomenCount.class)
                .setParameter("female", Candidate.Gender.FEMALE)
                .setParameter("election", electionId)
                .setParameter("body", body)
                .getSingleResult();
    }
}
