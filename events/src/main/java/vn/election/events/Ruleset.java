package vn.election.events;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.EnumSet;
import java.util.Set;

/**
 * The set of legal rules an election is held under (docs/rules.md). Rules that changed between the
 * 2021 and 2026 elections are looked up here instead of testing the election year in code.
 */
public enum Ruleset {
    /** Law 85/2015: four bodies, with the district level (ED-3). */
    @JsonProperty("2021")
    R2021(EnumSet.allOf(Body.class)),
    /** Law 83/2025: no district level from 2025 (ED-3). */
    @JsonProperty("2026")
    R2026(EnumSet.of(Body.NATIONAL_ASSEMBLY, Body.PROVINCIAL_COUNCIL, Body.COMMUNE_COUNCIL));

    private final Set<Body> bodies;

    Ruleset(Set<Body> bodies) {
        this.bodies = bodies;
    }

    /** The bodies an election under this ruleset may elect (one ballot each, ED-3). */
    public Set<Body> bodies() {
        return EnumSet.copyOf(bodies);
    }

    public boolean allows(Body body) {
        return bodies.contains(body);
    }

    // --- organizations and candidates (ORG-3) ---

    /**
     * How many days before election day the official candidate list of {@code body} is published at the latest:
     * the day by which a candidate sitting on the board or team of their unit leaves it (ORG-3). 2021: the NA's
     * list 25 days, a People's Council's 20 (the election law before the amendment); 2026: 21 and 16 days.
     */
    public int officialListDaysBefore(Body body) {
        boolean nationalAssembly = body == Body.NATIONAL_ASSEMBLY;
        return switch (this) {
            case R2021 -> nationalAssembly ? 25 : 20;
            case R2026 -> nationalAssembly ? 21 : 16;
        };
    }

    /** The year as written in the API ({@code "2021"}, {@code "2026"}). */
    public String code() {
        return name().substring(1);
    }

    // --- second rounds: bầu thêm and bầu lại (W-5, W-6, D-8) ---

    /**
     * The last day, counted in days after election day, on which a bầu thêm (W-5) or bầu lại (W-6) may be
     * held: 15 in the 2015 text; the 2026 period is practice.
     */
    public int secondRoundDays() {
        return switch (this) {
            case R2021 -> 15;
            case R2026 -> 15;
        };
    }
}
