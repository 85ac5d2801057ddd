package vn.election.registry.voter;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.jboss.logging.Logger;
import vn.election.registry.common.ImportReport;
import vn.election.registry.election.Election;

/**
 * Imports a voter list CSV at COPY speed in constant memory. The request body is parsed as a stream and each
 * row checked on its own ({@link VoterRowRules}: format, V-1, V-2, V-5).
 *
 * <p>The usual file, whose citizens are on no list yet, takes the direct path: its valid rows go through
 * PostgreSQL COPY ({@link VoterCopyWriter}) straight into the voter table, in one pass at the speed of a plain
 * {@code \copy}; the table's primary key enforces V-4 (within the file, against the lists, and against concurrent
 * imports, which wait for each other there). While it streams, the body is spooled to a temporary file. If the key
 * refuses a row, the direct path is rolled back to its savepoint and the spooled file takes the diagnostic path
 * ({@link StagingDiagnostics}): COPY into a staging table, the set-based V-4 checks that name each offending line,
 * then one INSERT ... SELECT. All in the caller's transaction: a refused file changes nothing. Memory holds a
 * buffer of each stream and the rejected rows of the answer, nothing per valid row.
 */
@ApplicationScoped
@Transactional
public class VoterImporter {

    /** SQLSTATEs by which the voter table's key refuses the direct path: unique_violation, deadlock_detected. */
    private static final Set<String> KEY_CONFLICTS = Set.of("23505", "40P01");

    private static final Logger LOG = Logger.getLogger(VoterImporter.class);

    private final AgroalDataSource dataSource;

    public VoterImporter(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    /**
     * @param election    the election, whose lists are still open (V-9, checked by the caller)
     * @param target      the polling area or the province the file lists
     * @param acceptValid import the valid rows even if some are rejected
     */
    Imported importCsv(Election election, ImportTarget target, boolean acceptValid, InputStream csv) {
        VoterRowRules rules = new VoterRowRules(election.electionDay(), target);
        Path spool = null;
        // the handle of the connection enlisted in this transaction: closing it returns it at commit
        try (Connection connection = dataSource.getConnection()) {
            VoterCopyWriter writer = new VoterCopyWriter(connection, rules);
            spool = Files.createTempFile("voter-import-", ".csv");
            SpoolingInputStream body = new SpoolingInputStream(csv, spool);
            try {
                execute(connection, "savepoint direct_import");
                try {
                    Imported direct = direct(writer, election.id(), acceptValid, body);
                    execute(connection, "release savepoint direct_import");
                    return direct;
                } catch (SQLException e) {
                    if (!KEY_CONFLICTS.contains(e.getSQLState())) {
                        throw e;
                    }
                    // back in the transaction itself: the diagnostic path tells its own rows by xmin
                    execute(connection, "rollback to savepoint direct_import");
                    execute(connection, "release savepoint direct_import");
                    body.drain();
                }
            } finally {
                body.closeSpool();
            }
            try (InputStream again = Files.newInputStream(spool)) {
                return diagnostic(writer, new StagingDiagnostics(connection, election.id()), acceptValid, again);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("voter import failed in the database", e);
        } catch (IOException e) {
            throw new UncheckedIOException("voter import failed to spool the file", e);
        } finally {
            deleteSpool(spool);
        }
    }

    /** The direct path: valid rows COPY into the voter table; rejected ones are kept for the answer. */
    private static Imported direct(VoterCopyWriter writer, UUID electionId, boolean acceptValid, InputStream csv)
            throws SQLException {
        List<ImportReport.RejectedRow> rejections = new ArrayList<>();
        Set<UUID> areas = new HashSet<>();
        long received = writer.intoVoters(electionId, csv, row -> {
            if (row.valid()) {
                areas.add(row.area());
            } else {
                rejections.add(row.rejection().at(row.line()));
            }
        });
        if (!rejections.isEmpty() && !acceptValid) {
            throw new ImportReport(received, 0, rejections.size(), rejections).refusal();
        }
        return new Imported(
                new ImportReport(received, received - rejections.size(), rejections.size(), rejections), areas);
    }

    /**
     * The diagnostic path, for a file the voter table's key refused: every row (rejected ones with their
     * rejection) COPY into a staging table, where set-based SQL names each V-4 conflict by line.
     */
    private static Imported diagnostic(
            VoterCopyWriter writer, StagingDiagnostics staging, boolean acceptValid, InputStream csv)
            throws SQLException {
        staging.createTable();
        long received = writer.intoStaging(csv);
        staging.rejectDuplicates();
        long rejected = staging.rejected();
        if (rejected > 0 && !acceptValid) {
            throw staging.report(received, 0, rejected).refusal();
        }
        long accepted = staging.insertValid();
        long lost = received - rejected - accepted;
        if (lost > 0) {
            staging.rejectTakenByConcurrentImports();
            if (!acceptValid) {
                throw staging.report(received, 0, rejected + lost).refusal();
            }
        }
        return new Imported(staging.report(received, accepted, rejected + lost), staging.validAreas());
    }

    private static void execute(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private static void deleteSpool(Path spool) {
        if (spool == null) {
            return;
        }
        try {
            Files.deleteIfExists(spool);
        } catch (IOException e) {
            LOG.warnf(e, "could not delete the spooled voter file %s", spool);
        }
    }

    /** The answer, and the polling areas whose lists the import added voters to. */
    record Imported(ImportReport report, Set<UUID> areasAdded) {}
}
