package vn.election.awards.campaign;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.util.UUID;
import vn.election.awards.UnknownReference;
import vn.election.kit.problem.ProblemException;

/** The campaigns of commendation. */
@ApplicationScoped
public class CampaignRepository implements PanacheRepositoryBase<Campaign, UUID> {

    public Campaign get(UUID id) {
        return findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("campaign", id));
    }

    /** A campaign named in a request body: unknown is 422 on {@code field}. */
    public Campaign referenced(UUID id, String field) {
        return findByIdOptional(id).orElseThrow(() -> UnknownReference.of(field, "campaign", id));
    }

    /**
     * The campaign, locked until the transaction ends: deciding and forwarding count its awards against
     * the quotas (K-7), so two approvals of the same campaign take turns.
     */
    public Campaign lockForQuota(UUID id) {
        return findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE)
                .orElseThrow(() -> ProblemException.notFound("campaign", id));
    }
}
