package vn.election.awards.nominee;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;
import vn.election.awards.UnknownReference;

/** The nominees' achievements. */
@ApplicationScoped
public class AchievementRepository implements PanacheRepositoryBase<Achievement, UUID> {

    /** The achievement named in a request, which must be {@code nomineeId}'s. */
    public Achievement referenced(UUID id, UUID nomineeId, String field) {
        return findByIdOptional(id)
                .filter(a -> a.nomineeId.equals(nomineeId))
                .orElseThrow(() -> UnknownReference.of(field, "achievement of nominee " + nomineeId, id));
    }

    List<Achievement> of(UUID nomineeId) {
        return list("nomineeId = ?1 order by recordedAt, id", nomineeId);
    }
}
