package vn.election.tally.complaint;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** Complaints about results. */
@ApplicationScoped
public class ResultComplaintRepository implements PanacheRepositoryBase<ResultComplaint, UUID> {

    List<ResultComplaint> ofElection(UUID electionId) {
        return list("electionId = ?1 order by filedAt, id", electionId);
    }

    List<ResultComplaint> decided(UUID electionId) {
        return list("electionId = ?1 and outcome is not null order by decidedAt, id", electionId);
    }

    /** Still open after their last day, {@code today} being later. */
    List<ResultComplaint> overdue(UUID electionId, LocalDate today) {
        return list(
                "electionId = ?1 and outcome is null and resolutionDue < ?2 order by resolutionDue, id",
                electionId,
                today);
    }
}
