package vn.election.tally.election;

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
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import vn.election.events.Body;
import vn.election.events.Ruleset;
import vn.election.events.registry.ElectionDefined;

/**
 * An election (cuộc bầu cử) as the tally knows it, from the registry's events only: the tally checks
 * and counts with no call to the registry.
 */
@Entity
@Table(name = "election")
public class KnownElection {

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

    /** A drill (diễn tập, D-28): every answer about it says so. */
    @Column(nullable = false)
    boolean drill;

    @Column(name = "learned_at", nullable = false)
    OffsetDateTime learnedAt;

    protected KnownElection() {}

    KnownElection(UUID id) {
        this.id = id;
    }

    void learn(ElectionDefined event, OffsetDateTime now) {
        name = event.name();
        electionDay = event.electionDay();
        timeZone = event.timeZone();
        ruleset = event.ruleset();
        bodies.clear();
        bodies.addAll(event.bodies());
        drill = event.drill();
        learnedAt = now;
    }

    public UUID id() {
        return id;
    }

    public String name() {
        return name;
    }

    public LocalDate electionDay() {
        return electionDay;
    }

    /** The rules it is held under, e.g. the period of its second rounds (W-5, W-6). */
    public Ruleset ruleset() {
        return ruleset;
    }

    /** A drill, not a real election (D-28). */
    public boolean drill() {
        return drill;
    }

    /** The first instant after the last day {@code day} (inclusive), on the election-day clock. */
    public OffsetDateTime endOf(LocalDate day) {
        return day.plusDays(1).atStartOfDay(zone()).toOffsetDateTime();
    }

    /** The day of {@code at} on the election-day clock. */
    public LocalDate dayOf(OffsetDateTime at) {
        return at.atZoneSameInstant(zone()).toLocalDate();
    }

    /** The election-day clock (Asia/Ho_Chi_Minh). */
    public ZoneId zone() {
        return ZoneId.of(timeZone);
    }
}
