package vn.election.registry.unit;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;
import vn.election.events.Body;

@ApplicationScoped
public class ElectoralUnitRepository implements PanacheRepositoryBase<ElectoralUnit, UUID> {

    /** One keyset page of the election's units (of one administrative unit if given), by id. */
    List<ElectoralUnit> page(UUID electionId, String administrativeUnitCode, UUID after, int limit) {
        Parameters params = Parameters.with("election", electionId)
                // the first page starts after the all-zero UUID, the smallest in PostgreSQL's unsigned order
                .and("after", after == null ? new UUID(0L, 0L) : after);
        String where = "electionId = :election and id > :after";
        if (administrativeUnitCode != null) {
            where += " and administrativeUnitCode = :home";
            params.and("home", administrativeUnitCode);
        }
        return find(where, Sort.by("id"), params).page(0, limit).list();
    }

    /** Whether the body's unit of that number exists already in the administrative unit, in this election. */
    boolean numberTaken(UUID electionId, Body body, String administrativeUnitCode, int number) {
        return count(
                        "electionId = ?1 and body = ?2 and administrativeUnitCode = ?3 and number = ?4",
                        electionId,
                        body,
                        administrativeUnitCode,
                        number)
                > 0;
    }
}
