package vn.election.registry.voter;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.jboss.logging.Logger;
import org.postgresql.PGConnection;
import org.postgresql.copy.PGCopyOutputStream;
import vn.election.kit.problem.Problem;
import vn.election.kit.problem.ProblemException;
import vn.election.kit.problem.ProblemType;
import vn.election.registry.common.ImportReport;
import vn.election.registry.common.Texts;
import vn.election.registry.election.Election;

/**
 * Imports a voter list CSV at COPY speed in constant memory. The request body is parsed as a stream and each
 * row checked on its own in Java (format, V-1, V-2, V-5 against the election's polling areas of the province).
 *
 * <p>The usual file, whose citizens are on no list yet, takes the direct path: its valid rows go through
 * PostgreSQL COPY (binary format, see {@link BinaryCopy}) straight into the voter table, in one pass at the speed
 * of a plain {@code \copy}; the table's primary key enforces V-4 (within the file, against
 * the lists, and against concurrent imports, which wait for each other there). While it streams, the body is
 * spooled to a temporary file. If the key refuses a row, the direct path is rolled back to its savepoint and
 * the spooled file takes the diagnostic path: COPY into a staging table, the set-based V-4 checks that name
 * each offending line, then one INSERT ... SELECT. All in the caller's transaction: a refused file changes
 * nothing. Memory holds a buffer of each stream and the rejected rows of the answer, nothing per valid row.
 */
@ApplicationScoped
@Transactional
public class VoterImporter {

    /** The CSV header; {@code category}, {@code exclusion} and, for a polling area's file, {@code polling_area_id} may be left out. */
    static final List<String> COLUMNS =
            List.of("citizen_id", "full_name", "birth_date", "category", "exclusion", "polling_area_id");
    /** V-1: a voter is at least 18 on election day. */
    static final int VOTING_AGE = 18;

