package vn.election.tally.minutes;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Map;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.election.testing.PostgresTestDatabase;

/**
 * Nothing accepted is lost when V8 moves the votes into their minutes' row and starts the units' running
 * sums: a database holding minutes in the old shape (V7) is migrated, and the votes and sums are what the
 * old rows said (CK-7: a unit's figures are the sums of its polling areas' current minutes).
 */
class VotesMigrationTest {

    private static final UUID UNIT = UUID.fromString("00000000-0000-0000-0000-00000000000a");
    private static final UUID AREA_1 = UUID.fromString("00000000-0000-0000-0000-0000000000a1");
    private static final UUID AREA_2 = UUID.fromString("00000000-0000-0000-0000-0000000000a2");
    // in id order, which is the order the migration writes them in
    private static final UUID CANDIDATE_1 = UUID.fromString("00000000-0000-0000-0000-0000000000c1");
    private static final UUID CANDIDATE_2 = UUID.fromString("00000000-0000-0000-0000-0000000000c2");

    private final PostgresTestDatabase database = new PostgresTestDatabase();
    private Map<String, String> config;

    @BeforeEach
    void createDatabase() {
        config = database.start();
    }

    @AfterEach
    void dropDatabase() {
        database.stop();
    }

    /**
     * Area 1 sent 900 took part (votes 600 and 500), then corrected it to 880 (560 and 480); area 2 sent 700
     * (400 and 300). After V8: area 1's current minutes hold 560 and 480, its first version 600 and 500;
     * the unit's sums count the current minutes only: 2 areas, 880 + 700 = 1580 took part, votes
     * 560 + 400 = 960 and 480 + 300 = 780.
     */
    @Test
    void theVotesAndTheUnitsSumsAreWhatTheOldRowsSaid_CK7() throws SQLException {
        migrate("7");
        try (Connection db = connect()) {
            db.createStatement()
                    .execute("insert into unit_round (unit_id, election_id, body, round, kind, seats, "
                            + "status, change_seq, changed_at) values ('" + UNIT
                            + "', gen_random_uuid(), 'COMMUNE_COUNCIL', "
                            + "1, 'FIRST', 2, 'FIRST_COUNT', 0, now())");
            UUID first = minutes(db, AREA_1, 1, false, 900, 600, 500);
            UUID corrected = minutes(db, AREA_1, 2, true, 880, 560, 480);
            UUID second = minutes(db, AREA_2, 1, true, 700, 400, 300);

            migrate(null);

            assertVotes(db, first, 600, 500);
            assertVotes(db, corrected, 560, 480);
            assertVotes(db, second, 400, 300);
            try (ResultSet tally = db.createStatement()
                    .executeQuery("select reported, participated, valid, "
                            + "candidate_ids, candidate_votes from unit_tally where unit_id = '" + UNIT
                            + "' and round = 1")) {
                tally.next();
                assertEquals(2, tally.getLong("reported"));
                assertEquals(1580, tally.getLong("participated"));
                assertEquals(1580, tally.getLong("valid"));
                assertArrayEquals(new UUID[] {CANDIDATE_1, CANDIDATE_2}, (UUID[])
                        tally.getArray("candidate_ids").getArray());
                assertArrayEquals(new Long[] {960L, 780L}, (Long[])
                        tally.getArray("candidate_votes").getArray());
            }
        }
    }

    private void migrate(String target) {
        var flyway = Flyway.configure()
                .dataSource(
                        config.get("quarkus.datasource.jdbc.url"),
                        config.get("quarkus.datasource.username"),
                        config.get("quarkus.datasource.password"))
                .locations("classpath:db/migration", "classpath:db/kit");
        if (target != null) {
            flyway.target(target);
        }
        flyway.load().migrate();
    }

    private Connection connect() throws SQLException {
        return DriverManager.getConnection(
                config.get("quarkus.datasource.jdbc.url"),
                config.get("quarkus.datasource.username"),
                config.get("quarkus.datasource.password"));
    }

    /** Minutes in the V7 shape: the row, and one vote row per candidate. */
    private static UUID minutes(
            Connection db, UUID area, int version, boolean current, int participated, int votes1, int votes2)
            throws SQLException {
        UUID id = UUID.randomUUID();
        try (PreparedStatement insert = db.prepareStatement("""
                insert into count_minutes (id, election_id, polling_area_id, body, unit_id, round, version, current,
                    total_voters, voters_participated, ballots_issued, ballots_received, valid, invalid,
                    ballots_by_count, warnings, accepted_at, on_time)
                values (?, gen_random_uuid(), ?, 'COMMUNE_COUNCIL', ?, 1, ?, ?, 1000, ?, ?, ?, ?, 0, '{}', '', now(),
                    true)""")) {
            insert.setObject(1, id);
            insert.setObject(2, area);
            insert.setObject(3, UNIT);
            insert.setInt(4, version);
            insert.setBoolean(5, current);
            for (int i = 6; i <= 9; i++) {
                insert.setInt(i, participated);
            }
            insert.executeUpdate();
        }
        try (PreparedStatement vote = db.prepareStatement(
                "insert into minutes_votes (minutes_id, candidate_id, votes) values (?, ?, ?), (?, ?, ?)")) {
            // written in the other order: the migration orders them by candidate
            vote.setObject(1, id);
            vote.setObject(2, CANDIDATE_2);
            vote.setInt(3, votes2);
            vote.setObject(4, id);
            vote.setObject(5, CANDIDATE_1);
            vote.setInt(6, votes1);
            vote.executeUpdate();
        }
        return id;
    }

    private static void assertVotes(Connection db, UUID minutes, int votes1, int votes2) throws SQLException {
        try (ResultSet row = db.createStatement()
                .executeQuery(
                        "select candidate_ids, candidate_votes from count_minutes where id = '" + minutes + "'")) {
            row.next();
            assertArrayEquals(new UUID[] {CANDIDATE_1, CANDIDATE_2}, (UUID[])
                    row.getArray(1).getArray());
            assertArrayEquals(
                    new Integer[] {votes1, votes2}, (Integer[]) row.getArray(2).getArray());
        }
    }
}
