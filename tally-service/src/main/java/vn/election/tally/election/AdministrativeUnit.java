package vn.election.tally.election;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import vn.election.events.registry.AdministrativeLevel;
import vn.election.events.registry.AdministrativeUnitDefined;
import vn.election.kit.text.Texts;

/** An administrative unit (đơn vị hành chính): a province or a commune, for the roll-ups (M-6, M-7). */
@Entity
@Table(name = "administrative_unit")
public class AdministrativeUnit {

    @Id
    String code;

    @Column(nullable = false)
    String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    AdministrativeLevel level;

    @Column(name = "parent_code")
    String parentCode;

    protected AdministrativeUnit() {}

    AdministrativeUnit(String code) {
        this.code = code;
    }

    void learn(AdministrativeUnitDefined event) {
        name = Texts.nfc(event.name(), Texts.Whitespace.KEEP);
        level = event.level();
        parentCode = event.parentCode();
    }

    public String name() {
        return name;
    }

    public AdministrativeLevel level() {
        return level;
    }
}
