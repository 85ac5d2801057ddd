package vn.election.registry.pollingarea;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
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

    /** Whether the commune's polling area of that number exists already in this election. */
    boolean numberTaken(UUID electionId, String communeCode, int number) {
        return count("electionId = ?1 and communeCode = ?2 and number = ?3", electionId, communeCode, number) > 0;
    }

    /** The ids of the election's polling areas in the province. */
    Set<UUID> idsInProvince(UUID electionId, String provinceCode) {
        return new HashSet<>(getEntityManager()
                .createQuery(
                        "select a.id from PollingArea a join AdministrativeUnit c on c.code = a.communeCode"
                                + " where a.electionId = :election and c.provinceCode = :province",
                        UUID.class)
                .setParameter("election", electionId)
                .setParameter("province", provinceCode)
                .getResultList());
    }
}
