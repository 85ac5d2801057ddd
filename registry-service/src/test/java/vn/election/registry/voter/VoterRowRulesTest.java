package vn.election.registry.voter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import vn.election.events.Rule;

/**
 * The rules a voter list row meets on its own, without a database: each rule with the values on both sides of its
 * boundary. Election day 2031-05-04: a voter born on 2013-05-04 turns 18 that day (V-1).
 */
class VoterRowRulesTest {

    private static final LocalDate ELECTION_DAY = LocalDate.of(2031, 5, 4);
    private static final UUID AREA = UUID.fromString("9a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d");
    private static final UUID OTHER_AREA = UUID.fromString("6c8a3e5f-9d22-4a66-8e4d-2b3c4d5e6f70");
    private static final VoterRowRules AREA_FILE = new VoterRowRules(ELECTION_DAY, ImportTarget.pollingArea(AREA));
    private static final VoterRowRules PROVINCE_FILE =
            new VoterRowRules(ELECTION_DAY, ImportTarget.province("06", Set.of(AREA)));

    private static final String ID = "006085001234";
    private static final String NAME = "Nguyễn Thị Hương";
    private static final String BORN = "1990-04-12";

    static Stream<Arguments> areaFileRows() {
        return Stream.of(
                // V-1: 18 on election day exactly is enough; one day short is not
                accepted("18 on election day", row(ID, NAME, "2013-05-04", null, null, null)),
                rejected(
                        "one day short of 18",
                        row(ID, NAME, "2013-05-05", null, null, null),
                        new RowRejection.RuleBroken(
                                "birth_date",
                                Rule.V_1,
                                "born 2013-05-05: under 18 on election day (born after 2013-05-04)")),
                // citizen id: exactly 12 digits
                accepted("12 digits", row("000000000000", NAME, BORN, null, null, null)),
                rejected("11 digits", row("00608500123", NAME, BORN, null, null, null), malformedId()),
                rejected("13 digits", row("0060850012345", NAME, BORN, null, null, null), malformedId()),
                rejected("a letter", row("00608500123a", NAME, BORN, null, null, null), malformedId()),
                rejected("no citizen id", row(null, NAME, BORN, null, null, null), malformedId()),
                // name: present, at most 200 characters
                accepted("200 characters", row(ID, "a".repeat(200), BORN, null, null, null)),
                rejected(
                        "201 characters",
                        row(ID, "a".repeat(201), BORN, null, null, null),
                        new RowRejection.Malformed("full_name", "Size", "a name has at most 200 characters")),
                rejected(
                        "no name",
                        row(ID, null, BORN, null, null, null),
                        new RowRejection.Malformed("full_name", "NotBlank", "the name is missing")),
                // date of birth: present, YYYY-MM-DD, a real day
                rejected(
                        "no date of birth",
                        row(ID, NAME, null, null, null, null),
                        new RowRejection.Malformed("birth_date", "NotNull", "the date of birth is missing")),
                rejected("day first", row(ID, NAME, "03/03/1970", null, null, null), notADate("03/03/1970")),
                rejected("no such day", row(ID, NAME, "1970-02-30", null, null, null), notADate("1970-02-30")),
                rejected("one-digit month", row(ID, NAME, "1970-3-03", null, null, null), notADate("1970-3-03")),
                accepted("a leap day", row(ID, NAME, "1972-02-29", null, null, null)),
                // category: one of VoterCategory, PERMANENT when left out
                accepted("a category", row(ID, NAME, BORN, "TEMPORARY_SHORT", null, null)),
                rejected(
                        "a category in lower case",
                        row(ID, NAME, BORN, "permanent", null, null),
                        new RowRejection.Malformed(
                                "category",
                                "InvalidType",
                                "'permanent' is not one of [PERMANENT, TEMPORARY_LONG, TEMPORARY_SHORT, ARMED_FORCES,"
                                        + " DETAINED]")),
                // V-2: the four exclusions keep a citizen off the list; a suspended sentence does not
                accepted("a suspended sentence", row(ID, NAME, BORN, null, "SUSPENDED_SENTENCE", null)),
                rejected(
                        "imprisoned",
                        row(ID, NAME, BORN, null, "IMPRISONED", null),
                        new RowRejection.RuleBroken("exclusion", Rule.V_2, "IMPRISONED: not listed (Art.30(1))")),
                rejected(
                        "deprived by a court",
                        row(ID, NAME, BORN, null, "COURT_DEPRIVED", null),
                        new RowRejection.RuleBroken("exclusion", Rule.V_2, "COURT_DEPRIVED: not listed (Art.30(1))")),
                rejected(
                        "an unknown exclusion",
                        row(ID, NAME, BORN, null, "PARDONED", null),
                        new RowRejection.Malformed(
                                "exclusion",
                                "InvalidType",
                                "'PARDONED' is not one of [COURT_DEPRIVED, DEATH_SENTENCE, IMPRISONED, LOST_CAPACITY,"
                                        + " SUSPENDED_SENTENCE]")),
                // V-5: an area's file lists that area only
                accepted("the file's own area", row(ID, NAME, BORN, null, null, AREA.toString())),
                rejected(
                        "another area",
                        row(ID, NAME, BORN, null, null, OTHER_AREA.toString()),
                        new RowRejection.RuleBroken(
                                "polling_area_id", Rule.V_5, "this file lists polling area " + AREA)),
                rejected(
                        "not a UUID",
                        row(ID, NAME, BORN, null, null, "area-3"),
                        new RowRejection.Malformed("polling_area_id", "InvalidType", "'area-3' is not a UUID")),
                // the first thing wrong is the one reported, in the order of the columns
                rejected("a bad id and no name", row("123", null, null, null, null, null), malformedId()));
    }

