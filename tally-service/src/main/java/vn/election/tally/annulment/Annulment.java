package vn.election.tally.annulment;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;
import vn.election.events.Body;
import vn.election.events.tally.UnitResultAnnulled;
import vn.election.events.tally.UnitStatus;
import vn.election.kit.text.Texts;

/**
 * An annulment by the National Election Council (W-6, D-10): which result, why, on whose proposal, who
 * decided, and the state the unit had (D-11: a certified one's certification is lifted). Never changed.
 */
@Entity
@Table(name = "annulment")
public class Annulment {

    @Id
    UUID id;

    @Column(name = "election_id", nullable = false)
    UUID electionId;

    @Column(name = "unit_id", nullable = false)
    UUID unitId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    Body body;

    @Column(name = "polling_area_id")
    UUID pollingAreaId;

    @Column(nullable = false)
    int round;

    @Column(nullable = false)
    String reason;

    @Enumerated(EnumType.STRING)
    @Column(name = "prior_status", nullable = false)
    UnitStatus priorStatus;

    @Column(name = "proposed_by")
    UUID proposedBy;

    @Column(name = "proposal_reference")
    String proposalReference;

    /** Who decided: the token's subject. */
    @Column(name = "annulled_by")
    String annulledBy;

    @Column(name = "annulled_by_organization")
    UUID annulledByOrganization;

    @Column(name = "annulled_at", nullable = false)
    OffsetDateTime annulledAt;

    protected Annulment() {}

    Annulment(
            UUID electionId,
            Body body,
            AnnulmentRequest request,
            String annulledBy,
            UUID annulledByOrganization,
            OffsetDateTime at) {
        this.id = UUID.randomUUID();
        this.electionId = electionId;
        this.unitId = request.unitId();
        this.body = body;
        this.pollingAreaId = request.pollingAreaId();
        this.reason = Texts.nfc(request.reason(), Texts.Whitespace.KEEP);
        this.proposedBy = request.proposedBy();
        this.proposalReference = request.proposalReference() == null
                ? null
                : Texts.nfc(request.proposalReference(), Texts.Whitespace.KEEP);
        this.annulledBy = annulledBy;
        this.annulledByOrganization = annulledByOrganization;
        this.annulledAt = at;
    }

    /** The round it annuls, and the state the unit had before (D-11). */
    void annuls(int round, UnitStatus priorStatus) {
        this.round = round;
        this.priorStatus = priorStatus;
    }

    UnitResultAnnulled event() {
        return new UnitResultAnnulled(
                electionId,
                id,
                unitId,
                body,
                pollingAreaId,
                round,
                reason,
                priorStatus,
                proposedBy,
                proposalReference,
                annulledByOrganization,
                annulledAt);
    }

    AnnulmentView view() {
        return new AnnulmentView(
                id,
                unitId,
                body,
                pollingAreaId,
                round,
                reason,
                priorStatus,
                proposedBy,
                proposalReference,
                annulledByOrganization,
                annulledAt);
    }
}
