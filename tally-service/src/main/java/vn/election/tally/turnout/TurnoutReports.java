package vn.election.tally.turnout;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

/** Turnout reports, every version. */
@ApplicationScoped
public class TurnoutReports implements PanacheRepositoryBase<TurnoutReport, UUID> {

    /** The current figure of each checkpoint of a polling area, in the order of the day. */
    List<TurnoutReport> currentOf(UUID electionId, UUID pollingArea) {
        return list(
                "electionId = ?1 and pollingAreaId = ?2 and current = true order by checkpoint",
                electionId,
                pollingArea);
    }

    /** Every version of every checkpoint of a polling area, in the order of the day, oldest version first. */
    List<TurnoutReport> history(UUID electionId, UUID pollingArea) {
        return list("electionId = ?1 and pollingAreaId = ?2 order by checkpoint, version", electionId, pollingArea);
    }

    /** A newer version replaces the current one (before it is written: one current per checkpoint). */
    void retire(TurnoutReport report) {
        report.current = false;
        flush();
    }
}
