package vn.election.tally.election;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import vn.election.events.registry.AdministrativeUnitDefined;

/** Administrative units learned from the registry. */
@ApplicationScoped
public class AdministrativeUnitRepository implements PanacheRepositoryBase<AdministrativeUnit, String> {

    public void apply(AdministrativeUnitDefined event) {
        AdministrativeUnit unit = findByIdOptional(event.code()).orElseGet(() -> {
            var created = new AdministrativeUnit(event.code());
            created.learn(event);
            persist(created);
            return created;
        });
        unit.learn(event);
    }
}
