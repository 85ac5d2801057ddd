package vn.election.registry.voter;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import vn.election.events.Body;
import vn.election.events.Ruleset;

/**
 * Why a voter is on a list, which decides the ballots they get (V-6). The scope of each category is
 * data per ruleset, not code per year.
 */
public enum VoterCategory {
    /** Thường trú: permanent residence. */
    PERMANENT,
    /** Tạm trú từ 12 tháng trở lên. */
    TEMPORARY_LONG,
    /** Tạm trú dưới 12 tháng (opt-in). */
    TEMPORARY_SHORT,
    /** Lực lượng vũ trang at their unit. */
    ARMED_FORCES,
    /** Tạm giam, giáo dưỡng, cai nghiện bắt buộc: voting at the facility. */
    DETAINED;

    private static final Set<Body> ALL = EnumSet.allOf(Body.class);
    private static final Set<Body> NA_PROVINCE = EnumSet.of(Body.NATIONAL_ASSEMBLY, Body.PROVINCIAL_COUNCIL);
    private static final Set<Body> NA_PROVINCE_DISTRICT =
            EnumSet.of(Body.NATIONAL_ASSEMBLY, Body.PROVINCIAL_COUNCIL, Body.DISTRICT_COUNCIL);

    /**
     * V-6. 2021 (Law 85/2015 Art.29(3)): temporary residents under 12 months and soldiers vote NA, province
     * and district. 2026: temporary under 12 months NA and province; soldiers NA and province (M);
     * detainees NA and province at the facility under both.
     */
    private static final Map<Ruleset, Map<VoterCategory, Set<Body>>> SCOPES = Map.of(
            Ruleset.R2021,
                    Map.of(
                            PERMANENT,
                            ALL,
                            TEMPORARY_LONG,
                            ALL,
                            TEMPORARY_SHORT,
                            NA_PROVINCE_DISTRICT,
                            ARMED_FORCES,
                            NA_PROVINCE_DISTRICT,
                            DETAINED,
                            NA_PROVINCE),
            Ruleset.R2026,
                    Map.of(
                            PERMANENT,
                            ALL,
                            TEMPORARY_LONG,
                            ALL,
                            TEMPORARY_SHORT,
                            NA_PROVINCE,
                            ARMED_FORCES,
                            NA_PROVINCE,
                            DETAINED,
                            NA_PROVINCE));

    /** The bodies a voter of this category votes for under {@code ruleset} (before the election's own bodies). */
    Set<Body> scope(Ruleset ruleset) {
        return EnumSet.copyOf(SCOPES.get(ruleset).get(this));
    }
}
