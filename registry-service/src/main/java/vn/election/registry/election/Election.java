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
import java.time.OffsetDateTime;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import vn.election.events.Body;
import vn.election.events.Ruleset;

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

    @Column(name = "created_at", nullable = false)
    OffsetDateTime createdAt;

    protected Election() {
    }

    Election(UUID id, String name, LocalDate electionDay, String timeZone, Ruleset ruleset, Set<Body> bodies,
            OffsetDateTime createdAt) {
        this.id = id;
        this.name = name;
        this.electionDay = electionDay;
        this.timeZone = timeZone;
        this.ruleset = ruleset;
        this.bodies = EnumSet.copyOf(bodies);
        this.createdAt = createdAt;
    }
}
