package vn.election.registry.complaint;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.UUID;
import vn.election.events.Rule;
import vn.election.kit.outbox.Outbox;
import vn.election.kit.problem.ProblemException;
import vn.election.kit.text.Texts;
import vn.election.registry.candidate.CandidateListView;
import vn.election.registry.candidate.CandidateService;
import vn.election.registry.election.Election;
import vn.election.registry.election.ElectionService;
import vn.election.registry.voter.VoterListChanges;
import vn.election.registry.voter.VoterView;

/**
 * Settles complaints (D-36): the answer, upheld or rejected, and what an upheld one changes in the same
 * transaction: the list, through its change machinery (V-8, V-9: counts published again), or the candidate struck
 * their withdrawal event, the unit's list checked against C-7 again); then, for a list, the court's part.
 * Each step commits with its event (outbox).
 */
@ApplicationScoped
@Transactional
public class ComplaintAnswers {

    private final ElectionService elections;
    private final ComplaintRepository complaints;
    private final ComplaintAuthority authority;
    private final VoterListChanges listChanges;
    private final CandidateService candidates;
    private final Outbox outbox;

    public ComplaintAnswers(
            ElectionService elections,
            ComplaintRepository complaints,
            ComplaintAuthority authority,
            VoterListChanges listChanges,
            CandidateService candidates,
            Outbox outbox) {
        this.elections = elections;
        this.complaints = complaints;
        this.authority = authority;
        this.listChanges = listChanges;
        this.candidates = candidates;
        this.outbox = outbox;
    }

    /**
     * Answers a complaint. A list's complaint upheld carries the change of the list, a rejected one none; a
     * candidate's answer after the R-3 limit is refused (D-35), a list's after its deadline is marked late.
     */
    public AnsweredComplaint answer(UUID electionId, UUID complaintId, ComplaintAnswer request) {
        Election election = elections.require(electionId);
        Complaint complaint = settledByCaller(electionId, complaintId);
        Actor by = authority.now(election);
        if (complaint.subject == ComplaintSubject.CANDIDATE) {
            requireBeforeCandidateCutoff(election, by);
            requireNoListChange(request);
        }
        complaint.answer(request.outcome().action(), Texts.nfc(request.answer()), by);
        VoterView voter = null;
        CandidateListView list = null;
        if (complaint.subject == ComplaintSubject.VOTER_LIST) {
            voter = changeList(complaint, request);
        } else {
            if (request.outcome() == ComplaintAnswer.Outcome.UPHELD) {
                list = candidates.strike(electionId, complaint.candidateId, Rule.R_3, complaint.answer);
            }
        }
        outbox.record(complaint.lastStepEvent());
        return new AnsweredComplaint(complaint.view(by.today()), voter, list);
    }

    /** V-8: a list's complaint, answered, taken to the administrative court. */
    public ComplaintView appeal(UUID electionId, UUID complaintId, CourtAppeal request) {
        Election election = elections.require(electionId);
        Complaint complaint = settledByCaller(electionId, complaintId);
        Actor by = authority.now(election);
        complaint.appeal(Texts.nfc(request.court()), request.appealedOn(), by);
        outbox.record(complaint.lastStepEvent());
        return complaint.view(by.today());
    }

    /** V-8: the court's judgment on a list's complaint taken to it. */
    public ComplaintView recordCourtDecision(UUID electionId, UUID complaintId, CourtDecision request) {
        Election election = elections.require(electionId);
        Complaint complaint = settledByCaller(electionId, complaintId);
        Actor by = authority.now(election);
        complaint.recordCourtDecision(Texts.nfc(request.decision()), request.decidedOn(), by);
        outbox.record(complaint.lastStepEvent());
        return complaint.view(by.today());
    }

    private Complaint settledByCaller(UUID electionId, UUID complaintId) {
        Complaint complaint = complaints.require(electionId, complaintId);
        authority.requireOver(electionId, complaint.subject, complaint.pollingAreaId, complaint.candidateId);
        return complaint;
    }

    /**
     * V-8: the change of the list an upheld complaint makes, through the list's own change machinery; a rejected
     * complaint changes nothing.
     */
    private VoterView changeList(Complaint complaint, ComplaintAnswer request) {
        if (request.outcome() == ComplaintAnswer.Outcome.REJECTED) {
            requireNoListChange(request);
            return null;
        }
        if (request.listChange() == null) {
            throw ProblemException.invalid("listChange", "NotNull", "an upheld complaint about a list changes it");
        }
        ListChange change = request.listChange().requireComplete();
        complaint.changedList(change.kind(), change.concerns());
        UUID electionId = complaint.electionId;
        UUID areaId = complaint.pollingAreaId;
        return switch (change.kind()) {
            case ADD -> listChanges.add(electionId, areaId, change.voter());
            case CORRECT -> listChanges.correct(electionId, areaId, change.voter());
            case REMOVE -> {
                listChanges.removeFrom(electionId, areaId, change.citizenId());
                yield null;
            }
        };
    }

    /** R-3, D-35: complaints about candidates are settled by the limit; after it, the official list stands. */
    private static void requireBeforeCandidateCutoff(Election election, Actor by) {
        var cutoff = ComplaintDeadlines.candidateCutoff(election.ruleset(), election.electionDay());
        if (by.today().isAfter(cutoff)) {
            throw ProblemException.ruleViolation(
                    "outcome",
                    Rule.R_3,
                    "complaints about candidates are settled by " + cutoff + "; the official list stands now");
        }
    }

    private static void requireNoListChange(ComplaintAnswer request) {
        if (request.listChange() != null) {
            throw ProblemException.invalid(
                    "listChange", "Null", "only an upheld complaint about a list changes the list");
        }
    }
}
