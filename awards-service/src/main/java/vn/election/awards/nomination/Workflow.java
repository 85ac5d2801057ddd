package vn.election.awards.nomination;

import static vn.election.awards.Text.nfc;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.TreeSet;
import java.util.UUID;
import vn.election.kit.problem.Problem;
import vn.election.kit.problem.ProblemException;
import vn.election.kit.problem.ProblemType;
import vn.election.kit.security.Caller;

/**
 * The state machine of K-9: takes a transition if the caller's token holds the role {@link Action} gives it
 * and the nomination is in one of its source states, and records who took it (the token's subject), in
 * which role, when and why.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class Workflow {

    private final EntityManager em;
    private final Caller caller;
    private final Clock clock;

    public Workflow(EntityManager em, Caller caller, Clock clock) {
        this.em = em;
        this.caller = caller;
        this.clock = clock;
    }

    public void take(Nomination nomination, Action action, String reason) {
        String role = actingRole(action);
        checkState(nomination, action);
        record(nomination, action, role, reason);
    }

    /** The role in which the caller takes {@code action}: the one K-9 gives it (403 naming K-9 otherwise). */
    public String actingRole(Action action) {
        if (!caller.hasRole(action.role())) {
            throw new ProblemException(
                    ProblemType.FORBIDDEN,
                    "K-9: " + action + " is taken by " + action.role(),
                    List.of(new Problem.FieldError(
                            "action",
                            "K-9",
                            action + " is taken by " + action.role() + "; the caller holds "
                                    + new TreeSet<>(caller.roles()))));
        }
        return action.role();
    }

    /** The nomination is in a source state of {@code action} (409 otherwise). */
    public void checkState(Nomination nomination, Action action) {
        if (!action.from().contains(nomination.state)) {
            throw ProblemException.conflict("K-9: " + action + " is taken from " + action.from() + "; nomination "
                    + nomination.id + " is " + nomination.state);
        }
    }

    /**
     * Records a transition whose role and state are checked, or one that follows from such a transition
     * (a forwarded nomination arrives SUBMITTED in the higher campaign, submitted by the approver who
     * forwarded it).
     */
    void record(Nomination nomination, Action action, String actingRole, String reason) {
        em.persist(new NominationTransition(
                nomination.id,
                action,
                nomination.state,
                actingRole,
                caller.actor(),
                nfc(reason),
                OffsetDateTime.now(clock)));
        nomination.state = action.to();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    List<NominationTransition> history(UUID nominationId) {
        return em.createQuery(
                        "from NominationTransition where nominationId = ?1 order by id", NominationTransition.class)
                .setParameter(1, nominationId)
                .getResultList();
    }
}
