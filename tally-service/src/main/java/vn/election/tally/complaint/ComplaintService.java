package vn.election.tally.complaint;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import vn.election.events.Rule;
import vn.election.kit.outbox.Outbox;
import vn.election.kit.problem.ProblemException;
import vn.election.kit.security.Caller;
import vn.election.tally.announcement.CompetentBody;
import vn.election.tally.election.ElectoralUnit;
import vn.election.tally.election.ElectoralUnitRepository;
import vn.election.tally.election.KnownElection;
import vn.election.tally.election.KnownElectionRepository;
import vn.election.tally.results.UnitResults;
import vn.election.tally.results.UnitRound;

/**
 * Complaints about a unit's results: filed once its results are announced (D-17) and within the ruleset's
 * days after that, by any holder of a token (D-16); assigned to the competent body with a deadline; settled with a
 * decision that is published without the complainant's personal data.
 */
@ApplicationScoped
@Transactional
public class ComplaintService {

    private final KnownElectionRepository elections;
    private final ElectoralUnitRepository units;
    private final UnitResults results;
    private final ResultComplaintRepository complaints;
    private final Caller caller;
    private final Outbox outbox;
    private final Clock clock;

    public ComplaintService(
            KnownElectionRepository elections,
            ElectoralUnitRepository units,
            UnitResults results,
            ResultComplaintRepository complaints,
            Caller caller,
            Outbox outbox,
            Clock clock) {
        this.elections = elections;
        this.units = units;
        this.results = results;
        this.complaints = complaints;
        this.caller = caller;
        this.outbox = outbox;
        this.clock = clock;
    }

    public ComplaintView file(UUID electionId, ComplaintRequests.Filing filing) {
        KnownElection election = election(electionId);
        ElectoralUnit unit = units.findByIdOptional(filing.unitId())
                .filter(u -> u.electionId().equals(electionId))
                .orElseThrow(() -> ProblemException.notFound("electoral unit", filing.unitId()));
        UnitRound round = results.lock(List.of(unit.id())).get(unit.id());
        OffsetDateTime now = OffsetDateTime.now(clock);
        // D-17: the window opens with the announcement of the unit's results; before it there is no result to
        // complain about (the teams and boards take complaints about the count, M-3, M-5)
        if (round.announcedAt() == null) {
            throw ProblemException.ruleViolation(
                    "unitId",
                    Rule.D_17,
                    "the results of " + unit.name()
                            + " are not announced: a complaint about them is filed after their announcement");
        }
        // within the ruleset's days after the announcement, that day excluded
        LocalDate lastDay =
                election.dayOf(round.announcedAt()).plusDays(election.ruleset().resultComplaintDays());
        if (!now.isBefore(election.endOf(lastDay))) {
            throw ProblemException.ruleViolation(
                    "unitId",
                    Rule.R_2,
                    "a complaint about the results of " + unit.name() + " was due by " + lastDay + ", "
                            + election.ruleset().resultComplaintDays() + " days after their announcement");
        }
        CompetentBody resolver = CompetentBody.of(unit.body(), unit.administrativeUnitCode());
        LocalDate due = election.dayOf(now).plusDays(election.ruleset().resultComplaintResolutionDays(unit.body()));
        ResultComplaint complaint =
                new ResultComplaint(electionId, unit.id(), resolver, filing, now, caller.actor(), due);
        complaints.persist(complaint);
        outbox.record(complaint.filed());
        return complaint.view();
    }

    /** The competent body settles the complaint: the council for the NA, the council's committee otherwise. */
    public ComplaintView decide(UUID electionId, UUID complaintId, ComplaintRequests.Decision decision) {
        KnownElection election = election(electionId);
        ResultComplaint complaint = complaints
                .findByIdOptional(complaintId)
                .filter(c -> c.electionId().equals(electionId))
                .orElseThrow(() -> ProblemException.notFound("complaint", complaintId));
        ElectoralUnit unit = units.findById(complaint.unitId());
        CompetentBody.of(unit.body(), unit.administrativeUnitCode()).require(caller);
        OffsetDateTime now = OffsetDateTime.now(clock);
        outbox.record(complaint.decide(
                decision, caller.actor(), caller.organization(), now, election.endOf(complaint.resolutionDue)));
        return complaint.view();
    }

    /** Every complaint of the election, with the complainants' personal data: for officials. */
    public List<ComplaintView> list(UUID electionId) {
        election(electionId);
        return complaints.ofElection(electionId).stream()
                .map(ResultComplaint::view)
                .toList();
    }

    /** The decisions taken, as published: without the complainants' personal data. */
    public List<PublishedDecision> decisions(UUID electionId) {
        election(electionId);
        return complaints.decided(electionId).stream()
                .map(ResultComplaint::published)
                .toList();
    }

    /** Complaints still open after their last day: for officials. */
    public List<ComplaintView> overdue(UUID electionId) {
        KnownElection election = election(electionId);
        LocalDate today = election.dayOf(OffsetDateTime.now(clock));
        return complaints.overdue(electionId, today).stream()
                .map(ResultComplaint::view)
                .toList();
    }

    private KnownElection election(UUID electionId) {
        return elections
                .findByIdOptional(electionId)
                .orElseThrow(() -> ProblemException.notFound("election", electionId));
    }
}
