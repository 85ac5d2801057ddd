package vn.election.registry.organization;

import java.util.Map;
import java.util.Optional;
import vn.election.events.Ruleset;

/**
 * ORG-2 (and ORG-4) member counts, as data per ruleset. A size outside its range is accepted with a
 * warning (the sources are secondary), when founded and after each change of members (D-33). Keys: the
 * organization kind, then what it is for (the administrative level of a committee, the body of a board, a team of
 * an armed-forces unit alone).
 */
final class OrganizationSizes {

    record Range(int min, int max) {
        boolean contains(int n) {
            return n >= min && n <= max;
        }
    }

    private static final Map<Ruleset, Map<String, Range>> SIZES = Map.of(
            Ruleset.R2026,
                    Map.of(
                            "NATIONAL_ELECTION_COUNCIL", new Range(15, 21),
                            "ELECTION_COMMITTEE/PROVINCE", new Range(23, 37),
                            "ELECTION_COMMITTEE/COMMUNE", new Range(9, 17),
                            "ELECTION_BOARD/NATIONAL_ASSEMBLY", new Range(9, 17),
                            "ELECTION_BOARD/PROVINCIAL_COUNCIL", new Range(11, 15),
                            "ELECTION_BOARD/COMMUNE_COUNCIL", new Range(9, 15),
                            "ELECTION_TEAM", new Range(11, 21),
                            "ELECTION_TEAM/ARMED_FORCES", new Range(5, 9)),
            Ruleset.R2021,
                    Map.of(
                            "NATIONAL_ELECTION_COUNCIL", new Range(15, 21),
                            "ELECTION_BOARD/PROVINCIAL_COUNCIL", new Range(11, 13),
                            "ELECTION_BOARD/DISTRICT_COUNCIL", new Range(9, 11),
                            "ELECTION_BOARD/COMMUNE_COUNCIL", new Range(7, 9)));

    private OrganizationSizes() {}

    /** The range for {@code key} under {@code ruleset}, if the law as known gives one. */
    static Optional<Range> of(Ruleset ruleset, String key) {
        return Optional.ofNullable(SIZES.get(ruleset).get(key));
    }
}
