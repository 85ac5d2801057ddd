package vn.election.tally.election;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.FlushModeType;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import vn.election.events.Body;
import vn.election.events.registry.ElectoralUnitDefined;

/** Electoral units learned from the registry. */
@ApplicationScoped
public class ElectoralUnitRepository implements PanacheRepositoryBase<ElectoralUnit, UUID> {

    public void apply(ElectoralUnitDefined event) {
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

    /**
     * These units, in no order. It reads the structure only, which nothing else in the caller's transaction
     * writes: nothing pending is flushed for it.
     */
    public List<ElectoralUnit> ofIds(Collection<UUID> ids) {
        return getEntityManager()
                .createQuery("from ElectoralUnit u where u.id in ?1", ElectoralUnit.class)
                .setParameter(1, ids)
                .setFlushMode(FlushModeType.COMMIT)
                .getResultList();
    }
}
