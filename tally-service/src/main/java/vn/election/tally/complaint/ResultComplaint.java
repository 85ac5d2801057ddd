package vn.election.tally.complaint;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;
import vn.election.events.Body;
import vn.election.events.tally.ComplaintOutcome;
import vn.election.events.tally.ComplaintRemedy;
import vn.election.events.tally.ResultComplaintFiled;
import vn.election.events.tally.ResultComplaintResolved;
import vn.election.kit.problem.ProblemException;
import vn.election.tally.announcement.CompetentBody;

/**
 * A complaint about the results of an electoral unit (khiếu nại về kết quả bầu cử, R-2), assigned to the body
 * that settles it by a deadline, and its decision. The complainant's name and contact are personal data: they
 * are in the officials' view only, never in a published decision or an event.
 */
@Entity
@Table(name = "result_complaint")
public class ResultComplaint {

    @Id
    UUID id;

    @Column(name = "election_id", nullable = false)
    UUID electionId;

    @Column(name = "unit_id", nullable = false)
    UUID unitId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    Body body;

    @Column(nullable = false)
    String text;

    @Column(name = "complainant_name", nullable = false)
    String complainantName;

    @Column(name = "complainant_contact", nullable = false)
    String complainantContact;

    @Column(name = "filed_at", nullable = false)
    OffsetDateTime filedAt;

    @Column(name = "filed_by", nullable = false)
    String filedBy;

    /** Who settles it, as a jurisdiction claim: {@code nation} or {@code admin-unit:<code>}. */
    @Column(nullable = false)
    String resolver;

    @Column(name = "resolution_due", nullable = false)
    LocalDate resolutionDue;

    @Enumerated(EnumType.STRING)
    ComplaintOutcome outcome;

    @Enumerated(EnumType.STRING)
    ComplaintRemedy remedy;

    String reason;

    @Column(name = "decided_at")
    OffsetDateTime decidedAt;

    @Column(name = "decided_by")
    String decidedBy;

    @Column(name = "decided_by_organization")
    UUID decidedByOrganization;

    protected ResultComplaint() {}

    ResultComplaint(
            UUID electionId,
            UUID unitId,
            CompetentBody resolver,
            ComplaintRequests.Filing filing,
            OffsetDateTime at,
            String filer,
            LocalDate resolutionDue) {
        this.id = UUID.randomUUID();
        this.electionId = electionId;
        this.unitId = unitId;
        this.body = resolver.body();
        this.text = filing.text();
        this.complainantName = filing.complainantName();
        this.complainantContact = filing.complainantContact();
        this.filedAt = at;
        this.filedBy = filer;
        this.resolver = resolver.jurisdiction().claim();
        this.resolutionDue = resolutionDue;
    }

    UUID electionId() {
        return electionId;
    }

    UUID unitId() {
        return unitId;
    }

    Body body() {
        return body;
    }

    /**
     * Settles it: upheld with the remedy it orders, or dismissed without one. The remedy is only ordered:
     * an annulment is carried out by the council separately.
     *
     * @param onTimeUntil the first instant after its resolution deadline
     */
    ResultComplaintResolved decide(
            ComplaintRequests.Decision decision,
            String decider,
            UUID organization,
            OffsetDateTime at,
            OffsetDateTime onTimeUntil) {
        if (outcome != null) {
            throw ProblemException.conflict("complaint " + id + " is " + outcome + " already");
        }
        if ((decision.outcome() == ComplaintOutcome.UPHELD) != (decision.remedy() != null)) {
            throw ProblemException.invalid(
                    "remedy",
                    "REMEDY",
                    "an upheld complaint orders a remedy (ANNULMENT or RECOUNT); a dismissed one none");
        }
        outcome = decision.outcome();
        remedy = decision.remedy();
        reason = decision.reason();
        decidedAt = at;
        decidedBy = decider;
        decidedByOrganization = organization;
        return new ResultComplaintResolved(
                id, electionId, unitId, body, outcome, remedy, reason, organization, at, at.isBefore(onTimeUntil));
    }

    ResultComplaintFiled filed() {
        return new ResultComplaintFiled(id, electionId, unitId, body, resolver, filedAt, resolutionDue);
    }

    /** For officials: with the complainant's name and contact. */
    ComplaintView view() {
        return new ComplaintView(
                id,
                unitId,
                body,
                text,
                complainantName,
                complainantContact,
                filedAt,
                resolver,
                resolutionDue,
                decision());
    }

    /** For anyone: the decision, without the complainant's personal data. */
    PublishedDecision published() {
        return new PublishedDecision(id, unitId, body, text, filedAt, decision());
    }

    private ComplaintView.DecisionView decision() {
        return outcome == null ? null : new ComplaintView.DecisionView(outcome, remedy, reason, decidedBy, decidedAt);
    }
}
