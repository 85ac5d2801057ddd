package vn.election.tally.announcement;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import vn.election.events.Body;
import vn.election.events.tally.ResultsAnnounced;

/**
 * The announcement of a body's results by its competent body (công bố kết quả bầu cử, R-2): the units it
 * announced and the elected as it listed them. Made after its deadline it is still made, and marked late (D-15).
 */
@Entity
@Table(name = "result_announcement")
public class Announcement {

    @Id
    UUID id;

    @Column(name = "election_id", nullable = false)
    UUID electionId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    Body body;

    @Column(name = "administrative_unit_code")
    String administrativeUnit;

    @Column(name = "announced_at", nullable = false)
    OffsetDateTime announcedAt;

    @Column(name = "announced_by", nullable = false)
    String announcedBy;

    @Column(name = "announced_by_organization")
    UUID announcedByOrganization;

    @Column(nullable = false)
    LocalDate deadline;

    @Column(nullable = false)
    boolean late;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "announced_unit", joinColumns = @JoinColumn(name = "announcement_id"))
    @OrderColumn(name = "position")
    @Column(name = "unit_id")
    List<UUID> units = new ArrayList<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "announced_deputy", joinColumns = @JoinColumn(name = "announcement_id"))
    @OrderColumn(name = "position")
    List<AnnouncedDeputy> elected = new ArrayList<>();

    protected Announcement() {}

    /**
     * @param deadline the last day of the announcement
     * @param late     made after {@code deadline} (D-15)
     */
    Announcement(
            UUID electionId,
            CompetentBody scope,
            OffsetDateTime at,
            String announcer,
            UUID organization,
            LocalDate deadline,
            boolean late,
            List<UUID> units,
            List<AnnouncedDeputy> elected) {
        this.id = UUID.randomUUID();
        this.electionId = electionId;
        this.body = scope.body();
        this.administrativeUnit = scope.administrativeUnit();
        this.announcedAt = at;
        this.announcedBy = announcer;
        this.announcedByOrganization = organization;
        this.deadline = deadline;
        this.late = late;
        this.units.addAll(units);
        this.elected.addAll(elected);
    }

    UUID id() {
        return id;
    }

    Body body() {
        return body;
    }

    /** The elected as announced, of the units it announced. */
    List<AnnouncedDeputy> elected() {
        return List.copyOf(elected);
    }

    List<UUID> units() {
        return List.copyOf(units);
    }

    ResultsAnnounced event() {
        return new ResultsAnnounced(
                id,
                electionId,
                body,
                administrativeUnit,
                announcedByOrganization,
                announcedAt,
                deadline,
                late,
                List.copyOf(units),
                elected.stream().map(AnnouncedDeputy::event).toList());
    }

    AnnouncementView view() {
        return new AnnouncementView(
                id,
                body,
                administrativeUnit,
                announcedAt,
                deadline,
                late,
                List.copyOf(units),
                elected.stream().map(AnnouncedDeputy::view).toList());
    }
}
