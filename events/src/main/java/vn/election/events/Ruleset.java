package vn.election.events;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Period;
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

    // --- complaints about voter lists and candidates before election day (V-8, R-3, D-35) ---

    /** V-8: a complaint about a voter list is made within this many days of the list's posting. */
    public int voterListComplaintDays() {
        return switch (this) {
            case R2021, R2026 -> 30;
        };
    }

    /** V-8: the body that made the list answers a complaint within this many days of its filing. */
    public int voterListComplaintAnswerDays() {
        return switch (this) {
            case R2021, R2026 -> 5;
        };
    }

    /** complaints about candidates are settled at the latest this many days before election day. */
    public int candidateComplaintsSettledDaysBefore() {
        return switch (this) {
            case R2021, R2026 -> 10;
        };
    }

    /** D-35: the body answers a complaint about a candidate within this many days of its filing (R-3 caps it). */
    public int candidateComplaintAnswerDays() {
        return switch (this) {
            case R2021, R2026 -> 5;
        };
    }

    // --- results announcement and complaints, and the minutes deadline (M-4) ---

    /** Days after election day within which a polling area's minutes reach the board (M-4, R-2). */
    public int pollingAreaMinutesDays() {
        return 3;
    }

    /**
     * Days after election day within which a body's results are announced: the NA's 20 under the 2015
     * text, 10 as amended; a People's Council's 10 under both.
     */
    public int announcementDays(Body body) {
        return body == Body.NATIONAL_ASSEMBLY && this == R2021 ? 20 : 10;
    }

    /** The last day of the announcement of a body's results, election day plus {@link #announcementDays}. */
    public LocalDate announcementDeadline(LocalDate electionDay, Body body) {
        return electionDay.plusDays(announcementDays(body));
    }

    /** Days after the announcement of a unit's results within which a complaint about them is filed. */
    public int resultComplaintDays() {
        return 5;
    }

    /**
     * Days after its filing within which a complaint about results is settled: 30 by the National Election
     * Council for the NA, 20 by the committee for a People's Council.
     */
    public int resultComplaintResolutionDays(Body body) {
        return body == Body.NATIONAL_ASSEMBLY ? 30 : 20;
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

    // --- the election calendar (ED-1, ORG-2, EU-1, C-2, V-7, V-8, R-3, V-9, M-4, M-5, R-2, R-4; D-27, D-29) ---
    // Days count from election day: "before" gives the latest day on which the step may still happen,
    // "after" the last day it may take.

    /** ED-1: election day is announced at least this many days before. */
    public int calendarAnnouncementDaysBefore() {
        return 115;
    }

    /** ORG-2: the provincial and commune election committees are founded at least this many days before. */
    public int calendarCommitteesFoundedDaysBefore() {
        return 105;
    }

    /** ORG-2: the election boards are founded at least this many days before. */
    public int calendarBoardsFoundedDaysBefore() {
        return 70;
    }

    /** ORG-2: the election teams are founded at least this many days before (2021: D-27). */
    public int calendarTeamsFoundedDaysBefore() {
        return switch (this) {
            case R2021 -> 50;
            case R2026 -> 43;
        };
    }

    /** EU-1: the electoral units are published at least this many days before. */
    public int calendarUnitsPublishedDaysBefore() {
        return 80;
    }

    /** C-2: candidates' dossiers are filed at least this many days before (70 in the 2015 text). */
    public int calendarDossiersDueDaysBefore() {
        return switch (this) {
            case R2021 -> 70;
            case R2026 -> 42;
        };
    }

    /** C-2: the hour, on the election-day clock, at which the filing of dossiers closes on its last day. */
    public LocalTime calendarDossiersDueAt() {
        return LocalTime.of(17, 0);
    }

    /** V-7: the voter lists are posted at least this many days before. */
    public int calendarListsPostedDaysBefore() {
        return 40;
    }

    /** V-8: a complaint about a voter list is made within this many days of its posting. */
    public int calendarListComplaintsDays() {
        return 30;
    }

    /** V-8: the body that made the list answers a complaint within this many days. */
    public int calendarListComplaintsAnsweredDays() {
        return 5;
    }

    /** complaints about candidates are settled at least this many days before. */
    public int calendarCandidateComplaintsSettledDaysBefore() {
        return 10;
    }

    /** V-9: the voter lists stop changing this long before voting starts. */
    public Duration calendarListsFrozenBeforeVoting() {
        return Duration.ofHours(24);
    }

    /** M-4: a polling area's count minutes reach the board within this many days after. */
    public int calendarPollingAreaMinutesDaysAfter() {
        return 3;
    }

    /** M-5: the board's unit minutes are sent within this many days after. */
    public int calendarUnitMinutesDaysAfter() {
        return 5;
    }

    /** the results of a body are announced within this many days after (NA: 20 in the 2015 text). */
    public int calendarResultsAnnouncedDaysAfter(Body body) {
        if (body != Body.NATIONAL_ASSEMBLY) {
            return 10;
        }
        return switch (this) {
            case R2021 -> 20;
            case R2026 -> 10;
        };
    }

    /** the newly elected body meets for the first time within this many days after. */
    public int calendarFirstSessionDaysAfter(Body body) {
        return body == Body.NATIONAL_ASSEMBLY ? 60 : 45;
    }

    // --- deputies' term and by-elections (W-7, D-13) ---

    /**
     * The term of the deputies elected, counted from election day (D-13): five years under both rulesets.
     */
    public Period term() {
        return Period.ofYears(5);
    }

    /** W-7: an NA by-election needs more than this left of the term. */
    public Period nationalAssemblyByElectionMinimumRemaining() {
        return Period.ofYears(2);
    }

    /** W-7: a People's Council by-election needs more than this left of the term. */
    public Period councilByElectionMinimumRemaining() {
        return Period.ofMonths(18);
    }
}
