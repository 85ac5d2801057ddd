package vn.election.registry.voter;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.postgresql.PGConnection;
import org.postgresql.copy.PGCopyOutputStream;
import vn.election.kit.problem.Problem;
import vn.election.kit.problem.ProblemException;
import vn.election.kit.problem.ProblemType;
import vn.election.registry.common.ImportReport;
import vn.election.registry.common.Texts;
import vn.election.registry.election.Election;

/**
 * Imports a voter list CSV at COPY speed in constant memory: the request body is parsed as a stream, each
 * row checked on its own (format, V-1, V-2) and written through PostgreSQL COPY into a staging table;
 * the checks that need other rows (V-4 within the file and against the lists, the polling area) run
 * set-based in SQL; then one INSERT ... SELECT lists the valid rows. All in one transaction: a refused
 * file changes nothing.
 */
@ApplicationScoped
@Transactional
public class VoterImporter {

    /** The CSV header; {@code category}, {@code exclusion} and, for a polling area's file, {@code polling_area_id} may be left out. */
    static final List<String> COLUMNS = List.of("citizen_id", "full_name", "birth_date", "category", "exclusion",
            "polling_area_id");
    /** V-1: a voter is at least 18 on election day. */
    static final int VOTING_AGE = 18;
    private static final Pattern CITIZEN_ID = Pattern.compile("\\d{12}");
    private static final int MAX_NAME = 200;

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
        // the handle of the connection enlisted in this transaction: closing it returns it at commit
        try (Connection connection = dataSource.getConnection()) {
            try (Statement ddl = connection.createStatement()) {
                ddl.execute("""
                        create temp table voter_staging (line bigint, citizen_id text, full_name text,
                            name_folded text, birth_date date, category text, polling_area_id uuid,
                            field text, rule text, message text) on commit drop""");
            }
            long received = stage(connection, election, target, csv);
            checkAgainstOtherRows(connection, election, target);
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
            return new Imported(report(connection, received, accepted, rejected + lost),
                    finalizedAreasChanged(connection));
        } catch (SQLException e) {
            throw new IllegalStateException("voter import failed in the database", e);
        }
    }

    /** Streams the CSV into the staging table through COPY, with the checks that need only the row. */
    private long stage(Connection connection, Election election, Target target, InputStream csv) throws SQLException {
        long received = 0;
        PGConnection pg = connection.unwrap(PGConnection.class);
        try (Reader reader = new InputStreamReader(csv, StandardCharsets.UTF_8);
                CSVParser parser = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true)
                        .setIgnoreSurroundingSpaces(true).get().parse(reader);
                Writer copy = new BufferedWriter(new OutputStreamWriter(new PGCopyOutputStream(pg,
                        "copy voter_staging from stdin", 1 << 16), StandardCharsets.UTF_8), 1 << 16)) {
            checkHeader(parser.getHeaderNames(), target);
            LocalDate adultBornBy = election.electionDay().minusYears(VOTING_AGE);
            for (CSVRecord record : parser) {
                received++;
                writeRow(copy, record.getRecordNumber() + 1, record, adultBornBy, target);
            }
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            // Commons CSV reports a malformed file (an unclosed quote ...) this way
            throw new ProblemException(ProblemType.BAD_REQUEST, "the CSV cannot be read: " + e.getMessage(),
                    List.of(new Problem.FieldError("body", "CsvFormat", "not a readable CSV file")));
        }
        return received;
    }

    private static void writeRow(Writer copy, long line, CSVRecord record, LocalDate adultBornBy, Target target)
            throws IOException {
        String citizenId = value(record, "citizen_id");
        String name = Texts.nfc(value(record, "full_name"));
        String birth = value(record, "birth_date");
        String category = value(record, "category");
        String area = value(record, "polling_area_id");
        String[] problem = problem(citizenId, name, birth, category, value(record, "exclusion"), area, adultBornBy,
                target);
        boolean valid = problem == null;
        String[] columns = {Long.toString(line), citizenId, name, valid ? Texts.fold(name) : null,
                valid ? birth : null, category == null ? VoterCategory.PERMANENT.name() : category,
                valid ? (area == null ? target.pollingAreaId().toString() : area) : null,
                valid ? null : problem[0], valid ? null : problem[1], valid ? null : problem[2]};
        for (int i = 0; i < columns.length; i++) {
            if (i > 0) {
                copy.write('\t');
            }
            writeCopyText(copy, columns[i]);
        }
        copy.write('\n');
    }

    /** The first thing wrong with a row on its own, as {column, rule, message}; null if nothing is. */
    private static String[] problem(String citizenId, String name, String birth, String category, String exclusion,
            String area, LocalDate adultBornBy, Target target) {
        if (citizenId == null || !CITIZEN_ID.matcher(citizenId).matches()) {
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
        LocalDate birthDate;
        try {
            birthDate = LocalDate.parse(birth);
        } catch (DateTimeParseException e) {
            return new String[] {"birth_date", "InvalidType", "'" + birth + "' is not a date (YYYY-MM-DD)"};
        }
        if (birthDate.isAfter(adultBornBy)) {
            return new String[] {"birth_date", "V-1", "born " + birthDate + ": under " + VOTING_AGE
                    + " on election day (born after " + adultBornBy + ")"};
        }
        if (category != null && Arrays.stream(VoterCategory.values()).noneMatch(c -> c.name().equals(category))) {
            return new String[] {"category", "InvalidType", "'" + category + "' is not one of "
                    + List.of(VoterCategory.values())};
        }
        if (exclusion != null) {
            String[] excluded = exclusionProblem(exclusion);
            if (excluded != null) {
                return excluded;
            }
        }
        return areaProblem(area, target);
    }

    private static String[] areaProblem(String area, Target target) {
        if (area == null) {
            return target.pollingAreaId() != null ? null
                    : new String[] {"polling_area_id", "NotNull", "a province's file names each row's polling area"};
        }
        UUID listed;
        try {
            listed = UUID.fromString(area);
        } catch (IllegalArgumentException e) {
            return new String[] {"polling_area_id", "InvalidType", "'" + area + "' is not a UUID"};
        }
        if (target.pollingAreaId() != null && !target.pollingAreaId().equals(listed)) {
            return new String[] {"polling_area_id", "V-5", "this file lists polling area " + target.pollingAreaId()};
        }
        return null;
    }

    /** V-2: the four exclusions of Art.30(1) keep a citizen off the list; a suspended sentence does not. */
    private static String[] exclusionProblem(String exclusion) {
        for (Exclusion e : Exclusion.values()) {
            if (e.name().equals(exclusion)) {
                return e.excludes ? new String[] {"exclusion", "V-2", e + ": not listed (Art.30(1))"} : null;
            }
        }
        return new String[] {"exclusion", "InvalidType", "'" + exclusion + "' is not one of "
                + List.of(Exclusion.values())};
    }

    /** The checks that need the other rows: the polling area (V-5) and one citizen, one list (V-4). */
    private static void checkAgainstOtherRows(Connection connection, Election election, Target target)
            throws SQLException {
        try (PreparedStatement area = connection.prepareStatement("""
                update voter_staging s set field = 'polling_area_id', rule = 'V-5',
                    message = 'no polling area ' || s.polling_area_id || ' of this election in province ' || ?
                where s.rule is null and not exists (
                    select 1 from polling_area a join administrative_unit c on c.code = a.commune_code
                    where a.id = s.polling_area_id and a.election_id = ? and c.province_code = ?)""")) {
            area.setString(1, target.provinceCode());
            area.setObject(2, election.id());
            area.setString(3, target.provinceCode());
            area.executeUpdate();
        }
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

    /** The finalized lists this import added voters to: their counts are published again. */
    private static List<UUID> finalizedAreasChanged(Connection connection) throws SQLException {
        List<UUID> areas = new ArrayList<>();
        try (Statement query = connection.createStatement();
                ResultSet rs = query.executeQuery("select f.polling_area_id from voter_list_final f where "
                        + "f.polling_area_id in (select polling_area_id from voter_staging where rule is null)")) {
            while (rs.next()) {
                areas.add(rs.getObject(1, UUID.class));
            }
        }
        return areas;
    }

    private static ImportReport report(Connection connection, long received, long accepted, long rejected)
            throws SQLException {
        List<ImportReport.RejectedRow> rows = new ArrayList<>();
        try (Statement query = connection.createStatement();
                ResultSet rs = query.executeQuery(
                        "select line, field, rule, message from voter_staging where rule is not null order by line")) {
            while (rs.next()) {
                rows.add(new ImportReport.RejectedRow(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4)));
            }
        }
        return new ImportReport(received, accepted, rejected, rows);
    }

    private static long count(Connection connection, String sql) throws SQLException {
        try (Statement query = connection.createStatement(); ResultSet rs = query.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static void checkHeader(List<String> header, Target target) {
        List<String> required = target.pollingAreaId() == null
                ? List.of("citizen_id", "full_name", "birth_date", "polling_area_id")
                : List.of("citizen_id", "full_name", "birth_date");
        List<String> missing = required.stream().filter(c -> !header.contains(c)).toList();
        if (!missing.isEmpty()) {
            throw ProblemException.ruleViolation("header", "CsvHeader", "the header lacks " + String.join(", ", missing)
                    + "; columns: " + String.join(",", COLUMNS));
        }
    }

    private static String value(CSVRecord record, String column) {
        if (!record.isMapped(column) || !record.isSet(column)) {
            return null;
        }
        String value = record.get(column);
        return value.isBlank() ? null : value;
    }

    /** COPY text format: null is {@code \N}; backslash, tab, newline and carriage return are escaped. */
    private static void writeCopyText(Writer copy, String value) throws IOException {
        if (value == null) {
            copy.write("\\N");
            return;
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '\\' -> copy.write("\\\\");
                case '\t' -> copy.write("\\t");
                case '\n' -> copy.write("\\n");
                case '\r' -> copy.write("\\r");
                default -> copy.write(c);
            }
        }
    }

    /** The answer, and the finalized lists whose counts the import changed. */
    public record Imported(ImportReport report, List<UUID> finalizedAreasChanged) {
    }

    /**
     * What a file lists: one polling area (its province known), or a whole province, each row naming its
     * polling area.
     */
    public record Target(UUID pollingAreaId, String provinceCode) {
    }
}
