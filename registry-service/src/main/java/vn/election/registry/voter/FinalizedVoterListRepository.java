package vn.election.registry.voter;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class FinalizedVoterListRepository implements PanacheRepositoryBase<FinalizedVoterList, UUID> {

    /**
     * Finalizes the area's list, or finalizes it again: the latest time and actor are kept, and the first time as
     * its posting (V-8). Returns the version of
     * the counts it publishes (D-20): 1 the first time, one more each time after. The row stays locked until the
     * transaction ends, so two publications of one area take their versions in the order they commit.
     */
    long markFinalized(UUID pollingAreaId, OffsetDateTime at, String actor) {
        return ((Number) getEntityManager()
                        .createNativeQuery("""
                                insert into voter_list_final
                                    (polling_area_id, finalized_at, finalized_by, version, posted_at)
                                values (?1, ?2, ?3, 1, ?2)
                                on conflict (polling_area_id) do update
                                set finalized_at = excluded.finalized_at, finalized_by = excluded.finalized_by,
                                    version = voter_list_final.version + 1
                                returning version""")
                        .setParameter(1, pollingAreaId)
                        .setParameter(2, at)
                        .setParameter(3, actor)
                        .getSingleResult())
                .longValue();
    }

    /** V-8: when the area's list was posted (first finalized); empty while it is not. */
    public Optional<OffsetDateTime> postedAt(UUID pollingAreaId) {
        return findByIdOptional(pollingAreaId).map(list -> list.postedAt);
    }

    /**
     * Of these polling areas, the finalized ones, each with the next version of its counts (D-20), taken before
     * they are counted: the rows stay locked until the transaction ends, so a concurrent change of the same list
     * waits and then counts what this one wrote.
     */
    Map<UUID, Long> nextVersionsOfFinalized(Collection<UUID> pollingAreaIds) {
        if (pollingAreaIds.isEmpty()) {
            return Map.of();
        }
        Map<UUID, Long> versions = new HashMap<>();
        for (Object row : getEntityManager()
                .createNativeQuery("""
                        update voter_list_final set version = version + 1
                        where polling_area_id in (?1) returning polling_area_id, version""")
                .setParameter(1, pollingAreaIds)
                .getResultList()) {
            Object[] r = (Object[]) row;
            versions.put((UUID) r[0], ((Number) r[1]).longValue());
        }
        return versions;
    }
}
