package vn.election.registry.voter;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

@ApplicationScoped
public class FinalizedVoterListRepository implements PanacheRepositoryBase<FinalizedVoterList, UUID> {

    /** Finalizes the area's list, or finalizes it again: the latest time and actor are kept. */
    void markFinalized(UUID pollingAreaId, OffsetDateTime at, String actor) {
        getEntityManager()
                .createNativeQuery("""
                        insert into voter_list_final (polling_area_id, finalized_at, finalized_by) values (?1, ?2, ?3)
                        on conflict (polling_area_id) do update
                        set finalized_at = excluded.finalized_at, finalized_by = excluded.finalized_by""")
                .setParameter(1, pollingAreaId)
                .setParameter(2, at)
                .setParameter(3, actor)
                .executeUpdate();
    }

    /** Of these polling areas, those whose list is finalized. */
    Set<UUID> finalizedAmong(Collection<UUID> pollingAreaIds) {
        if (pollingAreaIds.isEmpty()) {
            return Set.of();
        }
        List<UUID> finalized = getEntityManager()
                .createQuery(
                        "select f.pollingAreaId from FinalizedVoterList f where f.pollingAreaId in :areas", UUID.class)
                .setParameter("areas", pollingAreaIds)
                .getResultList();
        return new HashSet<>(finalized);
    }
}
