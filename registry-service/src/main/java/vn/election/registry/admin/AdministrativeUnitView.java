package vn.election.registry.admin;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.election.events.registry.AdministrativeLevel;

/** An administrative unit as the API shows it. */
@Schema(name = "AdministrativeUnit", description = "An administrative unit (đơn vị hành chính)")
public record AdministrativeUnitView(
        @Schema(example = "01840") String code,
        @Schema(example = "Xã Cao Kỳ") String name,
        @Schema(example = "COMMUNE") AdministrativeLevel level,
        @Schema(example = "06") String parentCode,
        @Schema(example = "06") String provinceCode) {

    static AdministrativeUnitView of(AdministrativeUnit unit) {
        return new AdministrativeUnitView(unit.code, unit.name, unit.level, unit.parentCode, unit.provinceCode);
    }
}
