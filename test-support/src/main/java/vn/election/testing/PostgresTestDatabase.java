package vn.election.testing;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * A throwaway database on the real PostgreSQL server for one test run: {@code qtest_<pid>_<random>},
 * migrated by the service's own Flyway at start and dropped at the end. Databases left by killed runs
 * (whose pid is gone) are dropped at the next start. The local stack's databases are never touched.
 *
 * <p>The server comes from {@code PGHOST}, {@code PGPORT}, {@code PGUSER}, {@code PGPASSWORD}, with the
 * local defaults 127.0.0.1:5432, user postgres.
 */
public class PostgresTestDatabase implements QuarkusTestResourceLifecycleManager {

    private static final Logger LOG = Logger.getLogger(PostgresTestDatabase.class);
    private static final String PREFIX = "qtest_";

    private String database;

    @Override
    public Map<String, String> start() {
        database = PREFIX + ProcessHandle.current().pid() + "_"
                + UUID.randomUUID().toString().substring(0, 8);
        try (Connection admin = adminConnection()) {
            dropOrphans(admin);
            admin.createStatement().execute("create database " + database);
        } catch (SQLException e) {
            throw new IllegalStateException(
                    "PostgreSQL at " + serverUrl("postgres")
                            + " is not reachable; start it or set PGHOST/PGPORT/PGUSER/PGPASSWORD",
                    e);
        }
        return Map.of(
                "quarkus.datasource.jdbc.url", serverUrl(database),
                "quarkus.datasource.username", env("PGUSER", "postgres"),
                "quarkus.datasource.password", env("PGPASSWORD", ""));
    }

    @Override
    public void stop() {
        try (Connection admin = adminConnection()) {
            admin.createStatement().execute("drop database if exists " + database + " with (force)");
        } catch (SQLException e) {
            LOG.warnf("Could not drop test database %s: %s", database, e.getMessage());
        }
    }

    /** The JDBC URL of a database on the configured server. */
    public static String serverUrl(String database) {
        return "jdbc:postgresql://" + env("PGHOST", "127.0.0.1") + ":" + env("PGPORT", "5432") + "/" + database;
    }

    private static Connection adminConnection() throws SQLException {
        return DriverManager.getConnection(serverUrl("postgres"), env("PGUSER", "postgres"), env("PGPASSWORD", ""));
    }

    private static void dropOrphans(Connection admin) throws SQLException {
        List<String> orphans = new ArrayList<>();
        try (ResultSet rows = admin.createStatement()
                .executeQuery("select datname from pg_database where datname like 'qtest\\_%'")) {
            while (rows.next()) {
                String name = rows.getString(1);
                if (!ownerIsAlive(name)) {
                    orphans.add(name);
                }
            }
        }
        for (String name : orphans) {
            admin.createStatement().execute("drop database if exists " + name + " with (force)");
            LOG.infof("Dropped test database %s left by a killed run", name);
        }
    }

    private static boolean ownerIsAlive(String database) {
        String[] parts = database.split("_");
        try {
            return ProcessHandle.of(Long.parseLong(parts[1]))
                    .map(ProcessHandle::isAlive)
                    .orElse(false);
        } catch (RuntimeException e) {
            return true; // not one of ours: leave it alone
        }
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
