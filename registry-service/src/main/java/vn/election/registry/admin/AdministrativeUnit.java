package vn.election.registry.admin;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import vn.election.events.registry.AdministrativeLevel;

/** An administrative unit (đơn vị hành chính): tỉnh, huyện (until 2025) or xã/phường/đặc khu. */
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

    @Column(name = "province_code", nullable = false)
    String provinceCode;

    @Column(name = "created_at", nullable = false)
    OffsetDateTime createdAt;

    /** Who defined it: the subject of the token. */
    @Column(name = "created_by")
    String createdBy;

    protected AdministrativeUnit() {}

    AdministrativeUnit(
            String code,
            String name,
            AdministrativeLevel level,
            AdministrativeUnit parent,
            OffsetDateTime createdAt,
            String createdBy) {
        this.code = code;
        this.name = name;
        this.level = level;
        this.parentCode = parent == null ? null : parent.code;
        this.provinceCode = parent == null ? code : parent.provinceCode;
        this.createdAt = createdAt;
        this.createdBy = createdBy;
    }

    public String code() {
        return code;
    }

    public String name() {
        return name;
    }

    public AdministrativeLevel level() {
        return level;
    }

    public String parentCode() {
        return parentCode;
    }

    public String provinceCode() {
        return provinceCode;
    }

    /** True if {@code other} is this unit or lies inside it. */
    public boolean contains(AdministrativeUnit other) {
        return code.equals(other.code) || code.equals(other.parentCode) || code.equals(other.provinceCode);
    }
}