    static Stream<Arguments> provinceFileRows() {
        return Stream.of(
                accepted("an area of the province", row(ID, NAME, BORN, null, null, AREA.toString())),
                rejected(
                        "an area outside the province",
                        row(ID, NAME, BORN, null, null, OTHER_AREA.toString()),
                        new RowRejection.RuleBroken(
                                "polling_area_id",
                                Rule.V_5,
                                "no polling area " + OTHER_AREA + " of this election in province 06")),
                rejected(
                        "no area",
                        row(ID, NAME, BORN, null, null, null),
                        new RowRejection.Malformed(
                                "polling_area_id", "NotNull", "a province's file names each row's polling area")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("areaFileRows")
    void checksARowOfAnAreasFile(String description, VoterCsv.Row row, RowRejection expected) {
        assertEquals(expected, AREA_FILE.check(row).rejection());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("provinceFileRows")
    void checksARowOfAProvincesFile(String description, VoterCsv.Row row, RowRejection expected) {
        assertEquals(expected, PROVINCE_FILE.check(row).rejection());
    }

    @Test
    void aValidRowIsStoredInNfcWithItsCategoryAndArea() {
        String decomposed = "Nguye\u0302\u0303n Thi\u0323 Hu\u031bo\u031bng";

        VoterRowRules.CheckedRow checked = AREA_FILE.check(row(ID, " " + decomposed + " ", BORN, null, null, null));

        assertNull(checked.rejection());
        assertEquals(
                new VoterRowRules.CheckedRow(2, ID, NAME, LocalDate.of(1990, 4, 12), "PERMANENT", AREA, null), checked);
    }

    @Test
    void aRejectedRowHasNoArea() {
        VoterRowRules.CheckedRow checked =
                PROVINCE_FILE.check(row(ID, NAME, "2013-05-05", "ARMED_FORCES", null, AREA.toString()));

        assertEquals("ARMED_FORCES", checked.category());
        assertNull(checked.area());
        assertEquals("V-1", checked.rejection().code());
        assertEquals(17, checked.rejection().at(17).line());
    }

    private static VoterCsv.Row row(
            String citizenId, String fullName, String birthDate, String category, String exclusion, String area) {
        return new VoterCsv.Row(2, citizenId, fullName, birthDate, category, exclusion, area);
    }

    private static Arguments accepted(String description, VoterCsv.Row row) {
        return Arguments.of(description, row, null);
    }

    private static Arguments rejected(String description, VoterCsv.Row row, RowRejection rejection) {
        return Arguments.of(description, row, rejection);
    }

    private static RowRejection malformedId() {
        return new RowRejection.Malformed("citizen_id", "Pattern", "a citizen id has 12 digits");
    }

    private static RowRejection notADate(String text) {
        return new RowRejection.Malformed("birth_date", "InvalidType", "'" + text + "' is not a date (YYYY-MM-DD)");
    }
}
