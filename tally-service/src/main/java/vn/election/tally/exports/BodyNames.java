package vn.election.tally.exports;

import vn.election.events.Body;

/** What officials read is in Vietnamese: the name of each body. */
final class BodyNames {

    private BodyNames() {}

    static String vietnamese(Body body) {
        return switch (body) {
            case NATIONAL_ASSEMBLY -> "Đại biểu Quốc hội";
            case PROVINCIAL_COUNCIL -> "Đại biểu Hội đồng nhân dân tỉnh";
            case DISTRICT_COUNCIL -> "Đại biểu Hội đồng nhân dân huyện";
            case COMMUNE_COUNCIL -> "Đại biểu Hội đồng nhân dân xã";
        };
    }
}
