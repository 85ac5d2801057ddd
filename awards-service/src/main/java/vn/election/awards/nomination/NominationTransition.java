package vn.election.awards.nomination;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;

/** One transition of a nomination (K-9): who took it, in which role, when and why. Never changed. */
@Entity
@Table(name = "nomination_transition")
public class NominationTransition {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;

    @Column(name = "nomination_id", nullable = false)
    UUID nominationId;

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

    NominationTransition(
            UUID nominationId,
            Action action,
            NominationState fromState,
            String actingRole,
            String actor,
            String reason,
            OffsetDateTime takenAt) {
        this.nominationId = nominationId;
        this.action = action;
        this.fromState = fromState;
        this.toState = action.to();
        this.actingRole = actingRole;
        this.actor = actor;
        this.reason = reason;
        this.takenAt = takenAt;
    }
}
