package vn.election.tally.minutes;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hibernate.Session;
import org.hibernate.jpa.HibernateHints;
import vn.election.events.Body;

/**
 * Count minutes, every version: read through the ORM, written set-based. The accepted minutes of a batch are
 * written in two statements: the versions that corrections replace retired in one, then the new versions,
 * votes included, in one batched insert (sent as multi-row inserts, {@code reWriteBatchedInserts}), instead
 * of one ORM persist per minutes. The rows are those {@link CountMinutes} maps; it reads them back.
 */
@ApplicationScoped
public class CountMinutesRepository implements PanacheRepositoryBase<CountMinutes, UUID> {

    private final ObjectMapper json;

    CountMinutesRepository(ObjectMapper json) {
        this.json = json;
    }

    /**
     * The current versions of the minutes of these polling areas, one query for a whole batch; read only
     * (a batch reads their versions and never changes them), so the session does not dirty-check them.
     */
    List<CountMinutes> currentOf(Collection<UUID> pollingAreas) {
        return find("current = true and pollingAreaId in ?1", pollingAreas)
                .withHint(HibernateHints.HINT_READ_ONLY, true)
                .list();
    }

    /** Every version of the minutes of a polling area and body, oldest first. */
    List<CountMinutes> history(UUID pollingArea, Body body) {
        return list("pollingAreaId = ?1 and body = ?2 order by round, version", pollingArea, body);
    }

    /** Writes the accepted minutes of a batch, each a first version or the correction of the current one. */
    @Transactional(Transactional.TxType.MANDATORY)
    void write(List<CountMinutes> accepted) {
        if (accepted.isEmpty()) {
            return;
        }
        getEntityManager().unwrap(Session.class).doWork(connection -> {
            retireReplaced(
                    connection, accepted.stream().filter(m -> m.version > 1).toList());
            insertMinutes(connection, accepted);
        });
    }

    /** The current version of each corrected minutes stops being current before its successor is written. */
    private static void retireReplaced(Connection connection, List<CountMinutes> corrections) throws SQLException {
        if (corrections.isEmpty()) {
            return;
        }
        try (PreparedStatement retire = connection.prepareStatement("""
                update count_minutes set current = false
                where current and (polling_area_id, body, round) in
                    (select * from unnest(?::uuid[], ?::varchar[], ?::int[]))""")) {
            retire.setArray(
                    1,
                    connection.createArrayOf(
                            "uuid",
                            corrections.stream().map(m -> m.pollingAreaId).toArray()));
            retire.setArray(
                    2,
                    connection.createArrayOf(
                            "varchar",
                            corrections.stream().map(m -> m.body.name()).toArray()));
            retire.setArray(
                    3,
                    connection.createArrayOf(
                            "int4", corrections.stream().map(m -> m.round).toArray()));
            retire.executeUpdate();
        }
    }

    private void insertMinutes(Connection connection, List<CountMinutes> accepted) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("""
                insert into count_minutes (id, election_id, polling_area_id, body, unit_id, round, version, current,
                    total_voters, voters_participated, ballots_issued, ballots_received, valid, invalid,
                    invalid_by_reason, ballots_by_count, received_from_commune, unused, spoiled, warnings,
                    correction_reason, accepted_at, on_time, submitted_by, submitted_by_organization, candidate_ids,
                    candidate_votes, complaints_received, complaints_resolved, complaints_forwarded,
                    complaints_resolution)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, cast(? as jsonb), ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,
                    ?, ?, ?, ?, ?, ?)""")) {
            for (CountMinutes m : accepted) {
                int i = 1;
                insert.setObject(i++, m.id);
                insert.setObject(i++, m.electionId);
                insert.setObject(i++, m.pollingAreaId);
                insert.setString(i++, m.body.name());
                insert.setObject(i++, m.unitId);
                insert.setInt(i++, m.round);
                insert.setInt(i++, m.version);
                insert.setBoolean(i++, m.current);
                insert.setInt(i++, m.totalVoters);
                insert.setInt(i++, m.votersParticipated);
                insert.setInt(i++, m.ballotsIssued);
                insert.setInt(i++, m.ballotsReceived);
                insert.setInt(i++, m.valid);
                insert.setInt(i++, m.invalid);
                insert.setString(i++, m.invalidByReason == null ? null : toJson(m.invalidByReason));
                insert.setArray(i++, ints(connection, m.ballotsByCount));
                insert.setObject(i++, m.receivedFromCommune, Types.INTEGER);
                insert.setObject(i++, m.unused, Types.INTEGER);
                insert.setObject(i++, m.spoiled, Types.INTEGER);
                insert.setString(i++, m.warnings);
                insert.setString(i++, m.correctionReason);
                insert.setObject(i++, m.acceptedAt);
                insert.setBoolean(i++, m.onTime);
                insert.setString(i++, m.submittedBy);
                insert.setObject(i++, m.submittedByOrganization, Types.OTHER);
                insert.setArray(i++, connection.createArrayOf("uuid", m.candidateIds));
                insert.setArray(i++, ints(connection, m.candidateVotes));
                insert.setObject(i++, m.complaintsReceived, Types.INTEGER);
                insert.setObject(i++, m.complaintsResolved, Types.INTEGER);
                insert.setObject(i++, m.complaintsForwarded, Types.INTEGER);
                insert.setString(i, m.complaintsResolution);
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    /**
     * Marks every version of the minutes of a unit's round annulled (W-6, D-10), or only those of one of its
     * polling areas: they stay readable, with the annulment's id.
     *
     * @param pollingArea the polling area whose result is annulled; null for the whole unit
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void annul(UUID unitId, int round, UUID pollingArea, UUID annulmentId) {
        getEntityManager()
                .createNativeQuery("""
                        update count_minutes set annulment_id = ?1
                        where unit_id = ?2 and round = ?3 and (cast(?4 as uuid) is null or polling_area_id = ?4)""")
                .setParameter(1, annulmentId)
                .setParameter(2, unitId)
                .setParameter(3, round)
                .setParameter(4, pollingArea)
                .executeUpdate();
    }

    private static Array ints(Connection connection, int[] values) throws SQLException {
        return connection.createArrayOf("int4", Arrays.stream(values).boxed().toArray());
    }

    private String toJson(Map<InvalidReason, Integer> byReason) {
        try {
            return json.writeValueAsString(byReason);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("invalid ballots by reason cannot be written as JSON", e);
        }
    }
}
