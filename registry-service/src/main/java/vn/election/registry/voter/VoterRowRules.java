package vn.election.registry.voter;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import vn.election.events.Rule;
import vn.election.kit.text.Texts;

/**
 * The rules a row of a voter list file meets on its own, checked as the file streams: the format of each value,
 * V-1 (18 on election day), V-2 (no exclusion), V-5 (a polling area of the file's area or province). The rules
 * that need the other rows (V-4) are the database's. No database here: a row is checked in memory.
 */
final class VoterRowRules {

    /** V-1: a voter is at least 18 on election day. */
    static final int VOTING_AGE = 18;

    private static final int CITIZEN_ID_LENGTH = 12;
    private static final int MAX_NAME = 200;

    private final ImportTarget target;
    private final LocalDate adultBornBy;

    VoterRowRules(LocalDate electionDay, ImportTarget target) {
        this.target = target;
        this.adultBornBy = electionDay.minusYears(VOTING_AGE);
    }

    ImportTarget target() {
        return target;
    }

    /**
     * A row checked: its line, its values as stored (the name in NFC, the category PERMANENT when left out, the
     * polling area the file's own when left out) and the first thing wrong with it, if any.
     */
    record CheckedRow(
            long line,
            String citizenId,
            String name,
            LocalDate birthDate,
            String category,
            UUID area,
            RowRejection rejection) {

        boolean valid() {
            return rejection == null;
        }
    }

    CheckedRow check(VoterCsv.Row row) {
        String name = Texts.nfc(row.fullName());
        LocalDate birthDate = row.birthDate() == null ? null : isoDate(row.birthDate());
        RowRejection rejection = rejection(row, name, birthDate);
        return new CheckedRow(
                row.line(),
                row.citizenId(),
                name,
                birthDate,
                row.category() == null ? VoterCategory.PERMANENT.name() : row.category(),
                rejection != null
                        ? null
                        : row.pollingAreaId() == null ? target.pollingAreaId() : UUID.fromString(row.pollingAreaId()),
                rejection);
    }

    /** The first thing wrong with a row on its own; null if nothing is. */
    private RowRejection rejection(VoterCsv.Row row, String name, LocalDate birthDate) {
        if (!isCitizenId(row.citizenId())) {
            return new RowRejection.Malformed("citizen_id", "Pattern", "a citizen id has 12 digits");
        }
        if (name == null) {
            return new RowRejection.Malformed("full_name", "NotBlank", "the name is missing");
        }
        if (name.length() > MAX_NAME) {
            return new RowRejection.Malformed("full_name", "Size", "a name has at most " + MAX_NAME + " characters");
        }
        if (row.birthDate() == null) {
            return new RowRejection.Malformed("birth_date", "NotNull", "the date of birth is missing");
        }
        if (birthDate == null) {
            return new RowRejection.Malformed(
                    "birth_date", "InvalidType", "'" + row.birthDate() + "' is not a date (YYYY-MM-DD)");
        }
        if (birthDate.isAfter(adultBornBy)) {
            return new RowRejection.RuleBroken(
                    "birth_date",
                    Rule.V_1,
                    "born " + birthDate + ": under " + VOTING_AGE + " on election day (born after " + adultBornBy
                            + ")");
        }
        String category = row.category();
        if (category != null
                && Arrays.stream(VoterCategory.values()).noneMatch(c -> c.name().equals(category))) {
            return new RowRejection.Malformed(
                    "category", "InvalidType", "'" + category + "' is not one of " + List.of(VoterCategory.values()));
        }
        if (row.exclusion() != null) {
            RowRejection excluded = exclusion(row.exclusion());
            if (excluded != null) {
                return excluded;
            }
        }
        return area(row.pollingAreaId());
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
    private RowRejection area(String area) {
        if (area == null) {
            return target.wholeProvince()
                    ? new RowRejection.Malformed(
                            "polling_area_id", "NotNull", "a province's file names each row's polling area")
                    : null;
        }
        UUID listed;
        try {
            listed = UUID.fromString(area);
        } catch (IllegalArgumentException e) {
            return new RowRejection.Malformed("polling_area_id", "InvalidType", "'" + area + "' is not a UUID");
        }
        if (target.pollingAreas().contains(listed)) {
            return null;
        }
        return new RowRejection.RuleBroken(
                "polling_area_id",
                Rule.V_5,
                target.wholeProvince()
                        ? "no polling area " + listed + " of this election in province " + target.provinceCode()
                        : "this file lists polling area " + target.pollingAreaId());
    }

    /** V-2: the four exclusions of Art.30(1) keep a citizen off the list; a suspended sentence does not. */
    private static RowRejection exclusion(String exclusion) {
        for (Exclusion e : Exclusion.values()) {
            if (e.name().equals(exclusion)) {
                return e.excludes
                        ? new RowRejection.RuleBroken("exclusion", Rule.V_2, e + ": not listed (Art.30(1))")
                        : null;
            }
        }
        return new RowRejection.Malformed(
                "exclusion", "InvalidType", "'" + exclusion + "' is not one of " + List.of(Exclusion.values()));
    }
}
