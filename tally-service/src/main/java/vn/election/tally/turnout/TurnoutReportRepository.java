package vn.election.tally.turnout;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Turnout reports, every version. */
@ApplicationScoped
public class TurnoutReportRepository implements PanacheRepositoryBase<TurnoutReport, UUID> {

    /** A polling area locked for its reports, with the voters on its list: null while the list is not final. */
    record LockedArea(Integer votersOnList) {}

    /**
     * Locks a polling area of the election for the caller's transaction (two reports of one area are
     * serialized) and reads its list: the largest of its lists per body, the National Assembly's, as every
     * listed voter gets that ballot (V-6, V-10).
     *
     * @return empty when the election has no such polling area
     */
    Optional<LockedArea> lockPollingArea(UUID electionId, UUID pollingArea) {
        List<?> rows = getEntityManager()
                .createNativeQuery("""
                        select (select max(v.voters) from polling_area_voters v where v.polling_area_id = pa.id)
                        from polling_area pa where pa.id = ?1 and pa.election_id = ?2 for update""")
                .setParameter(1, pollingArea)
                .setParameter(2, electionId)
                .getResultList();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        Object voters = rows.get(0);
        return Optional.of(new LockedArea(voters == null ? null : ((Number) voters).intValue()));
    }

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
}
