package vn.election.awards.nomination;

import static vn.election.awards.Text.nfc;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import vn.election.kit.problem.Problem;
import vn.election.kit.problem.ProblemException;
import vn.election.kit.problem.ProblemType;

/**
 * The state machine of K-9: takes a transition if the acting role is the one {@link Action} names and the
 * nomination is in one of its source states, and records who took it, when and why.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class Workflow {

    private final EntityManager em;
    private final Clock clock;

    public Workflow(EntityManager em, Clock clock) {
        this.em = em;
        this.clock = clock;
    }

    public void take(Nomination nomination, Action action, String actingRole, String actor, String reason) {
        checkAllowed(nomination, action, actingRole);
        record(nomination, action, actingRole, actor, reason);
    }

    /** The acting role is the one K-9 gives the action (403), and the nomination is in a source state (409). */
    public void checkAllowed(Nomination nomination, Action action, String actingRole) {
        if (!action.role().equals(actingRole)) {
            throw new ProblemException(ProblemType.FORBIDDEN, "K-9: " + action + " is taken by " + action.role(),
                    List.of(new Problem.FieldError("actingRole", "K-9",
                            action + " is taken by " + action.role() + ", not " + actingRole)));
        }
        if (!action.from().contains(nomination.state)) {
            throw ProblemException.conflict("K-9: " + action + " is taken from " + action.from()
                    + "; nomination " + nomination.id + " is " + nomination.state);
        }
    }

    /**
     * Records a transition the caller has checked with {@link #checkAllowed}, or one that follows from
     * such a transition (a forwarded nomination arrives SUBMITTED in the higher campaign, submitted by
     * the approver who forwarded it).
     */
    void record(Nomination nomination, Action action, String actingRole, String actor, String reason) {
        em.persist(new NominationTransition(nomination.id, action, nomination.state, actingRole, nfc(actor),
                nfc(reason), OffsetDateTime.now(clock)));
        nomination.state = action.to();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    List<NominationTransition> history(UUID nominationId) {
        return em.createQuery("from NominationTransition where nominationId = ?1 order by id", NominationTransition.class)
                .setParameter(1, nominationId).getResultList();
    }
}
