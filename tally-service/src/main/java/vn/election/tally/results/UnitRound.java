package vn.election.tally.results;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;
import vn.election.events.Body;
import vn.election.events.tally.UnitStatus;
import vn.election.tally.results.WinnerDetermination.RoundKind;

/**
 * The state of an electoral unit for its body (W-8): the round its minutes go to, the seats of that
 * round, and whether the competent committee has certified it. Its row is the lock that serializes
 * everything that changes the unit's figures.
 */
@Entity
@Table(name = "unit_round")
public class UnitRound {

    @Id
    @Column(name = "unit_id")
    UUID unitId;

    @Column(name = "election_id", nullable = false)
    UUID electionId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    Body body;

    @Column(nullable = false)
    int round;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    RoundKind kind;

    @Column(nullable = false)
    int seats;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    UnitStatus status;

    @Column(name = "change_seq", nullable = false)
    long changeSeq;

    @Column(name = "changed_at", nullable = false)
    OffsetDateTime changedAt;

    @Column(name = "certified_at")
    OffsetDateTime certifiedAt;
    /** Who certified: the token's subject (DESIGN.md section 6). */
    @Column(name = "certified_by")
    String certifiedBy;
    /** The committee the certifier acted for, when the token names it. */
    @Column(name = "certified_by_organization")
    UUID certifiedByOrganization;

    protected UnitRound() {}

    public UUID unitId() {
        return unitId;
    }

    public UUID electionId() {
        return electionId;
    }

    public long changeSeq() {
        return changeSeq;
    }

    public OffsetDateTime changedAt() {
        return changedAt;
    }

    public int round() {
        return round;
    }

    public int seats() {
        return seats;
    }

    public boolean certified() {
        return certifiedAt != null;
    }
}
