package vn.election.tally.term;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import vn.election.events.Body;
import vn.election.events.tally.ByElectionDefined;
import vn.election.events.tally.ByElectionGround;

/** A by-election during the term, defined once its conditions held (W-7), with the figures that allowed it. */
@Entity
@Table(name = "by_election")
public class ByElection {

    @Id
    UUID id;

    @Column(name = "election_id", nullable = false)
    UUID electionId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    Body body;

    @Column(name = "administrative_unit_code")
    String administrativeUnitCode;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    ByElectionGround ground;

    @Column(nullable = false)
    LocalDate date;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "unit_ids", nullable = false)
    UUID[] unitIds;

    @Column(nullable = false)
    int seats;

    @Column(nullable = false)
    int sitting;

    /** Who defined it: the token's subject. */
    @Column(name = "defined_by")
    String definedBy;

    @Column(name = "defined_by_organization")
    UUID definedByOrganization;

    @Column(name = "defined_at", nullable = false)
    OffsetDateTime definedAt;

    protected ByElection() {}

    ByElection(
            UUID electionId,
            ByElectionRequest request,
            List<UUID> unitIds,
            long seats,
            long sitting,
            String definedBy,
            UUID definedByOrganization,
            OffsetDateTime at) {
        this.id = UUID.randomUUID();
        this.electionId = electionId;
        this.body = request.body();
        this.administrativeUnitCode = request.administrativeUnitCode();
        this.ground = request.ground();
        this.date = request.date();
        this.unitIds = unitIds.toArray(UUID[]::new);
        this.seats = Math.toIntExact(seats);
        this.sitting = Math.toIntExact(sitting);
        this.definedBy = definedBy;
        this.definedByOrganization = definedByOrganization;
        this.definedAt = at;
    }

    ByElectionDefined event() {
        return new ByElectionDefined(
                electionId,
                id,
                body,
                administrativeUnitCode,
                ground,
                date,
                List.of(unitIds),
                seats,
                sitting,
                definedByOrganization,
                definedAt);
    }

    ByElectionView view() {
        return new ByElectionView(
                id,
                body,
                administrativeUnitCode,
                ground,
                date,
                List.of(unitIds),
                seats,
                sitting,
                definedByOrganization,
                definedAt);
    }
}
