package vn.election.awards.decision;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;
import vn.election.awards.catalogue.RecipientKind;

/**
 * One nominee's award in a decision, with its prize money (K-11), its conferral (trao tặng) and, if it
 * comes to that, its revocation (K-12). Rows are never deleted: a revoked award keeps its history.
 */
@Entity
@Table(name = "award")
public class Award {

    @Id
    UUID id;

    @Column(name = "decision_id", nullable = false)
    UUID decisionId;

    @Column(name = "nomination_id", nullable = false)
    UUID nominationId;

    @Column(name = "nominee_id", nullable = false)
    UUID nomineeId;

    @Enumerated(EnumType.STRING)
    @Column(name = "recipient_kind", nullable = false)
    RecipientKind recipientKind;

    @Column(name = "prize_vnd")
    BigDecimal prizeVnd;

    @Column(name = "conferred_on")
    LocalDate conferredOn;

    @Column(name = "revoked_on")
    LocalDate revokedOn;

    @Enumerated(EnumType.STRING)
    @Column(name = "revocation_ground")
    RevocationGround revocationGround;

    @Column(name = "revocation_reason")
    String revocationReason;

    @Column(name = "recovered_vnd")
    BigDecimal recoveredVnd;

    protected Award() {}

    Award(
            UUID id,
            UUID decisionId,
            UUID nominationId,
            UUID nomineeId,
            RecipientKind recipientKind,
            BigDecimal prizeVnd) {
        this.id = id;
        this.decisionId = decisionId;
        this.nominationId = nominationId;
        this.nomineeId = nomineeId;
        this.recipientKind = recipientKind;
        this.prizeVnd = prizeVnd;
    }

    /** Whether the award is still in force: not revoked (K-12). */
    boolean inForce() {
        return revokedOn == null;
    }

    /** The award was handed over (trao tặng) {@code on} that day. */
    void confer(LocalDate on) {
        conferredOn = on;
    }

    /** K-12: the award is cancelled on {@code ground}, its object and money recovered; the row and history stay. */
    void revoke(RevocationGround ground, String reason, LocalDate on) {
        revokedOn = on;
        revocationGround = ground;
        revocationReason = reason;
        recoveredVnd = prizeVnd;
    }
}
