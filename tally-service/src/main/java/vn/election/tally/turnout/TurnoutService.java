package vn.election.tally.turnout;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import vn.election.events.Rule;
import vn.election.events.tally.TurnoutReported;
import vn.election.kit.outbox.Outbox;
import vn.election.kit.problem.ProblemException;
import vn.election.kit.security.Caller;
import vn.election.tally.election.KnownElectionRepository;

/**
 * Turnout through election day: election teams report how many have voted by each checkpoint.
 * Through the day a polling area's figure only rises and never exceeds its list; a lower figure is a
 * correction, which needs a reason and is kept in the history. The last polling area to report its close
 * figure closes the polls of the election ({@link PollingClosure}).
 */
@ApplicationScoped
@Transactional
public class TurnoutService {

    private final KnownElectionRepository elections;
    private final TurnoutReportRepository reports;
    private final Checkpoints checkpoints;
    private final PollingClosure closure;
    private final Caller caller;
    private final Outbox outbox;
    private final Clock clock;

    public TurnoutService(
            KnownElectionRepository elections,
            TurnoutReportRepository reports,
            Checkpoints checkpoints,
            PollingClosure closure,
            Caller caller,
            Outbox outbox,
            Clock clock) {
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
        if (earlier != null) {
            earlier.requireNoLowerAfter(voted, checkpoint);
        }
        if (later != null) {
            later.requireNoHigherBefore(voted, checkpoint);
        }
        OffsetDateTime now = OffsetDateTime.now(clock);
        TurnoutReport stored;
        if (same == null) {
            stored = new TurnoutReport(
                    electionId,
                    pollingArea,
                    checkpoint,
                    1,
                    voted,
                    onList,
                    submission.correctionReason(),
                    now,
                    caller.actor());
        } else {
            Optional<TurnoutReport> next =
                    same.reportAgain(voted, onList, submission.correctionReason(), now, caller.actor());
            if (next.isEmpty()) {
                return new Reported(TurnoutView.of(same), false);
            }
            reports.flush(); // the version replaced stops being current before its successor is written
            stored = next.get();
        }
        reports.persist(stored);
        outbox.record(new TurnoutReported(electionId, pollingArea, checkpoint, voted, onList, now));
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
     * answers its list (V-6, V-10).
     */
    private int lockArea(UUID electionId, UUID pollingArea) {
        knownElection(electionId);
        TurnoutReportRepository.LockedArea area = reports.lockPollingArea(electionId, pollingArea)
                .orElseThrow(() -> ProblemException.notFound("polling area", pollingArea));
        if (area.votersOnList() == null) {
            throw ProblemException.conflict("the voter list of polling area " + pollingArea
                    + " is not final yet: there is no list to report turnout against");
        }
        return area.votersOnList();
    }
}
