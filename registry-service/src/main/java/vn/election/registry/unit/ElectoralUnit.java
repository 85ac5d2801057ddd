package vn.election.registry.unit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;
import vn.election.events.Body;

/** An electoral unit (đơn vị bầu cử) of one body in one election, with its seats (EU-1, EU-2). */
@Entity
@Table(name = "electoral_unit")
public class ElectoralUnit {

    @Id
    UUID id;

    @Column(name = "election_id", nullable = false)
    UUID electionId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    Body body;

    @Column(nullable = false)
    int number;

    @Column(nullable = false)
    String name;

    @Column(nullable = false)
    int seats;

    @Column(name = "administrative_unit_code", nullable = false)
    String administrativeUnitCode;

    @Column(name = "created_at", nullable = false)
    OffsetDateTime createdAt;

    /** Who defined it: the subject of the token. */
    @Column(name = "created_by")
    String createdBy;

    protected ElectoralUnit() {}

    ElectoralUnit(
            UUID id,
            UUID electionId,
            Body body,
            int number,
            String name,
            int seats,
            String administrativeUnitCode,
            OffsetDateTime createdAt,
            String createdBy) {
        this.id = id;
        this.electionId = electionId;
        this.body = body;
        this.number = number;
        this.name = name;
        this.seats = seats;
        this.administrativeUnitCode = administrativeUnitCode;
        this.createdAt = createdAt;
        this.createdBy = createdBy;
    }

    public UUID id() {
        return id;
    }

    public UUID electionId() {
        return electionId;
    }

    public Body body() {
        return body;
    }

    public String name() {
        return name;
    }

    public int seats() {
        return seats;
    }

    public String administrativeUnitCode() {
        return administrativeUnitCode;
    }
}
