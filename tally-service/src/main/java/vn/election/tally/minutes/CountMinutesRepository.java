package vn.election.tally.minutes;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import vn.election.events.Body;

/** Count minutes, every version. */
@ApplicationScoped
public class CountMinutesRepository implements PanacheRepositoryBase<CountMinutes, UUID> {

    /** The current versions of the minutes of these polling areas, one query for a whole batch. */
    List<CountMinutes> currentOf(Collection<UUID> pollingAreas) {
        return list("current = true and pollingAreaId in ?1", pollingAreas);
    }

    /** Every version of the minutes of a polling area and body, oldest first. */
    List<CountMinutes> history(UUID pollingArea, Body body) {
        return list("pollingAreaId = ?1 and body = ?2 order by round, version", pollingArea, body);
    }

    /** The current version is replaced by a correction (before the new one is written: one current). */
    void retire(UUID pollingArea, Body body, int round) {
        update("current = false where pollingAreaId = ?1 and body = ?2 and round = ?3 and current = true",
                pollingArea, body, round);
    }
}
