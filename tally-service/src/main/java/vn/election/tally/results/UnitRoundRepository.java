package vn.election.tally.results;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.FlushModeType;
import jakarta.persistence.LockModeType;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The states of the units (W-8), the ballots of their second rounds, and the numbers of their changes. */
@ApplicationScoped
public class UnitRoundRepository implements PanacheRepositoryBase<UnitRound, UUID> {

    /**
     * Locks the state of these units for the caller's transaction, in id order (no deadlock between
     * batches), creating it at round 1 on first use, changed {@code now}.
     *
     * @return by unit id; units unknown to the read model are absent
     */
    Map<UUID, UnitRound> lock(Collection<UUID> unitIds, OffsetDateTime now) {
        if (unitIds.isEmpty()) {
            return Map.of();
        }
        getEntityManager()
                .createNativeQuery("""
                        insert into unit_round (unit_id, election_id, body, round, kind, seats, status, change_seq, changed_at)
                        select id, election_id, body, 1, 'FIRST', seats, 'FIRST_COUNT', 0, ?1 from electoral_unit
                        where id in (?2) on conflict do nothing""")
                .setParameter(1, now)
                .setParameter(2, unitIds)
                .executeUpdate();
        Map<UUID, UnitRound> locked = new LinkedHashMap<>();
        getEntityManager()
                .createQuery("from UnitRound r where r.unitId in ?1 order by r.unitId", UnitRound.class)
                .setParameter(1, unitIds)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultList()
                .forEach(r -> locked.put(r.unitId, r));
        return locked;
    }

    /** The states of these units, unlocked; a unit with no minutes yet has none. */
    List<UnitRound> ofUnits(Collection<UUID> unitIds) {
        return getEntityManager()
                .createQuery("from UnitRound r where r.unitId in ?1", UnitRound.class)
                .setParameter(1, unitIds)
                .getResultList();
    }

    /** The candidates on the ballot of a unit's second round (W-5, W-6). */
    void addToSecondBallot(UUID unitId, List<UUID> candidates) {
        candidates.forEach(c -> getEntityManager()
                .createNativeQuery("insert into round_candidate (unit_id, round, candidate_id) values (?1, 2, ?2)")
                .setParameter(1, unitId)
                .setParameter(2, c)
                .executeUpdate());
    }

    /**
     * Each of these units takes the next change number. The numbers are taken under a lock per election
     * held until commit, so they commit in order: a reader who has seen number N has seen every change
     * numbered below N, which makes the numbers a safe "since" cursor. Nothing pending is written early for
     * it: the units' rows are written once, at commit.
     */
    void number(Collection<UnitRound> rounds) {
        rounds.stream()
                .map(r -> r.electionId)
                .distinct()
                .sorted()
                .forEach(election -> getEntityManager()
                        .createNativeQuery(
                                "select pg_advisory_xact_lock(hashtext('tally.result-changes'), hashtext(?1))")
                        .setFlushMode(FlushModeType.COMMIT)
                        .setParameter(1, election.toString())
                        .getSingleResult());
        List<?> numbers = getEntityManager()
                .createNativeQuery("select nextval('result_change_seq') from generate_series(1, ?1)")
                .setFlushMode(FlushModeType.COMMIT)
                .setParameter(1, rounds.size())
                .getResultList();
        int i = 0;
        for (UnitRound r : rounds) {
            r.numbered(((Number) numbers.get(i++)).longValue());
        }
    }
}
