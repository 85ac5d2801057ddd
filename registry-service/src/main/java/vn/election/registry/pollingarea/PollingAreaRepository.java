package vn.election.registry.pollingarea;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class PollingAreaRepository implements PanacheRepositoryBase<PollingArea, UUID> {

    /** One keyset page of the election's polling areas (of one commune if given), by id. */
    List<PollingArea> page(UUID electionId, String communeCode, UUID after, int limit) {
        Parameters params = Parameters.with("election", electionId)
                // the first page starts after the all-zero UUID, the smallest in PostgreSQL's unsigned order
                .and("after", after == null ? new UUID(0L, 0L) : after);
        String where = "electionId = :election and id > :after";
        if (communeCode != null) {
            where += " and communeCode = :commune";
            params.and("commune", communeCode);
        }
        return find(where, Sort.by("id"), params).page(0, limit).list();
    }
}
