package vn.election.registry.election;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import vn.election.events.Body;
import vn.election.events.Rule;
import vn.election.events.Ruleset;
import vn.election.kit.problem.Problem;
import vn.election.kit.problem.ProblemException;
import vn.election.kit.problem.ProblemType;

/** An election (cuộc bầu cử): its day, its ruleset and the bodies it elects. */
@Entity
@Table(name = "election")
public class Election {

    @Id
    UUID id;

    @Column(nullable = false)
    String name;

    @Column(name = "election_day", nullable = false)
    LocalDate electionDay;

    @Column(name = "time_zone", nullable = false)
    String timeZone;

    @Column(nullable = false)
    Ruleset ruleset;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "election_body", joinColumns = @JoinColumn(name = "election_id"))
    @Column(name = "body")
    @Enumerated(EnumType.STRING)
    Set<Body> bodies = EnumSet.noneOf(Body.class);

    /** A drill (diễn tập, D-28): set at definition and never changed. */
    @Column(nullable = false)
    boolean drill;

    @Column(name = "created_at", nullable = false)
    OffsetDateTime createdAt;

    /** Who defined it: the subject of the token. */
    @Column(name = "created_by")
    String createdBy;

    protected Election() {}

    Election(
            UUID id,
            String name,
            LocalDate electionDay,
            String timeZone,
            Ruleset ruleset,
            Set<Body> bodies,
            boolean drill,
            OffsetDateTime createdAt,
            String createdBy) {
        this.id = id;
        this.name = name;
        this.electionDay = electionDay;
        this.timeZone = timeZone;
        this.ruleset = ruleset;
        this.bodies = EnumSet.copyOf(bodies);
        this.drill = drill;
        this.createdAt = createdAt;
        this.createdBy = createdBy;
    }

    /** Voting opens at 07:00 on election day, election-day clock (ED-2). */
    public static final LocalTime VOTING_OPENS = LocalTime.of(7, 0);
    /** And the ballot box closes at 19:00 (ED-2). */
    public static final LocalTime VOTING_CLOSES = LocalTime.of(19, 0);

    public UUID id() {
        return id;
    }

    public String name() {
        return name;
    }

    public LocalDate electionDay() {
        return electionDay;
    }

    public Ruleset ruleset() {
        return ruleset;
    }

    public Set<Body> bodies() {
        return EnumSet.copyOf(bodies);
    }

    /** A drill (D-28): its calendar binds only V-9. */
    public boolean drill() {
        return drill;
    }

    /** The election-day clock. */
    public ZoneId zone() {
        return ZoneId.of(timeZone);
    }

    public OffsetDateTime createdAt() {
        return createdAt;
    }

    /** Its calendar: each step's latest day and rule (D-26). */
    public ElectionCalendar calendar() {
        return new ElectionCalendar(this);
    }

    /**
     * D-26: 422 naming the step's rule when {@code now} is past a step that binds this election; a drill's
     * early steps bind nothing (D-28).
     */
    public void requireOnTime(CalendarStep step, String field, OffsetDateTime now) {
        Milestone milestone = calendar().milestone(step);
        if (milestone.binding() && !now.isBefore(milestone.closesAt())) {
            throw ProblemException.ruleViolation(
                    field,
                    step.rule(),
                    step.summary() + " by " + milestone.due() + " (" + milestone.closesAt() + "); it is "
                            + now.atZoneSameInstant(zone()).toOffsetDateTime());
        }
    }

    public boolean elects(Body body) {
        return bodies.contains(body);
    }

    /**
     * The latest day the official candidate list of {@code body} is published (the ruleset's value): a candidate
     * who sits on the board or team of their unit leaves it by then (ORG-3).
     */
    public LocalDate officialListLatestDay(Body body) {
        return electionDay.minusDays(ruleset.officialListDaysBefore(body));
    }

    /** The date at {@code instant} on the election's clock: the day a deadline in days counts (V-8, R-3). */
    public LocalDate dateAt(OffsetDateTime instant) {
        return instant.atZoneSameInstant(ZoneId.of(timeZone)).toLocalDate();
    }

    /** Midnight opening election day, election-day clock. */
    public OffsetDateTime electionDayStarts() {
        return electionDay.atStartOfDay(ZoneId.of(timeZone)).toOffsetDateTime();
    }

    /** When voting starts (ED-2): the end of every time window "before voting" of the law. */
    public OffsetDateTime votingStarts() {
        return electionDay.atTime(VOTING_OPENS).atZone(ZoneId.of(timeZone)).toOffsetDateTime();
    }

    /** After this instant the voter lists are frozen (V-9). */
    public OffsetDateTime listChangesCloseAt() {
        return votingStarts().minus(ruleset.calendarListsFrozenBeforeVoting());
    }

    /** V-9: 409 unless the voter lists still change at {@code now}; then they are frozen (a public date). */
    public void requireListsOpenAt(OffsetDateTime now) {
        if (!now.isBefore(listChangesCloseAt())) {
            throw new ProblemException(
                    ProblemType.CONFLICT,
                    "the voter lists are frozen",
                    List.of(Problem.FieldError.of(
                            "electionId",
                            Rule.V_9,
                            "lists change until " + listChangesCloseAt() + ", 24 hours before voting starts")));
        }
    }
}
