package vn.election.tally.results;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hibernate.Session;

/**
 * The running sums of each unit's round over its current minutes (CK-7, M-5), in {@code unit_tally}. A
 * batch of minutes adds what it brings to the rounds it touches, under their units' locks, so a unit's
 * figures cost the same to keep whether it has 5 polling areas or 500, instead of summing all its
 * minutes again after each batch.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
class UnitTallyRepository {

    private final EntityManager em;

    UnitTallyRepository(EntityManager em) {
        this.em = em;
    }

    /** The figures of every round of each unit, with the number of polling areas voting in it: two queries. */
    Map<UUID, UnitFiguresByRound> read(Collection<UUID> unitIds) {
        Map<UUID, UnitFiguresByRound> figures = new HashMap<>();
        if (unitIds.isEmpty()) {
            return figures;
        }
        em.unwrap(Session.class).doWork(connection -> {
            Array units = connection.createArrayOf("uuid", unitIds.toArray());
            readExpected(connection, units, figures);
            unitIds.forEach(unit -> figures.putIfAbsent(unit, new UnitFiguresByRound(0, new HashMap<>())));
            readRounds(connection, units, figures);
        });
        return figures;
    }

    /**
     * Adds a batch's contributions to the figures read for its units (locked by the caller) and writes
     * the rounds they change, in one batched upsert.
     */
    void add(Map<UUID, UnitFiguresByRound> figures, Collection<MinutesContribution> contributions) {
        Map<RoundOf, List<MinutesContribution>> byRound = new LinkedHashMap<>();
        contributions.forEach(c -> byRound.computeIfAbsent(new RoundOf(c.unitId(), c.round()), r -> new ArrayList<>())
                .add(c));
        if (byRound.isEmpty()) {
            return;
        }
        Map<RoundOf, UnitFigures> changed = new LinkedHashMap<>();
        byRound.forEach((r, added) -> {
            UnitFiguresByRound unit = figures.get(r.unitId());
            UnitFigures sum = unit.of(r.round()).plus(added);
            unit.rounds().put(r.round(), sum);
            changed.put(r, sum);
        });
        em.unwrap(Session.class).doWork(connection -> write(connection, changed));
    }

    private static void readExpected(Connection connection, Array units, Map<UUID, UnitFiguresByRound> figures)
            throws SQLException {
        try (PreparedStatement expected = connection.prepareStatement(
                "select unit_id, count(*) from polling_area_unit where unit_id = any(?) group by unit_id")) {
            expected.setArray(1, units);
            try (ResultSet row = expected.executeQuery()) {
                while (row.next()) {
                    figures.put(row.getObject(1, UUID.class), new UnitFiguresByRound(row.getLong(2), new HashMap<>()));
                }
            }
        }
    }

    private static void readRounds(Connection connection, Array units, Map<UUID, UnitFiguresByRound> figures)
            throws SQLException {
        try (PreparedStatement rounds = connection.prepareStatement("""
                select unit_id, round, reported, total_voters, participated, ballots_issued, ballots_received, valid,
                       invalid, last_accepted_at, candidate_ids, candidate_votes, complaints_recorded,
                       complaints_received, complaints_resolved, complaints_forwarded
                from unit_tally where unit_id = any(?)""")) {
            rounds.setArray(1, units);
            try (ResultSet row = rounds.executeQuery()) {
                while (row.next()) {
                    UnitFiguresByRound unit = figures.get(row.getObject(1, UUID.class));
                    UUID[] candidates = (UUID[]) row.getArray(11).getArray();
                    Long[] votes = (Long[]) row.getArray(12).getArray();
                    Map<UUID, Long> byCandidate = new LinkedHashMap<>();
                    for (int i = 0; i < candidates.length; i++) {
                        byCandidate.put(candidates[i], votes[i]);
                    }
                    unit.rounds()
                            .put(
                                    row.getInt(2),
                                    new UnitFigures(
                                            row.getLong(3),
                                            unit.expected(),
                                            row.getLong(4),
                                            row.getLong(5),
                                            row.getLong(6),
                                            row.getLong(7),
                                            row.getLong(8),
                                            row.getLong(9),
                                            byCandidate,
                                            new ComplaintFigures(
                                                    row.getLong(13), row.getLong(14), row.getLong(15), row.getLong(16)),
                                            row.getObject(10, OffsetDateTime.class)));
                }
            }
        }
    }

    private static void write(Connection connection, Map<RoundOf, UnitFigures> changed) throws SQLException {
        try (PreparedStatement upsert = connection.prepareStatement("""
                insert into unit_tally (unit_id, round, reported, total_voters, participated, ballots_issued,
                    ballots_received, valid, invalid, last_accepted_at, candidate_ids, candidate_votes,
                    complaints_recorded, complaints_received, complaints_resolved, complaints_forwarded)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                on conflict (unit_id, round) do update set reported = excluded.reported,
                    total_voters = excluded.total_voters, participated = excluded.participated,
                    ballots_issued = excluded.ballots_issued, ballots_received = excluded.ballots_received,
                    valid = excluded.valid, invalid = excluded.invalid, last_accepted_at = excluded.last_accepted_at,
                    candidate_ids = excluded.candidate_ids, candidate_votes = excluded.candidate_votes,
                    complaints_recorded = excluded.complaints_recorded,
                    complaints_received = excluded.complaints_received,
                    complaints_resolved = excluded.complaints_resolved,
                    complaints_forwarded = excluded.complaints_forwarded""")) {
            for (Map.Entry<RoundOf, UnitFigures> e : changed.entrySet()) {
                UnitFigures f = e.getValue();
                int i = 1;
                upsert.setObject(i++, e.getKey().unitId());
                upsert.setInt(i++, e.getKey().round());
                upsert.setLong(i++, f.reported());
                upsert.setLong(i++, f.totalVoters());
                upsert.setLong(i++, f.participated());
                upsert.setLong(i++, f.ballotsIssued());
                upsert.setLong(i++, f.ballotsReceived());
                upsert.setLong(i++, f.valid());
                upsert.setLong(i++, f.invalid());
                upsert.setObject(i++, f.lastMinutes());
                upsert.setArray(
                        i++, connection.createArrayOf("uuid", f.votes().keySet().toArray()));
                upsert.setArray(
                        i++, connection.createArrayOf("int8", f.votes().values().toArray()));
                upsert.setLong(i++, f.complaints().minutesRecording());
                upsert.setLong(i++, f.complaints().received());
                upsert.setLong(i++, f.complaints().resolvedByTeams());
                upsert.setLong(i, f.complaints().forwardedToBoard());
                upsert.addBatch();
            }
            upsert.executeBatch();
        }
    }

    private record RoundOf(UUID unitId, int round) {}
}
