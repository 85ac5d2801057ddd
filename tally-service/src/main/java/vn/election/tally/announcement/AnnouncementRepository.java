package vn.election.tally.announcement;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

/** The announcements of results. */
@ApplicationScoped
public class AnnouncementRepository implements PanacheRepositoryBase<Announcement, UUID> {

    /** The announcements of an election, oldest first. */
    List<Announcement> ofElection(UUID electionId) {
        return list("electionId = ?1 order by announcedAt, id", electionId);
    }
}
