package vn.election.awards.nomination;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.TreeSet;
import vn.election.awards.AwardsConfig;
import vn.election.events.Rule;
import vn.election.kit.problem.Problem;
import vn.election.kit.problem.ProblemException;
import vn.election.kit.problem.ProblemType;
import vn.election.kit.security.Caller;

/**
 * The caller's steps in the workflow of K-9: the caller takes an action only in the role {@link Action} gives it,
 * and its step carries who took it (the token's subject) and when.
 */
@ApplicationScoped
public class Steps {

    private final Caller caller;
    private final Clock clock;
    private final AwardsConfig config;

    public Steps(Caller caller, Clock clock, AwardsConfig config) {
        this.caller = caller;
        this.clock = clock;
        this.config = config;
    }

    /** The caller's step taking {@code action}, if its token holds the role K-9 gives it (403 naming K-9 otherwise). */
    public Step authorize(Action action) {
        if (!caller.hasRole(action.role())) {
            throw new ProblemException(
                    ProblemType.FORBIDDEN,
                    Rule.K_9 + ": " + action + " is taken by " + action.role(),
                    List.of(Problem.FieldError.of(
                            "action",
                            Rule.K_9,
                            action + " is taken by " + action.role() + "; the caller holds "
                                    + new TreeSet<>(caller.roles()))));
        }
        return new Step(
                action.role(),
                caller.actor(),
                OffsetDateTime.now(clock),
                config.councilApprovalShare(),
                null,
                null,
                null,
                null,
                null);
    }
}
