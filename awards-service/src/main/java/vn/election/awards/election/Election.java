package vn.election.awards.election;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;
import vn.election.events.Ruleset;

/**
 * An election (cuộc bầu cử) whose work can be commended, as learned from the registry's events. Its
 * ruleset decides which forms of award and issuers exist (K-2, K-3).
 */
@Entity
@Table(name = "election")
public class Election {

    @Id
    UUID id;

    @Column(nullable = false)
    String name;

    @Column(name = "election_day", nullable = false)
    LocalDate electionDay;

    @Column(nullable = false)
    Ruleset ruleset;

    /** A drill (diễn tập, D-28): its certificates say so. */
    @Column(nullable = false)
    boolean drill;

    @Column(name = "learned_at", nullable = false)
    OffsetDateTime learnedAt;

    protected Election() {}

    Election(UUID id, String name, LocalDate electionDay, Ruleset ruleset, boolean drill, OffsetDateTime learnedAt) {
        this.id = id;
        this.name = name;
        this.electionDay = electionDay;
        this.ruleset = ruleset;
        this.drill = drill;
        this.learnedAt = learnedAt;
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

    public Ruleset ruleset() {
        return ruleset;
    }

    /** A drill, not a real election (D-28). */
    public boolean drill() {
        return drill;
    }

    void redefine(String newName, LocalDate newDay, Ruleset newRuleset, boolean newDrill, OffsetDateTime now) {
        name = newName;
        electionDay = newDay;
        ruleset = newRuleset;
        drill = newDrill;
        learnedAt = now;
    }
}
