package vn.election.tally.minutes;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.hibernate.jpa.HibernateHints;
import vn.election.events.Body;

/** Count minutes, every version. */
@ApplicationScoped
public class CountMinutesRepository implements PanacheRepositoryBase<CountMinutes, UUID> {

    /**
     * The current versions of the minutes of these polling areas, one query for a whole batch; read only
     * (a batch reads their versions and never changes them), so the session does not dirty-check them.
     */
    List<CountMinutes> currentOf(Collection<UUID> pollingAreas) {
        return find("current = true and pollingAreaId in ?1", pollingAreas)
                .withHint(HibernateHints.HINT_READ_ONLY, true)
                .list();
    }

    /** Every version of the minutes of a polling area and body, oldest first. */
    List<CountMinutes> history(UUID pollingArea, Body body) {
        return list("pollingAreaId = ?1 and body = ?2 order by round, version", pollingArea, body);
    }
}
