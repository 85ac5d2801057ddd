package vn.election.tally.election;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;
import vn.election.events.Body;
import vn.election.events.registry.ElectoralUnitDefined;
import vn.election.kit.text.Texts;

/** An electoral unit (đơn vị bầu cử) of one body and its seats (EU-1, EU-2), from the registry. */
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

    protected ElectoralUnit() {}

    ElectoralUnit(UUID id) {
        this.id = id;
    }

    void learn(ElectoralUnitDefined event) {
        electionId = event.electionId();
        body = event.body();
        number = event.number();
        name = Texts.nfc(event.name(), Texts.Whitespace.KEEP);
        seats = event.seats();
        administrativeUnitCode = event.administrativeUnitCode();
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

    public int number() {
        return number;
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
