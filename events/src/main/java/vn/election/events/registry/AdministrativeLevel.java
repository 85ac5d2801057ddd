package vn.election.events.registry;

/** Levels of administrative unit (đơn vị hành chính). DISTRICT exists only under the 2021 ruleset (0.2). */
public enum AdministrativeLevel {
    /** Tỉnh / thành phố trực thuộc trung ương. */
    PROVINCE,
    /** Huyện / quận / thị xã / thành phố thuộc tỉnh (until 2025). */
    DISTRICT,
    /** Xã / phường / thị trấn / đặc khu. */
    COMMUNE
}
