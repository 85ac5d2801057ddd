package vn.election.registry.complaint;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import vn.election.events.Rule;
import vn.election.events.access.Jurisdiction;
import vn.election.kit.outbox.Outbox;
import vn.election.kit.problem.Problem;
import vn.election.kit.problem.ProblemException;
import vn.election.kit.problem.ProblemType;
import vn.election.registry.candidate.CandidateService;
import vn.election.registry.election.Election;
import vn.election.registry.election.ElectionService;
import vn.election.registry.place.Jurisdictions;
import vn.election.registry.pollingarea.PollingAreaService;
import vn.election.registry.voter.FinalizedVoterListRepository;

/**
 * Records complaints before election day (D-34) with their deadlines (V-8, R-3, D-35) and shows them to the
 * officials over them, overdue ones among them (D-36). Each filing commits with its event (outbox).
 */
@ApplicationScoped
@Transactional
public class ComplaintService {

    private final ElectionService elections;
    private final PollingAreaService areas;
    private final FinalizedVoterListRepository postedLists;
    private final CandidateService candidates;
    private final ComplaintRepository complaints;
    private final ComplaintAuthority authority;
    private final Jurisdictions jurisdictions;
    private final Outbox outbox;

    public ComplaintService(
            ElectionService elections,
            PollingAreaService areas,
            FinalizedVoterListRepository postedLists,
            CandidateService candidates,
            ComplaintRepository complaints,
            ComplaintAuthority authority,
            Jurisdictions jurisdictions,
            Outbox outbox) {
        this.elections = elections;
        this.areas = areas;
        this.postedLists = postedLists;
        this.candidates = candidates;
        this.complaints = complaints;
        this.authority = authority;
        this.jurisdictions = jurisdictions;
        this.outbox = outbox;
    }

    /**
     * Records a complaint filed today: about a posted list within the V-8 window, or about a standing candidate
     * until the R-3 limit; its deadline follows (V-8, D-35).
     */
    public ComplaintView file(UUID electionId, NewComplaint request) {
        Election election = elections.require(electionId);
        NewComplaint filing = request.normalized();
        if (filing.subject() == ComplaintSubject.VOTER_LIST) {
            areas.require(electionId, filing.pollingAreaId());
        }
        authority.requireOver(electionId, filing.subject(), filing.pollingAreaId(), filing.candidateId());
        Actor by = authority.now(election);
        LocalDate deadline = filing.subject() == ComplaintSubject.VOTER_LIST
                ? ComplaintDeadlines.voterList(
                        election.ruleset(), postedOn(election, filing.pollingAreaId()), by.today())
                : deadlineForStanding(election, filing.candidateId(), by.today());
        Complaint complaint = Complaint.file(electionId, filing, deadline, by);
        complaints.persist(complaint);
        outbox.record(complaint.lastStepEvent());
        return complaint.view(by.today());
    }

    /** One complaint, for the officials who settle it. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public ComplaintView get(UUID electionId, UUID complaintId) {
        Election election = elections.require(electionId);
        Complaint complaint = complaints.require(electionId, complaintId);
        authority.requireOver(electionId, complaint.subject, complaint.pollingAreaId, complaint.candidateId);
        return complaint.view(authority.now(election).today());
    }

    /**
     * The complaints inside the caller's jurisdiction, or about one polling area's list inside it, by deadline;
     * only the overdue ones if asked (D-36).
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ComplaintView> list(
            UUID electionId, UUID pollingAreaId, ComplaintSubject subject, ComplaintState state, boolean overdueOnly) {
        Election election = elections.require(electionId);
        Jurisdiction holder;
        if (pollingAreaId != null) {
            holder = Jurisdiction.pollingArea(pollingAreaId);
            jurisdictions.requireWithin(holder);
        } else {
            holder = jurisdictions.callerJurisdiction().orElse(null);
            if (holder == null) {
                // a token without a readable jurisdiction: refused as any write outside it is
                jurisdictions.requireWithin(Jurisdiction.NATION);
            }
        }
        LocalDate today = authority.now(election).today();
        return complaints
                .within(electionId, holder, new ComplaintRepository.Filter(subject, state, overdueOnly, today))
                .stream()
                .map(c -> c.view(today))
                .toList();
    }

    /** V-8: the day the area's list was posted; 409 naming V-8 while it is not (the window runs from it). */
    private LocalDate postedOn(Election election, UUID areaId) {
        return postedLists
                .postedAt(areaId)
                .map(election::dateAt)
                .orElseThrow(() -> new ProblemException(
                        ProblemType.CONFLICT,
                        "the list of polling area " + areaId + " is not posted yet",
                        List.of(Problem.FieldError.of(
                                "pollingAreaId",
                                Rule.V_8,
                                "complaints about a list are made after its posting (its finalization)"))));
    }

    /** R-3, D-35: the deadline of a complaint about a candidate who has not withdrawn (409 if they have). */
    private LocalDate deadlineForStanding(Election election, UUID candidateId, LocalDate today) {
        if (candidates.get(election.id(), candidateId).withdrawnAt() != null) {
            throw ProblemException.conflict("candidate " + candidateId + " is no longer on the list");
        }
        return ComplaintDeadlines.candidate(election.ruleset(), election.electionDay(), today);
    }
}
