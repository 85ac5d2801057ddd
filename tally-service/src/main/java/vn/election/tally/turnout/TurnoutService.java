package vn.election.tally.turnout;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import vn.election.events.Rule;
import vn.election.events.Topics;
import vn.election.events.tally.TurnoutReported;
import vn.election.kit.outbox.Outbox;
import vn.election.kit.problem.ProblemException;
import vn.election.kit.security.Caller;
import vn.election.tally.election.KnownElections;

/**
 * Turnout through election day: election teams report how many have voted by each checkpoint.
 * Through the day a polling area's figure only rises and never exceeds its list; a lower figure is a
 * correction, which needs a reason and is kept in the history. The last polling area to report its close
 * figure closes the polls of the election ({@link PollingClosure}).
 */
@ApplicationScoped
@Transactional
public class TurnoutService {

    private final EntityManager em;
    private final KnownElections elections;
    private final TurnoutReports reports;
    private final Checkpoints checkpoints;
    private final PollingClosure closure;
    private final Caller caller;
    private final Outbox outbox;
    private final Clock clock;

    public TurnoutService(
            EntityManager em,
            KnownElections elections,
            TurnoutReports reports,
            Checkpoints checkpoints,
            PollingClosure closure,
            Caller caller,
            Outbox outbox,
            Clock clock) {
        this.em = em;
        this.elections = elections;
        this.reports = reports;
        this.checkpoints = checkpoints;
        this.closure = closure;
        this.caller = caller;
        this.outbox = outbox;
        this.clock = clock;
    }

    /**
     * @param report  the current version after the call
     * @param created false when the same figure was sent again and nothing changed
     */
    public record Reported(TurnoutView report, boolean created) {}

    public Reported report(UUID electionId, UUID pollingArea, TurnoutSubmission submission) {
        String checkpoint = checkpoints.require("checkpoint", submission.checkpoint());
        int onList = lockArea(electionId, pollingArea);
        int voted = submission.voted();
        if (voted > onList) {
            throw ProblemException.ruleViolation(
                    "voted",
                    Rule.CK_1,
                    voted + " voted exceeds the " + onList + " voters on the list of the polling area");
        }
        TurnoutReport earlier = null;
        TurnoutReport same = null;
        TurnoutReport later = null;
        for (TurnoutReport r : reports.currentOf(electionId, pollingArea)) {
            int order = r.checkpoint.compareTo(checkpoint);
            if (order < 0) {
                earlier = r;
            } else if (order == 0) {
                same = r;
            } else if (later == null) {
                later = r;
            }
        }
        if (earlier != null && voted < earlier.voted) {
            throw ProblemException.ruleViolation(
                    "voted",
                    Rule.R_1,
                    "turnout only rises through the day: " + voted
                            + " at " + checkpoint + " is below the " + earlier.voted + " reported at "
                            + earlier.checkpoint
                            + "; if that figure was wrong, correct it first");
        }
        if (later != null && voted > later.voted) {
            throw ProblemException.ruleViolation(
                    "voted",
                    Rule.R_1,
                    "turnout only rises through the day: " + voted
                            + " at " + checkpoint + " is above the " + later.voted + " already reported at "
                            + later.checkpoint
                            + "; if that figure was wrong, correct it first");
        }
        boolean correction = submission.correctionReason() != null
                && !submission.correctionReason().isBlank();
        if (same != null && !correction) {
            if (voted < same.voted) {
                throw ProblemException.ruleViolation(
                        "correctionReason",
                        Rule.R_1,
                        voted + " is below the " + same.voted + " reported at " + checkpoint
                                + ": a lower figure is a correction and needs a reason");
            }
            if (voted == same.voted) {
                return new Reported(TurnoutView.of(same), false);
            }
        }
        if (same != null) {
            reports.retire(same);
        }
        OffsetDateTime now = OffsetDateTime.now(clock);
        TurnoutReport stored = new TurnoutReport(
                electionId,
                pollingArea,
                checkpoint,
                same == null ? 1 : same.version + 1,
                voted,
                onList,
                correction ? submission.correctionReason() : null,
                now,
                caller.actor());
        reports.persist(stored);
        outbox.record(
                Topics.TALLY_MINUTES,
                pollingArea.toString(),
                TurnoutReported.TYPE,
                new TurnoutReported(electionId, pollingArea, checkpoint, voted, onList, now));
        if (Checkpoints.CLOSE.equals(checkpoint)) {
            closure.closeReported(electionId, now);
        }
        return new Reported(TurnoutView.of(stored), true);
    }

    /** The current figure of each checkpoint reported by a polling area, in the order of the day. */
    public List<TurnoutView> current(UUID electionId, UUID pollingArea) {
        knownElection(electionId);
        return reports.currentOf(electionId, pollingArea).stream()
                .map(TurnoutView::of)
                .toList();
    }

    /** Every version of every checkpoint of a polling area, corrections included. */
    public List<TurnoutView> history(UUID electionId, UUID pollingArea) {
        knownElection(electionId);
        return reports.history(electionId, pollingArea).stream()
                .map(TurnoutView::of)
                .toList();
    }

    private void knownElection(UUID electionId) {
        if (elections.findByIdOptional(electionId).isEmpty()) {
            throw ProblemException.notFound("election", electionId);
        }
    }

    /**
     * Locks the polling area for the caller's transaction (two reports of one area are serialized) and
     * answers its list: the largest of its lists per body, the National Assembly's, as every listed
     * voter gets that ballot (V-6, V-10).
     */
    private int lockArea(UUID electionId, UUID pollingArea) {
        knownElection(electionId);
        List<?> rows = em.createNativeQuery("""
                        select (select max(v.voters) from polling_area_voters v where v.polling_area_id = pa.id)
                        from polling_area pa where pa.id = ?1 and pa.election_id = ?2 for update""")
                .setParameter(1, pollingArea)
                .setParameter(2, electionId)
                .getResultList();
        if (rows.isEmpty()) {
            throw ProblemException.notFound("polling area", pollingArea);
        }
        if (rows.get(0) == null) {
            throw ProblemException.conflict("the voter list of polling area " + pollingArea
                    + " is not final yet: there is no list to report turnout against");
        }
        return ((Number) rows.get(0)).intValue();
    }
}
