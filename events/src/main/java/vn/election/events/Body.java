package vn.election.events;

/**
 * An elected body: the National Assembly (Quốc hội) or a People's Council (Hội đồng nhân dân, HĐND)
 * at one level. Each voter gets one ballot per body in their scope (ED-3).
 */
public enum Body {
    /** Quốc hội. */
    NATIONAL_ASSEMBLY,
    /** HĐND cấp tỉnh. */
    PROVINCIAL_COUNCIL,
    /** HĐND cấp huyện: only under the 2021 ruleset (ED-3). */
    DISTRICT_COUNCIL,
    /** HĐND cấp xã (commune, ward, special zone). */
    COMMUNE_COUNCIL
}
