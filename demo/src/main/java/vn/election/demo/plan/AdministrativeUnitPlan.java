package vn.election.demo.plan;

import java.util.Map;

/**
 * An administrative unit (đơn vị hành chính) as the registry's CSV import takes it.
 *
 * @param level      PROVINCE, DISTRICT (2021 ruleset) or COMMUNE
 * @param parentCode null for a province
 */
public record AdministrativeUnitPlan(String code, String name, String level, String parentCode) {

    public static final String PROVINCE = "PROVINCE";
    public static final String DISTRICT = "DISTRICT";
    public static final String COMMUNE = "COMMUNE";

    /** The province a place lies in (itself for a province), walking up its parents in {@code byCode}. */
    public static String provinceOf(String code, Map<String, AdministrativeUnitPlan> byCode) {
        AdministrativeUnitPlan unit = byCode.get(code);
        while (unit.parentCode() != null) {
            unit = byCode.get(unit.parentCode());
        }
        return unit.code();
    }

    public String csvRow() {
        return code + "," + name + "," + level + "," + (parentCode == null ? "" : parentCode);
    }
}