    private static final int CITIZEN_ID_LENGTH = 12;
    private static final int MAX_NAME = 200;
    private static final int COPY_BUFFER = 1 << 16;
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
    public Imported importCsv(Election election, Target target, boolean acceptValid, InputStream csv) {
        Path spool = null;
        // the handle of the connection enlisted in this transaction: closing it returns it at commit
        try (Connection connection = dataSource.getConnection()) {
            RowChecks checks = new RowChecks(election, target, pollingAreas(connection, election, target));
            spool = Files.createTempFile("voter-import-", ".csv");
            SpoolingInputStream body = new SpoolingInputStream(csv, spool);
            try {
                execute(connection, "savepoint direct_import");
                try {
                    Imported direct = direct(connection, election, checks, acceptValid, body);
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
                return diagnostic(connection, election, checks, acceptValid, again);
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
    private static Imported direct(
            Connection connection, Election election, RowChecks checks, boolean acceptValid, InputStream csv)
            throws SQLException {
        List<ImportReport.RejectedRow> rejections = new ArrayList<>();
        Set<UUID> areas = new HashSet<>();
        long received = parse(
                connection,
                "copy voter (election_id, citizen_id, full_name, name_folded, birth_date, "
                        + "category, polling_area_id) from stdin (format binary)",
                csv,
                checks,
                (copy, row) -> {
                    if (row.problem() != null) {
                        rejections.add(new ImportReport.RejectedRow(
                                row.line(), row.problem()[0], row.problem()[1], row.problem()[2]));
                        return;
                    }
                    areas.add(row.area());
                    copy.row(7);
                    copy.uuid(election.id());
                    copy.text(row.citizenId());
                    copy.text(row.name());
                    copy.text(Texts.fold(row.name()));
                    copy.date(row.birthDate());
                    copy.text(row.category());
                    copy.uuid(row.area());
                });
        ImportReport report = new ImportReport(received, received - rejections.size(), rejections.size(), rejections);
        if (!rejections.isEmpty() && !acceptValid) {
            throw new ImportReport(received, 0, rejections.size(), rejections).refusal();
        }
        return new Imported(report, finalized(connection, areas));
    }

    /**
     * The diagnostic path, for a file the voter table's key refused: every row (rejected ones with their
     * problem) COPY into a staging table, where set-based SQL names each V-4 conflict by line.
     */
    private static Imported diagnostic(
            Connection connection, Election election, RowChecks checks, boolean acceptValid, InputStream csv)
            throws SQLException {
        execute(connection, """
                create temp table voter_staging (line bigint, citizen_id text, full_name text,
                    name_folded text, birth_date date, category text, polling_area_id uuid,
                    field text, rule text, message text) on commit drop""");
        long received = parse(connection, "copy voter_staging from stdin (format binary)", csv, checks, (copy, row) -> {
            boolean valid = row.problem() == null;
            copy.row(10);
            copy.bigint(row.line());
            copy.text(row.citizenId());
            copy.text(row.name());
            copy.text(valid ? Texts.fold(row.name()) : null);
            copy.date(valid ? row.birthDate() : null);
            copy.text(row.category());
            copy.uuid(row.area());
            for (int i = 0; i < 3; i++) {
                copy.text(valid ? null : row.problem()[i]);
            }
        });
        checkAgainstOtherRows(connection, election);
        long rejected = count(connection, "select count(*) from voter_staging where rule is not null");
        if (rejected > 0 && !acceptValid) {
            throw report(connection, received, 0, rejected).refusal();
        }
        long accepted = insert(connection, election);
        long lost = received - rejected - accepted;
        if (lost > 0) {
            markTakenByConcurrentImports(connection, election);
            if (!acceptValid) {
                throw report(connection, received, 0, rejected + lost).refusal();
            }
        }
        return new Imported(
                report(connection, received, accepted, rejected + lost),
                finalized(connection, stagedAreas(connection)));
    }

    /**
     * Streams the CSV through the row checks into a COPY; returns the number of rows read. A failure of the
     * COPY is the database's (an {@link SQLException}); a file that cannot be parsed is a 400.
     */
    private static long parse(
            Connection connection, String copySql, InputStream csv, RowChecks checks, RowWriter writer)
            throws SQLException {
        long received = 0;
        PGConnection pg = connection.unwrap(PGConnection.class);
        try (Reader reader = new InputStreamReader(csv, StandardCharsets.UTF_8);
                CSVParser parser = CSVFormat.RFC4180
                        .builder()
                        .setHeader()
                        .setSkipHeaderRecord(true)
                        .setIgnoreSurroundingSpaces(true)
                        .get()
                        .parse(reader);
                BinaryCopy copy = new BinaryCopy(new PGCopyOutputStream(pg, copySql, COPY_BUFFER))) {
            checkHeader(parser.getHeaderNames(), checks.target());
            Columns columns = new Columns(parser.getHeaderNames());
            for (CSVRecord record : parser) {
                received++;
                writer.write(copy, checks.check(record, columns));
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

    /** V-5: the polling areas a row may name: the target area, or the election's areas in the province. */
    private static Set<UUID> pollingAreas(Connection connection, Election election, Target target) throws SQLException {
        if (target.pollingAreaId() != null) {
            return Set.of(target.pollingAreaId());
        }
        Set<UUID> areas = new HashSet<>();
        try (PreparedStatement query = connection.prepareStatement("""
                select a.id from polling_area a join administrative_unit c on c.code = a.commune_code
                where a.election_id = ? and c.province_code = ?""")) {
            query.setObject(1, election.id());
            query.setString(2, target.provinceCode());
            try (ResultSet rs = query.executeQuery()) {
                while (rs.next()) {
                    areas.add(rs.getObject(1, UUID.class));
                }
            }
        }
        return areas;
    }

    /** The checks of a row on its own, and its values as stored. */
    private record RowChecks(Election election, Target target, Set<UUID> areas, LocalDate adultBornBy) {

        RowChecks(Election election, Target target, Set<UUID> areas) {
            this(election, target, areas, election.electionDay().minusYears(VOTING_AGE));
        }

        Row check(CSVRecord record, Columns columns) {
            String citizenId = value(record, columns.citizenId());
            String name = Texts.nfc(value(record, columns.fullName()));
            String birth = value(record, columns.birthDate());
            LocalDate birthDate = birth == null ? null : isoDate(birth);
            String category = value(record, columns.category());
            String area = value(record, columns.pollingAreaId());
            String[] problem = problem(
                    citizenId,
                    name,
                    birth,
                    birthDate,
                    category,
                    value(record, columns.exclusion()),
                    area,
                    adultBornBy,
                    target,
                    areas);
            return new Row(
                    record.getRecordNumber() + 1,
                    citizenId,
                    name,
                    birthDate,
                    category == null ? VoterCategory.PERMANENT.name() : category,
                    problem != null ? null : area == null ? target.pollingAreaId() : UUID.fromString(area),
                    problem);
        }
    }

    /** Where each column of {@link #COLUMNS} is in the file's header, -1 if it is not there. */
    private record Columns(int citizenId, int fullName, int birthDate, int category, int exclusion, int pollingAreaId) {

        Columns(List<String> header) {
            this(
                    header.indexOf("citizen_id"),
                    header.indexOf("full_name"),
                    header.indexOf("birth_date"),
                    header.indexOf("category"),
                    header.indexOf("exclusion"),
                    header.indexOf("polling_area_id"));
        }
    }

    /** A row read: its line (the header is line 1), its values, and the first thing wrong with it if any. */
    private record Row(
            long line,
            String citizenId,
            String name,
            LocalDate birthDate,
            String category,
            UUID area,
            String[] problem) {}

    @FunctionalInterface
    private interface RowWriter {
        void write(BinaryCopy copy, Row row) throws IOException;
    }

    /** The first thing wrong with a row on its own, as {column, rule, message}; null if nothing is. */
    private static String[] problem(
            String citizenId,
            String name,
            String birth,
            LocalDate birthDate,
            String category,
            String exclusion,
            String area,
            LocalDate adultBornBy,
            Target target,
            Set<UUID> areas) {
        if (!isCitizenId(citizenId)) {
            return new String[] {"citizen_id", "Pattern", "a citizen id has 12 digits"};
        }
        if (name == null) {
            return new String[] {"full_name", "NotBlank", "the name is missing"};
        }
        if (name.length() > MAX_NAME) {
            return new String[] {"full_name", "Size", "a name has at most " + MAX_NAME + " characters"};
        }
        if (birth == null) {
            return new String[] {"birth_date", "NotNull", "the date of birth is missing"};
        }
        if (birthDate == null) {
            return new String[] {"birth_date", "InvalidType", "'" + birth + "' is not a date (YYYY-MM-DD)"};
        }
        if (birthDate.isAfter(adultBornBy)) {
            return new String[] {
                "birth_date",
                "V-1",
                "born " + birthDate + ": under " + VOTING_AGE + " on election day (born after " + adultBornBy + ")"
            };
        }
        if (category != null
                && Arrays.stream(VoterCategory.values()).noneMatch(c -> c.name().equals(category))) {
            return new String[] {
                "category", "InvalidType", "'" + category + "' is not one of " + List.of(VoterCategory.values())
            };
        }
        if (exclusion != null) {
            String[] excluded = exclusionProblem(exclusion);
            if (excluded != null) {
                return excluded;
            }
        }
        return areaProblem(area, target, areas);
    }

    /** Twelve digits (a căn cước number). A loop, not a regular expression: it runs once per row. */
    private static boolean isCitizenId(String value) {
        if (value == null || value.length() != CITIZEN_ID_LENGTH) {
            return false;
        }
        for (int i = 0; i < CITIZEN_ID_LENGTH; i++) {
            if (value.charAt(i) < '0' || value.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    /** A date written YYYY-MM-DD, or null. By hand: {@code LocalDate.parse} costs more than the rest of a row. */
    private static LocalDate isoDate(String text) {
        if (text.length() != 10 || text.charAt(4) != '-' || text.charAt(7) != '-') {
            return null;
        }
        int year = digits(text, 0, 4);
        int month = digits(text, 5, 7);
        int day = digits(text, 8, 10);
        if (year < 0 || month < 0 || day < 0) {
            return null;
        }
        try {
            return LocalDate.of(year, month, day);
        } catch (DateTimeException e) {
            return null;
        }
    }

    /** The number written by the digits from {@code from} to {@code to}, or -1 if one is not a digit. */
    private static int digits(String text, int from, int to) {
        int value = 0;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }

    /** V-5: a row names a polling area of this election in the file's province (or the file's own area). */
    private static String[] areaProblem(String area, Target target, Set<UUID> areas) {
        if (area == null) {
            return target.pollingAreaId() != null
                    ? null
                    : new String[] {"polling_area_id", "NotNull", "a province's file names each row's polling area"};
        }
        UUID listed;
        try {
            listed = UUID.fromString(area);
        } catch (IllegalArgumentException e) {
            return new String[] {"polling_area_id", "InvalidType", "'" + area + "' is not a UUID"};
        }
        if (areas.contains(listed)) {
            return null;
        }
        return new String[] {
            "polling_area_id",
            "V-5",
            target.pollingAreaId() != null
                    ? "this file lists polling area " + target.pollingAreaId()
                    : "no polling area " + listed + " of this election in province " + target.provinceCode()
        };
    }

    /** V-2: the four exclusions of Art.30(1) keep a citizen off the list; a suspended sentence does not. */
    private static String[] exclusionProblem(String exclusion) {
        for (Exclusion e : Exclusion.values()) {
            if (e.name().equals(exclusion)) {
                return e.excludes ? new String[] {"exclusion", "V-2", e + ": not listed (Art.30(1))"} : null;
            }
        }
        return new String[] {
            "exclusion", "InvalidType", "'" + exclusion + "' is not one of " + List.of(Exclusion.values())
        };
    }

    /** The checks that need the other rows: one citizen, one list (V-4), within the file and across lists. */
    private static void checkAgainstOtherRows(Connection connection, Election election) throws SQLException {
        try (Statement duplicates = connection.createStatement()) {
            duplicates.executeUpdate("""
                    update voter_staging s set field = 'citizen_id', rule = 'V-4',
                        message = 'citizen ' || s.citizen_id || ' is listed on line ' || d.first_line || ' already'
                    from (select line, min(line) over (partition by citizen_id) as first_line
                          from voter_staging where rule is null) d
                    where s.line = d.line and d.line <> d.first_line""");
        }
        try (PreparedStatement listed = connection.prepareStatement("""
                update voter_staging s set field = 'citizen_id', rule = 'V-4',
                    message = 'citizen ' || s.citizen_id || ' is on a list of this election already'
                where s.rule is null and exists (
                    select 1 from voter v where v.election_id = ? and v.citizen_id = s.citizen_id)""")) {
            listed.setObject(1, election.id());
            listed.executeUpdate();
        }
    }

    /** Lists the valid rows; a citizen listed meanwhile by a concurrent import is skipped (V-4). */
    private static long insert(Connection connection, Election election) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("""
                insert into voter (election_id, citizen_id, full_name, name_folded, birth_date, category,
                                   polling_area_id)
                select ?, citizen_id, full_name, name_folded, birth_date, category, polling_area_id
                from voter_staging where rule is null
                on conflict (election_id, citizen_id) do nothing""")) {
            insert.setObject(1, election.id());
            return insert.executeLargeUpdate();
        }
    }

    /** The rows a concurrent import listed first: their voter row was not written by this transaction. */
    private static void markTakenByConcurrentImports(Connection connection, Election election) throws SQLException {
        try (PreparedStatement taken = connection.prepareStatement("""
                update voter_staging s set field = 'citizen_id', rule = 'V-4',
                    message = 'citizen ' || s.citizen_id || ' was listed by another import meanwhile'
                from voter v
                where s.rule is null and v.election_id = ? and v.citizen_id = s.citizen_id
                  and v.xmin::text::bigint <> pg_current_xact_id()::text::bigint % 4294967296""")) {
            taken.setObject(1, election.id());
            taken.executeUpdate();
        }
    }

    /** The polling areas of the staged valid rows. */
    private static Set<UUID> stagedAreas(Connection connection) throws SQLException {
        Set<UUID> areas = new HashSet<>();
        try (Statement query = connection.createStatement();
                ResultSet rs =
                        query.executeQuery("select distinct polling_area_id from voter_staging where rule is null")) {
            while (rs.next()) {
                areas.add(rs.getObject(1, UUID.class));
            }
        }
        return areas;
    }

    /** Of the polling areas an import added voters to, the finalized ones: their counts are published again. */
    private static List<UUID> finalized(Connection connection, Set<UUID> areas) throws SQLException {
        List<UUID> finalized = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement(
                "select polling_area_id from voter_list_final where polling_area_id = any (?)")) {
            query.setArray(1, connection.createArrayOf("uuid", areas.toArray()));
            try (ResultSet rs = query.executeQuery()) {
                while (rs.next()) {
                    finalized.add(rs.getObject(1, UUID.class));
                }
            }
        }
        return finalized;
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

    private static ImportReport report(Connection connection, long received, long accepted, long rejected)
            throws SQLException {
        List<ImportReport.RejectedRow> rows = new ArrayList<>();
        try (Statement query = connection.createStatement();
                ResultSet rs = query.executeQuery(
                        "select line, field, rule, message from voter_staging where rule is not null order by line")) {
            while (rs.next()) {
                rows.add(
                        new ImportReport.RejectedRow(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4)));
            }
        }
        return new ImportReport(received, accepted, rejected, rows);
    }

    private static long count(Connection connection, String sql) throws SQLException {
        try (Statement query = connection.createStatement();
                ResultSet rs = query.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static void checkHeader(List<String> header, Target target) {
        List<String> required = target.pollingAreaId() == null
                ? List.of("citizen_id", "full_name", "birth_date", "polling_area_id")
                : List.of("citizen_id", "full_name", "birth_date");
        List<String> missing =
                required.stream().filter(c -> !header.contains(c)).toList();
        if (!missing.isEmpty()) {
            throw ProblemException.invalid(
                    "header",
                    "CsvHeader",
                    "the header lacks " + String.join(", ", missing) + "; columns: " + String.join(",", COLUMNS));
        }
    }

    /** The value at a header position; a missing or blank one is null. */
    private static String value(CSVRecord record, int column) {
        if (column < 0 || column >= record.size()) {
            return null;
        }
        String value = record.get(column);
        return value.isBlank() ? null : value;
    }

    /** The answer, and the finalized lists whose counts the import changed. */
    public record Imported(ImportReport report, List<UUID> finalizedAreasChanged) {}

    /**
     * What a file lists: one polling area (its province known), or a whole province, each row naming its
     * polling area.
     */
    public record Target(UUID pollingAreaId, String provinceCode) {}
}
