package vn.election.tally.election;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;
import org.jboss.logging.Logger;
import vn.election.events.Body;
import vn.election.events.registry.PollingAreaDefined;
import vn.election.events.registry.VoterListFinalized;

/** Polling areas and their voter counts learned from the registry. */
@ApplicationScoped
public class PollingAreaRepository implements PanacheRepositoryBase<PollingArea, UUID> {

    private static final Logger LOG = Logger.getLogger(PollingAreaRepository.class);

    public void apply(PollingAreaDefined event) {
        PollingArea area = findByIdOptional(event.pollingAreaId()).orElseGet(() -> {
            var created = new PollingArea(event.pollingAreaId());
            created.learn(event);
            persist(created);
            return created;
        });
        area.learn(event);
    }

    /**
     * The registry finalizes a list only for a polling area it has announced before, on the same
     * ordered topic; an unknown one is an inconsistency, which goes to the dead-letter topic. A count older than
     * the one held is dropped (D-20), with a line in the log.
     */
    public void apply(VoterListFinalized event) {
        PollingArea area = findByIdOptional(event.pollingAreaId())
                .orElseThrow(() ->
                        new IllegalStateException("voter list for unknown polling area " + event.pollingAreaId()));
        if (!area.finalizeVoters(event.votersByBody(), event.version())) {
            LOG.infof(
                    "voter list version %d of polling area %s is older than the one held: dropped (D-20)",
                    event.version(), event.pollingAreaId());
        }
    }

    /** The polling areas that vote in a unit (PA-4), by commune and number. */
    public List<PollingArea> ofUnit(UUID unitId, Body body) {
        return find(
                        "select p from PollingArea p join p.unitByBody u where key(u) = ?1 and value(u) = ?2 "
                                + "order by p.communeCode, p.number",
                        body,
                        unitId)
                .list();
    }
}
