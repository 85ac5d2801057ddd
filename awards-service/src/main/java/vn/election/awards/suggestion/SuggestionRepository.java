package vn.election.awards.suggestion;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import vn.election.kit.problem.ProblemException;

/** The suggestions of all elections. */
@ApplicationScoped
public class SuggestionRepository implements PanacheRepositoryBase<Suggestion, UUID> {

    /** The suggestion, locked until the transaction ends: it becomes one nomination at most. */
    Suggestion lockForNomination(UUID id) {
        return findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE)
                .orElseThrow(() -> ProblemException.notFound("suggestion", id));
    }

    /** A page of an election's standing suggestions in id order, after the cursor (keyset paging). */
    List<Suggestion> active(UUID electionId, UUID after, int limit) {
        return find(
                        "electionId = ?1 and active and id > ?2",
                        Sort.by("id"),
                        electionId,
                        after == null ? new UUID(0, 0) : after)
                .page(0, limit)
                .list();
    }

    /**
     * The facts of one suggestion arrive on three topics, applied by three consumers in parallel, each in
     * its own transaction. Two refreshes that ran side by side would each miss the other's new fact, and
     * the later commit would keep a stale count. Holding a lock per election until commit makes the
     * second refresh wait, then read the first one's fact (READ COMMITTED sees it once committed). The
     * lock comes before the organization is looked up: an organization learned in a transaction still
     * open is then seen by the refresh that waited for it, not missed by both. One lock per election,
     * taken before any suggestion is written, cannot deadlock with another refresh.
     */
    void lockRefreshesOf(UUID electionId) {
        getEntityManager()
                .createNativeQuery("select pg_advisory_xact_lock(?1)")
                .setParameter(1, electionId.getMostSignificantBits() ^ electionId.getLeastSignificantBits())
                .getSingleResult();
    }

    /** Upsert by (nominee, kind): concurrent consumers of the two tally topics may refresh the same one. */
    void save(UUID electionId, UUID nomineeId, SuggestionKind kind, Evidence evidence, OffsetDateTime now) {
        getEntityManager()
                .createNativeQuery("""
                        insert into suggestion (id, election_id, nominee_id, kind, evidence, active, updated_at)
                        values (?1, ?2, ?3, ?4, ?5, ?6, ?7)
                        on conflict (nominee_id, kind) do update set evidence = excluded.evidence,
                            active = excluded.active, updated_at = excluded.updated_at
                        where suggestion.evidence <> excluded.evidence or suggestion.active <> excluded.active""")
                .setParameter(1, UUID.randomUUID())
                .setParameter(2, electionId)
                .setParameter(3, nomineeId)
                .setParameter(4, kind.name())
                .setParameter(5, evidence.text())
                .setParameter(6, evidence.met())
                .setParameter(7, now)
                .executeUpdate();
    }
}
