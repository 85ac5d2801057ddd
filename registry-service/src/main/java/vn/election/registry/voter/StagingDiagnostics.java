package vn.election.registry.voter;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import vn.election.events.Rule;
import vn.election.registry.common.ImportReport;

/**
 * The diagnostic path's SQL, for a file the voter table's key refused: a staging table holds every row of the file
 * ({@link VoterCopyWriter} fills it), set-based SQL names each V-4 conflict by line, then one INSERT ... SELECT lists
 * the valid rows. On the import's own connection, in its transaction: the table is dropped at commit.
 */
final class StagingDiagnostics {

    private final Connection connection;
    private final UUID electionId;

    StagingDiagnostics(Connection connection, UUID electionId) {
        this.connection = connection;
        this.electionId = electionId;
    }

    /** The staging table, its columns in the order {@link VoterCopyWriter#intoStaging} writes them. */
    void createTable() throws SQLException {
        try (Statement create = connection.createStatement()) {
            create.execute("""
                    create temp table voter_staging (line bigint, citizen_id text, full_name text,
                        name_folded text, birth_date date, category text, polling_area_id uuid,
                        field text, rule text, message text) on commit drop""");
        }
    }

    /** The checks that need the other rows: one citizen, one list (V-4), within the file and across lists. */
    void rejectDuplicates() throws SQLException {
        try (PreparedStatement duplicates = connection.prepareStatement("""
                update voter_staging s set field = 'citizen_id', rule = ?,
                    message = 'citizen ' || s.citizen_id || ' is listed on line ' || d.first_line || ' already'
                from (select line, min(line) over (partition by citizen_id) as first_line
                      from voter_staging where rule is null) d
                where s.line = d.line and d.line <> d.first_line""")) {
            duplicates.setString(1, Rule.V_4.id());
            duplicates.executeUpdate();
        }
        try (PreparedStatement listed = connection.prepareStatement("""
                update voter_staging s set field = 'citizen_id', rule = ?,
                    message = 'citizen ' || s.citizen_id || ' is on a list of this election already'
                where s.rule is null and exists (
                    select 1 from voter v where v.election_id = ? and v.citizen_id = s.citizen_id)""")) {
            listed.setString(1, Rule.V_4.id());
            listed.setObject(2, electionId);
            listed.executeUpdate();
        }
    }

    long rejected() throws SQLException {
        try (Statement query = connection.createStatement();
                ResultSet rs = query.executeQuery("select count(*) from voter_staging where rule is not null")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** Lists the valid rows; a citizen listed meanwhile by a concurrent import is skipped (V-4). */
    long insertValid() throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("""
                insert into voter (election_id, citizen_id, full_name, name_folded, birth_date, category,
                                   polling_area_id)
                select ?, citizen_id, full_name, name_folded, birth_date, category, polling_area_id
                from voter_staging where rule is null
                on conflict (election_id, citizen_id) do nothing""")) {
            insert.setObject(1, electionId);
            return insert.executeLargeUpdate();
        }
    }

    /** The rows a concurrent import listed first: their voter row was not written by this transaction. */
    void rejectTakenByConcurrentImports() throws SQLException {
        try (PreparedStatement taken = connection.prepareStatement("""
                update voter_staging s set field = 'citizen_id', rule = ?,
                    message = 'citizen ' || s.citizen_id || ' was listed by another import meanwhile'
                from voter v
                where s.rule is null and v.election_id = ? and v.citizen_id = s.citizen_id
                  and v.xmin::text::bigint <> pg_current_xact_id()::text::bigint % 4294967296""")) {
            taken.setString(1, Rule.V_4.id());
            taken.setObject(2, electionId);
            taken.executeUpdate();
        }
    }

    /** The polling areas of the valid rows. */
    Set<UUID> validAreas() throws SQLException {
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

    /** The answer: the counts, and every rejected row by line. */
    ImportReport report(long received, long accepted, long rejected) throws SQLException {
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
}
