package vn.election.tally.results;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.sql.Connection;
import java.sql.DriverManager;
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
 * V9 brings units as V8 left them into the explicit states (W-8, D-6, D-8): a second round that opened by
 * itself says it is being counted, and a round left with a tie of birth dates says it waits for a decision.
 */
class ExplicitRoundsMigrationTest {

    private static final UUID OPENED = UUID.fromString("00000000-0000-0000-0000-0000000000b1");
    private static final UUID TIED = UUID.fromString("00000000-0000-0000-0000-0000000000b2");
    private static final UUID VALID = UUID.fromString("00000000-0000-0000-0000-0000000000b3");

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

    @Test
    void openedSecondRoundsAreCountingAndTiesWaitForADecision_W8_D6_D8() throws SQLException {
        migrate("8");
        try (Connection db = connect()) {
            unit(db, OPENED, 2, "ADDITIONAL", "NEEDS_ADDITIONAL_ELECTION");
            unit(db, TIED, 1, "FIRST", "FIRST_COUNT");
            unit(db, VALID, 1, "FIRST", "VALID");
            db.createStatement()
                    .execute(
                            "insert into unit_result (unit_id, round, kind, seats, status, reason, elected, undecided, "
                                    + "determined_at) values ('" + TIED + "', 1, 'FIRST', 2, 'FIRST_COUNT', 'W-4', "
                                    + "array[gen_random_uuid()], array[gen_random_uuid(), gen_random_uuid()], now())");

            migrate(null);

            assertEquals("ADDITIONAL_ELECTION_COUNT", status(db, OPENED));
            assertNotNull(openedAt(db, OPENED));
            assertEquals("NEEDS_TIE_DECISION", status(db, TIED));
            assertEquals("VALID", status(db, VALID));
            try (ResultSet r = db.createStatement()
                    .executeQuery("select status from unit_result where unit_id = '" + TIED + "'")) {
                r.next();
                assertEquals("NEEDS_TIE_DECISION", r.getString(1));
            }
        }
    }

    private static void unit(Connection db, UUID id, int round, String kind, String status) throws SQLException {
        db.createStatement()
                .execute("insert into unit_round (unit_id, election_id, body, round, kind, seats, status, change_seq, "
                        + "changed_at) values ('" + id + "', gen_random_uuid(), 'COMMUNE_COUNCIL', " + round + ", '"
                        + kind + "', 2, '" + status + "', 0, now())");
    }

    private static String status(Connection db, UUID unit) throws SQLException {
        try (ResultSet r =
                db.createStatement().executeQuery("select status from unit_round where unit_id = '" + unit + "'")) {
            r.next();
            return r.getString(1);
        }
    }

    private static Object openedAt(Connection db, UUID unit) throws SQLException {
        try (ResultSet r =
                db.createStatement().executeQuery("select opened_at from unit_round where unit_id = '" + unit + "'")) {
            r.next();
            return r.getObject(1);
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
}
