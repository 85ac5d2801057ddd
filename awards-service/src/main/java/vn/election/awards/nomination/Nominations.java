package vn.election.awards.nomination;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import vn.election.awards.UnknownReference;
import vn.election.awards.catalogue.RecipientKind;
import vn.election.kit.problem.ProblemException;

/** The nominations of all campaigns. */
@ApplicationScoped
public class Nominations implements PanacheRepositoryBase<Nomination, UUID> {

    public Nomination get(UUID id) {
        return findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("nomination", id));
    }

    public Nomination referenced(UUID id, String field) {
        return findByIdOptional(id).orElseThrow(() -> UnknownReference.of(field, "nomination", id));
    }

    long count(UUID campaignId, String form, RecipientKind kind, Collection<NominationState> states) {
        return count(
                "campaignId = ?1 and form = ?2 and recipientKind = ?3 and state in ?4", campaignId, form, kind, states);
    }

    /** K-5: the nomination that holds this achievement now (not rejected, not forwarded away), if any. */
    boolean achievementHeld(UUID achievementId) {
        return count(
                        "achievementId = ?1 and state not in ?2",
                        achievementId,
                        List.of(NominationState.REJECTED, NominationState.FORWARDED_TO_HIGHER))
                > 0;
    }

    List<Nomination> page(UUID campaignId, NominationState state, UUID after, int limit) {
        UUID cursor = after == null ? new UUID(0, 0) : after;
        return (state == null
                        ? find("campaignId = ?1 and id > ?2", Sort.by("id"), campaignId, cursor)
                        : find("campaignId = ?1 and id > ?2 and state = ?3", Sort.by("id"), campaignId, cursor, state))
                .page(0, limit)
                .list();
    }
}
