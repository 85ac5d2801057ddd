package vn.election.tally.published;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.sql.Array;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.util.List;
import org.hibernate.Session;

/** The published result of each unit, one row per unit, replaced by each change of the unit's result. */
@ApplicationScoped
class PublishedUnitRepository {

    private final EntityManager em;

    PublishedUnitRepository(EntityManager em) {
        this.em = em;
    }

    /** Writes the units of a change in one batched upsert. */
    void save(List<PublishedUnit> units) {
        em.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement upsert = connection.prepareStatement("""
                    insert into published_unit (unit_id, election_id, body, sort_key, path, change_seq, changed_at,
                        status, provisional, elected, reported, expected, total_voters, participated, valid, invalid,
                        document)
                    values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                    on conflict (unit_id) do update set sort_key = excluded.sort_key, path = excluded.path,
                        change_seq = excluded.change_seq, changed_at = excluded.changed_at, status = excluded.status,
                        provisional = excluded.provisional, elected = excluded.elected, reported = excluded.reported,
                        expected = excluded.expected, total_voters = excluded.total_voters,
                        participated = excluded.participated, valid = excluded.valid, invalid = excluded.invalid,
                        document = excluded.document""")) {
                for (PublishedUnit unit : units) {
                    var view = unit.view();
                    Array path = connection.createArrayOf("varchar", unit.path().toArray());
                    int i = 1;
                    upsert.setObject(i++, view.unitId());
                    upsert.setObject(i++, unit.round().electionId());
                    upsert.setString(i++, view.body().name());
                    upsert.setString(i++, unit.sortKey());
                    upsert.setArray(i++, path);
                    upsert.setLong(i++, unit.round().changeSeq());
                    upsert.setTimestamp(
                            i++, Timestamp.from(unit.round().changedAt().toInstant()));
                    upsert.setString(i++, view.status().name());
                    upsert.setBoolean(i++, view.provisional());
                    upsert.setInt(i++, unit.elected());
                    upsert.setLong(i++, view.progress().pollingAreasReported());
                    upsert.setLong(i++, view.progress().pollingAreasTotal());
                    upsert.setLong(i++, view.totals().totalVoters());
                    upsert.setLong(i++, view.totals().votersParticipated());
                    upsert.setLong(i++, view.totals().valid());
                    upsert.setLong(i++, view.totals().invalid());
                    upsert.setString(i, unit.document());
                    upsert.addBatch();
                }
                upsert.executeBatch();
            }
        });
    }
}
