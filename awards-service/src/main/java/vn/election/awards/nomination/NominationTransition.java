package vn.election.awards.nomination;

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

/** One transition of a nomination (K-9): who took it, in which role, when and why. Never changed. */
@Entity
@Table(name = "nomination_transition")
public class NominationTransition {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "nomination_id", nullable = false, updatable = false)
    Nomination nomination;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    Action action;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_state", nullable = false)
    NominationState fromState;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_state", nullable = false)
    NominationState toState;

    @Column(name = "acting_role", nullable = false)
    String actingRole;

    @Column(nullable = false)
    String actor;

    String reason;

    @Column(name = "taken_at", nullable = false)
    OffsetDateTime takenAt;

    protected NominationTransition() {}

    /** {@code nomination} takes {@code action} from its current state. */
    NominationTransition(Nomination nomination, Action action, Step step) {
        this.nomination = nomination;
        this.action = action;
        this.fromState = nomination.state;
        this.toState = action.to();
        this.actingRole = step.role();
        this.actor = step.actor();
        this.reason = step.reason();
        this.takenAt = step.at();
    }
}
