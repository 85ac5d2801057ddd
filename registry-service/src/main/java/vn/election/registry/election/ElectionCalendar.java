package vn.election.registry.election;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import vn.election.events.Body;
import vn.election.events.Ruleset;

/**
 * The calendar of one election (D-26): each step's latest day, from election day and the values of its ruleset
 * (every number lives in {@link Ruleset}). A day ends at the midnight after it on the election-day clock.
 */
public final class ElectionCalendar {

    private final Election election;
    private final Ruleset rules;
    private final LocalDate day;

    ElectionCalendar(Election election) {
        this.election = election;
        this.rules = election.ruleset();
        this.day = election.electionDay();
    }

    /** Every milestone, in the order of their days. */
    public List<Milestone> milestones() {
        List<Milestone> all = new ArrayList<>();
        all.add(onDay(CalendarStep.ELECTION_ANNOUNCED, null, day.minusDays(rules.calendarAnnouncementDaysBefore())));
        all.add(onDay(
                CalendarStep.COMMITTEES_FOUNDED, null, day.minusDays(rules.calendarCommitteesFoundedDaysBefore())));
        all.add(onDay(
                CalendarStep.ELECTORAL_UNITS_PUBLISHED, null, day.minusDays(rules.calendarUnitsPublishedDaysBefore())));
        all.add(onDay(CalendarStep.BOARDS_FOUNDED, null, day.minusDays(rules.calendarBoardsFoundedDaysBefore())));
        all.add(onDay(CalendarStep.TEAMS_FOUNDED, null, day.minusDays(rules.calendarTeamsFoundedDaysBefore())));
        all.add(atHour(
                CalendarStep.DOSSIERS_FILED,
                day.minusDays(rules.calendarDossiersDueDaysBefore()),
                rules.calendarDossiersDueAt()));
        LocalDate posted = day.minusDays(rules.calendarListsPostedDaysBefore());
        all.add(onDay(CalendarStep.VOTER_LISTS_POSTED, null, posted));
        // V-8 counts from the posting: from the latest posting day the law allows
        LocalDate complaints = posted.plusDays(rules.calendarListComplaintsDays());
        all.add(onDay(CalendarStep.LIST_COMPLAINTS_MADE, null, complaints));
        all.add(onDay(
                CalendarStep.LIST_COMPLAINTS_ANSWERED,
                null,
                complaints.plusDays(rules.calendarListComplaintsAnsweredDays())));
        all.add(onDay(
                CalendarStep.CANDIDATE_COMPLAINTS_SETTLED,
                null,
                day.minusDays(rules.calendarCandidateComplaintsSettledDaysBefore())));
        var frozen = election.listChangesCloseAt().atZoneSameInstant(election.zone());
        all.add(atHour(CalendarStep.VOTER_LISTS_FROZEN, frozen.toLocalDate(), frozen.toLocalTime()));
        all.add(onDay(CalendarStep.ELECTION_DAY, null, day));
        all.add(onDay(
                CalendarStep.POLLING_AREA_MINUTES_SENT,
                null,
                day.plusDays(rules.calendarPollingAreaMinutesDaysAfter())));
        all.add(onDay(CalendarStep.UNIT_MINUTES_SENT, null, day.plusDays(rules.calendarUnitMinutesDaysAfter())));
        for (Body body : election.bodies().stream().sorted().toList()) {
            all.add(onDay(
                    CalendarStep.RESULTS_ANNOUNCED, body, day.plusDays(rules.calendarResultsAnnouncedDaysAfter(body))));
            all.add(onDay(CalendarStep.FIRST_SESSION, body, day.plusDays(rules.calendarFirstSessionDaysAfter(body))));
        }
        all.sort(Comparator.comparing(Milestone::closesAt));
        return List.copyOf(all);
    }

    /** The milestone of a step that does not differ by body. */
    public Milestone milestone(CalendarStep step) {
        return milestones().stream()
                .filter(m -> m.step() == step)
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException(step + " differs by body"));
    }

    private static String shortName(Body body) {
        return switch (body) {
            case NATIONAL_ASSEMBLY -> "Quốc hội";
            case PROVINCIAL_COUNCIL -> "HĐND tỉnh";
            case DISTRICT_COUNCIL -> "HĐND huyện";
            case COMMUNE_COUNCIL -> "HĐND xã";
        };
    }

    private Milestone onDay(CalendarStep step, Body body, LocalDate date) {
        return milestone(
                step,
                body,
                date,
                null,
                date.plusDays(1).atStartOfDay(election.zone()).toOffsetDateTime());
    }

    private Milestone atHour(CalendarStep step, LocalDate date, LocalTime time) {
        return milestone(
                step,
                null,
                date,
                time,
                date.atTime(time).atZone(election.zone()).toOffsetDateTime());
    }

    private Milestone milestone(CalendarStep step, Body body, LocalDate date, LocalTime time, OffsetDateTime closesAt) {
        return new Milestone(
                step,
                step.rule().id(),
                body,
                body == null ? step.title() : step.title() + " " + shortName(body),
                step.summary(),
                date,
                time,
                closesAt,
                step.binds(election.drill()));
    }
}
