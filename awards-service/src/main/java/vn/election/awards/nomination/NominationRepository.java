package vn.election.awards.nomination;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import vn.election.awards.UnknownReference;
import vn.election.awards.catalogue.RecipientKind;
import vn.election.kit.problem.ProblemException;

/** The nominations of all campaigns. */
@ApplicationScoped
public class NominationRepository implements PanacheRepositoryBase<Nomination, UUID> {

    /** The states in which a nomination uses up its campaign's quota (K-7). */
    private static final Set<NominationState> COUNTED_BY_QUOTA = EnumSet.of(
            NominationState.DECIDED,
            NominationState.PUBLISHED,
            NominationState.CONFERRED,
            NominationState.FORWARDED_TO_HIGHER);

    public Nomination get(UUID id) {
        return findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("nomination", id));
    }

    public Nomination referenced(UUID id, String field) {
        return findByIdOptional(id).orElseThrow(() -> UnknownReference.of(field, "nomination", id));
    }

    /** How many awards of {@code form} to {@code kind} the campaign already decided or forwarded (K-7). */
    public long countUsingQuota(UUID campaignId, String form, RecipientKind kind) {
        return count(
                "campaignId = ?1 and form = ?2 and recipientKind = ?3 and state in ?4",
                campaignId,
                form,
                kind,
                COUNTED_BY_QUOTA);
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
