package vn.election.registry.complaint;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;

/** One step a complaint took (D-36): who took it (subject and organization of the token), when. Never changed. */
@Entity
@Table(name = "complaint_step")
class ComplaintStep {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "complaint_id", nullable = false, updatable = false)
    Complaint complaint;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    ComplaintAction action;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_state")
    ComplaintState fromState;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_state", nullable = false)
    ComplaintState toState;

    @Column(nullable = false)
    String actor;

    UUID organization;

    @Column(name = "taken_at", nullable = false)
    OffsetDateTime takenAt;

    protected ComplaintStep() {}

    ComplaintStep(Complaint complaint, ComplaintAction action, ComplaintState fromState, Actor by) {
        this.complaint = complaint;
        this.action = action;
        this.fromState = fromState;
        this.toState = action.to();
        this.actor = by.subject();
        this.organization = by.organization();
        this.takenAt = by.at();
    }

    ComplaintView.Step view() {
        return new ComplaintView.Step(action, fromState, toState, actor, organization, takenAt);
    }
}
