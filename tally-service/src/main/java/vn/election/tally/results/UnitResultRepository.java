package vn.election.tally.results;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The determined rounds of the units (M-5). */
@ApplicationScoped
public class UnitResultRepository implements PanacheRepositoryBase<UnitResult, UnitResult.Key> {

    /** The rounds already determined of each of these units, oldest first; an empty list for a unit with none. */
    Map<UUID, List<UnitResult>> determined(List<UUID> unitIds) {
        Map<UUID, List<UnitResult>> determined = new HashMap<>();
        unitIds.forEach(u -> determined.put(u, new ArrayList<>()));
        getEntityManager()
                .createQuery("from UnitResult r where r.unitId in ?1 order by r.round", UnitResult.class)
                .setParameter(1, unitIds)
                .getResultList()
                .forEach(r -> determined.get(r.unitId).add(r));
        return determined;
    }
}
