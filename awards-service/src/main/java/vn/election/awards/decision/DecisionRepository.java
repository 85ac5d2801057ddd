package vn.election.awards.decision;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.UUID;
import vn.election.awards.UnknownReference;
import vn.election.kit.problem.ProblemException;

/** Decisions, their awards, and the counters that number them (K-10). */
@ApplicationScoped
public class DecisionRepository implements PanacheRepositoryBase<Decision, UUID> {

    private final EntityManager em;

    public DecisionRepository(EntityManager em) {
        this.em = em;
    }

    public Decision get(UUID id) {
        return findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("decision", id));
    }

    /**
     * K-10: the next number of {@code issuerKey} in {@code year}, from 1. The counter row is advanced with
     * one upsert, which row-locks it until the deciding transaction ends: concurrent decisions of the
     * same issuer wait for each other, so numbers are unique, and a rolled back decision gives its
     * number back, so there are no gaps.
     */
    int nextNumber(String issuerKey, int year) {
        return ((Number) em.createNativeQuery("""
                        insert into decision_counter (issuer_key, year, last_number) values (?1, ?2, 1)
                        on conflict (issuer_key, year) do update set last_number = decision_counter.last_number + 1
                        returning last_number""")
                        .setParameter(1, issuerKey)
                        .setParameter(2, year)
                        .getSingleResult())
                .intValue();
    }

    public List<Award> awards(UUID decisionId) {
        return em.createQuery("from Award where decisionId = ?1 order by id", Award.class)
                .setParameter(1, decisionId)
                .getResultList();
    }

    /** The award of {@code nomineeId} in the decision: an unknown nominee is 422 on {@code field}. */
    Award award(UUID decisionId, UUID nomineeId, String field) {
        return em.createQuery("from Award where decisionId = ?1 and nomineeId = ?2", Award.class)
                .setParameter(1, decisionId)
                .setParameter(2, nomineeId)
                .getResultStream()
                .findFirst()
                .orElseThrow(() -> UnknownReference.of(field, "nominee of decision " + decisionId, nomineeId));
    }

    void persist(Award award) {
        em.persist(award);
    }
}
