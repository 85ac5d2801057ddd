package vn.election.registry.complaint;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import vn.election.events.Rule;
import vn.election.events.registry.ComplaintStepTaken;
import vn.election.kit.problem.Problem;
import vn.election.kit.problem.ProblemException;
import vn.election.kit.problem.ProblemType;

/**
 * A complaint before election day (khiếu nại): about a polling area's voter list (V-8) or about a candidate,
 * recorded by an official for the complainant (D-34), with its deadline, its state in the workflow of
 * {@link ComplaintAction} (D-36), its answer and, for a list, the court's part.
 */
@Entity
@Table(name = "complaint")
public class Complaint {

    @Id
    UUID id;

    @Column(name = "election_id", nullable = false)
    UUID electionId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    ComplaintSubject subject;

    @Column(name = "polling_area_id")
    UUID pollingAreaId;

    /** The voter the list complaint concerns; set by the answer's change when the filing named none. */
    @Column(name = "voter_citizen_id")
    String voterCitizenId;

    @Column(name = "candidate_id")
    UUID candidateId;

    @Column(name = "complainant_id", nullable = false)
    String complainantId;

    @Column(name = "complainant_name", nullable = false)
    String complainantName;

    @Column(name = "complainant_contact")
    String complainantContact;

    @Column(nullable = false)
    String grounds;

    @Column(name = "filed_on", nullable = false)
    LocalDate filedOn;

    /** The last day of the answer (V-8, D-35). */
    @Column(nullable = false)
    LocalDate deadline;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    ComplaintState state;

    String answer;

    /** D-36: a list's answer given after its deadline is taken, and marked. */
    @Column(name = "answered_late", nullable = false)
    boolean answeredLate;

    /** The change of the list an upheld list complaint made. */
    @Enumerated(EnumType.STRING)
    @Column(name = "list_change")
    ListChange.Kind listChange;

    String court;

    @Column(name = "appealed_on")
    LocalDate appealedOn;

    @Column(name = "court_decided_on")
    LocalDate courtDecidedOn;

    @Column(name = "court_decision")
    String courtDecision;

    @OneToMany(mappedBy = "complaint", cascade = CascadeType.PERSIST)
    @OrderBy("id")
    List<ComplaintStep> steps = new ArrayList<>();

    protected Complaint() {}

    private Complaint(UUID electionId, NewComplaint filing, LocalDate deadline, Actor by) {
        this.id = UUID.randomUUID();
        this.electionId = electionId;
        this.subject = filing.subject();
        this.pollingAreaId = filing.pollingAreaId();
        this.voterCitizenId = filing.voterCitizenId();
        this.candidateId = filing.candidateId();
        this.complainantId = filing.complainant().citizenId();
        this.complainantName = filing.complainant().fullName();
        this.complainantContact = filing.complainant().contact();
        this.grounds = filing.grounds();
        this.filedOn = by.today();
        this.deadline = deadline;
        take(ComplaintAction.FILE, by);
    }

    /** A complaint filed today, answered by {@code deadline}; {@code filing} is in NFC and of one subject. */
    static Complaint file(UUID electionId, NewComplaint filing, LocalDate deadline, Actor by) {
        return new Complaint(electionId, filing, deadline, by);
    }

    /**
     * Answers it (UPHOLD or REJECT) with the body's reasons; an answer after the deadline is marked late (D-36).
     * 409 unless it is still FILED.
     */
    void answer(ComplaintAction outcome, String reasons, Actor by) {
        take(outcome, by);
        answer = reasons;
        answeredLate = by.today().isAfter(deadline);
    }

    /**
     * V-8: the change of the list that upholds it, about the voter it names (422 if it names another); a filing
     * that named none now names this one.
     */
    void changedList(ListChange.Kind kind, String citizenId) {
        if (voterCitizenId != null && !voterCitizenId.equals(citizenId)) {
            throw ProblemException.ruleViolation(
                    "listChange.voter.citizenId",
                    Rule.V_8,
                    "the complaint is about voter " + voterCitizenId + ", not " + citizenId);
        }
        voterCitizenId = citizenId;
        listChange = kind;
    }

    /** V-8: taken to the administrative court on {@code filed}, after the answer and not in the future. */
    void appeal(String courtName, LocalDate filed, Actor by) {
        requireAllowed(ComplaintAction.APPEAL);
        requireDateBetween("appealedOn", filed, filedOn, by.today());
        take(ComplaintAction.APPEAL, by);
        court = courtName;
        appealedOn = filed;
    }

    /** V-8: the court's judgment, given on {@code decided}, after the appeal and not in the future. */
    void recordCourtDecision(String decision, LocalDate decided, Actor by) {
        requireAllowed(ComplaintAction.RECORD_COURT_DECISION);
        requireDateBetween("decidedOn", decided, appealedOn, by.today());
        take(ComplaintAction.RECORD_COURT_DECISION, by);
        courtDecision = decision;
        courtDecidedOn = decided;
    }

    /** D-36: still unanswered after its deadline. */
    boolean overdue(LocalDate today) {
        return state == ComplaintState.FILED && today.isAfter(deadline);
    }

    /** The event of its latest step (never personal data). */
    ComplaintStepTaken lastStepEvent() {
        ComplaintStep last = steps.get(steps.size() - 1);
        return new ComplaintStepTaken(
                electionId,
                id,
                subject.name(),
                pollingAreaId,
                candidateId,
                last.action.name(),
                state.name(),
                deadline,
                last.takenAt);
    }

    ComplaintView view(LocalDate today) {
        return new ComplaintView(
                id,
                electionId,
                subject,
                pollingAreaId,
                voterCitizenId,
                candidateId,
                new Complainant(complainantId, complainantName, complainantContact),
                grounds,
                filedOn,
                deadline,
                state,
                overdue(today),
                answer,
                answeredLate,
                listChange,
                court,
                appealedOn,
                courtDecidedOn,
                courtDecision,
                steps.stream().map(ComplaintStep::view).toList());
    }

    /** D-36: takes a step of the workflow from the current state; 409 naming D-36 if it may not be taken. */
    private void take(ComplaintAction action, Actor by) {
        requireAllowed(action);
        steps.add(new ComplaintStep(this, action, state, by));
        state = action.to();
    }

    /** D-36: 409 naming D-36 unless a complaint about its subject may take this step from its state. */
    private void requireAllowed(ComplaintAction action) {
        if (!action.allows(subject, state)) {
            throw new ProblemException(
                    ProblemType.CONFLICT,
                    "a complaint about " + subject + " that is " + (state == null ? "new" : state) + " cannot "
                            + action,
                    List.of(Problem.FieldError.of(
                            "state", Rule.D_36, action + " is taken from " + action.from() + " only")));
        }
    }

    private static void requireDateBetween(String field, LocalDate date, LocalDate earliest, LocalDate latest) {
        if (date.isBefore(earliest) || date.isAfter(latest)) {
            throw ProblemException.invalid(
                    field, "DateRange", "must lie between " + earliest + " and " + latest + ", not " + date);
        }
    }
}
