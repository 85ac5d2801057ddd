package vn.election.registry.voter;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.postgresql.PGConnection;
import org.postgresql.copy.PGCopyOutputStream;
import vn.election.kit.problem.Problem;
import vn.election.kit.problem.ProblemException;
import vn.election.kit.problem.ProblemType;
import vn.election.kit.text.Texts;

/**
 * Streams a voter list file through the row rules into a PostgreSQL COPY in binary format ({@link BinaryCopy}):
 * its valid rows straight into the voter table (the direct path), or every row, a rejected one with its
 * rejection, into the staging table of {@link StagingDiagnostics} (the diagnostic path). Memory holds a buffer of
 * each stream, nothing per row.
 */
final class VoterCopyWriter {

    private static final int COPY_BUFFER = 1 << 16;

    private final Connection connection;
    private final VoterRowRules rules;

    VoterCopyWriter(Connection connection, VoterRowRules rules) {
        this.connection = connection;
        this.rules = rules;
    }

    /**
     * The direct path: the valid rows into the voter table, whose key enforces V-4; every row checked, valid or
     * not, is handed to {@code checked}. Returns the number of rows read.
     */
    long intoVoters(UUID electionId, InputStream csv, Consumer<VoterRowRules.CheckedRow> checked) throws SQLException {
        return copy(
                "copy voter (election_id, citizen_id, full_name, name_folded, birth_date, "
                        + "category, polling_area_id) from stdin (format binary)",
                csv,
                (copy, row) -> {
                    checked.accept(row);
                    if (!row.valid()) {
                        return;
                    }
                    copy.row(7);
                    copy.uuid(electionId);
                    copy.text(row.citizenId());
                    copy.text(row.name());
                    copy.text(Texts.fold(row.name()));
                    copy.date(row.birthDate());
                    copy.text(row.category());
                    copy.uuid(row.area());
                });
    }

    /**
     * The diagnostic path: every row into the staging table, in its columns' order; a rejected row with its
     * rejection. Returns the number of rows read.
     */
    long intoStaging(InputStream csv) throws SQLException {
        return copy("copy voter_staging from stdin (format binary)", csv, (copy, row) -> {
            boolean valid = row.valid();
            copy.row(10);
            copy.bigint(row.line());
            copy.text(row.citizenId());
            copy.text(row.name());
            copy.text(valid ? Texts.fold(row.name()) : null);
            copy.date(valid ? row.birthDate() : null);
            copy.text(row.category());
            copy.uuid(row.area());
            copy.text(valid ? null : row.rejection().field());
            copy.text(valid ? null : row.rejection().code());
            copy.text(valid ? null : row.rejection().message());
        });
    }

    /**
     * Streams the CSV through the row rules into a COPY; returns the number of rows read. A failure of the COPY
     * is the database's (an {@link SQLException}); a file that cannot be parsed is a 400.
     */
    private long copy(String copySql, InputStream csv, RowWriter writer) throws SQLException {
        long received = 0;
        PGConnection pg = connection.unwrap(PGConnection.class);
        try (Reader reader = new InputStreamReader(csv, StandardCharsets.UTF_8);
                CSVParser parser = VoterCsv.parse(reader);
                BinaryCopy copy = new BinaryCopy(new PGCopyOutputStream(pg, copySql, COPY_BUFFER))) {
            VoterCsv.Columns columns = VoterCsv.Columns.of(parser.getHeaderNames(), rules.target());
            for (CSVRecord record : parser) {
                received++;
                writer.write(copy, rules.check(columns.row(record)));
            }
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            SQLException database = databaseCause(e);
            if (database != null) {
                throw database;
            }
            // Commons CSV reports a malformed file (an unclosed quote ...) this way
            throw new ProblemException(
                    ProblemType.BAD_REQUEST,
                    "the CSV cannot be read: " + e.getMessage(),
                    List.of(new Problem.FieldError("body", "CsvFormat", "not a readable CSV file")));
        }
        return received;
    }

    /** PgJDBC's COPY streams report the database's refusal as an IOException caused by it. */
    private static SQLException databaseCause(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql) {
                return sql;
            }
        }
        return null;
    }

    @FunctionalInterface
    private interface RowWriter {
        void write(BinaryCopy copy, VoterRowRules.CheckedRow row) throws IOException;
    }
}
