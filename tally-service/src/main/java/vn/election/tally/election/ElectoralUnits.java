package vn.election.tally.election;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;
import vn.election.events.Body;
import vn.election.events.registry.ElectoralUnitDefined;

/** Electoral units learned from the registry. */
@ApplicationScoped
public class ElectoralUnits implements PanacheRepositoryBase<ElectoralUnit, UUID> {

    void apply(ElectoralUnitDefined event) {
        ElectoralUnit unit = findByIdOptional(event.unitId()).orElseGet(() -> {
            var created = new ElectoralUnit(event.unitId());
            created.learn(event);
            persist(created);
            return created;
        });
        unit.learn(event);
    }

    /** The units of an election, optionally of one body, by administrative unit and number. */
    public List<ElectoralUnit> ofElection(UUID electionId, Body body) {
        return body == null
                ? list("electionId = ?1 order by body, administrativeUnitCode, number", electionId)
                : list("electionId = ?1 and body = ?2 order by administrativeUnitCode, number", electionId, body);
    }
}
