package vn.election.registry.voter;

import java.io.IOException;
import java.io.Reader;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import vn.election.kit.problem.ProblemException;

/** The voter list file: its columns, its header, and each row's values as written. */
final class VoterCsv {

    /** The CSV header; {@code category}, {@code exclusion} and, for a polling area's file, {@code polling_area_id} may be left out. */
    static final List<String> COLUMNS =
            List.of("citizen_id", "full_name", "birth_date", "category", "exclusion", "polling_area_id");

    private VoterCsv() {}

    static CSVParser parse(Reader reader) throws IOException {
        return CSVFormat.RFC4180
                .builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .setIgnoreSurroundingSpaces(true)
                .get()
                .parse(reader);
    }

    /**
     * One row as written: its line (the header is line 1) and its values, each null when missing or blank.
     */
    record Row(
            long line,
            String citizenId,
            String fullName,
            String birthDate,
            String category,
            String exclusion,
            String pollingAreaId) {}

    /** Where each column of {@link #COLUMNS} is in the file's header, -1 if it is not there. */
    record Columns(int citizenId, int fullName, int birthDate, int category, int exclusion, int pollingAreaId) {

        /** The header's columns; 422 if it lacks one the file needs. */
        static Columns of(List<String> header, ImportTarget target) {
            List<String> required = target.wholeProvince()
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
            return new Columns(
                    header.indexOf("citizen_id"),
                    header.indexOf("full_name"),
                    header.indexOf("birth_date"),
                    header.indexOf("category"),
                    header.indexOf("exclusion"),
                    header.indexOf("polling_area_id"));
        }

        Row row(CSVRecord record) {
            return new Row(
                    record.getRecordNumber() + 1,
                    value(record, citizenId),
                    value(record, fullName),
                    value(record, birthDate),
                    value(record, category),
                    value(record, exclusion),
                    value(record, pollingAreaId));
        }

        /** The value at a header position; a missing or blank one is null. */
        private static String value(CSVRecord record, int column) {
            if (column < 0 || column >= record.size()) {
                return null;
            }
            String value = record.get(column);
            return value.isBlank() ? null : value;
        }
    }
}
