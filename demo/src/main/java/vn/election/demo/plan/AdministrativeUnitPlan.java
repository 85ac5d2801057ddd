package vn.election.demo.plan;

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

    public String csvRow() {
        return code + "," + name + "," + level + "," + (parentCode == null ? "" : parentCode);
    }
}
