package vn.election.registry.calendar;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import vn.election.registry.TestData;
import vn.election.registry.Tokens;
import vn.election.testing.TestClock;

/**
 * The election calendar (D-26) and the steps it binds. Days are counted by hand from election day:
 *
 * <ul>
 *   <li>2026 ruleset, Sunday 15 March 2026: announced by 20 Nov 2025 (115 days, ED-1), committees by 30 Nov 2025
 *       (105, ORG-2), units by 25 Dec 2025 (80, EU-1), boards by 4 Jan 2026 (70), teams by 31 Jan 2026 (43),
 *       dossiers by 1 Feb 2026 17:00 (42, C-2), lists posted by 3 Feb 2026 (40, V-7), list complaints by 5 Mar and
 *       answered by 10 Mar (3 Feb + 30 + 5, V-8), candidate complaints settled by 5 Mar (10, R-3), lists frozen at
 *       14 Mar 07:00 (V-9), minutes by 18 Mar and 20 Mar (M-4, M-5), results by 25 Mar (10, R-2), first sessions
 *       by 14 May (NA, 60) and 29 Apr (councils, 45, R-4).
 *   <li>2021 ruleset, Sunday 23 May 2021: dossiers by 14 Mar 2021 17:00 (70 days, C-2), teams by 3 Apr 2021 (50,
 *       D-27), NA results by 12 Jun 2021 (20, R-2), the rest as in 2026 (D-29).
 * </ul>
 */
@QuarkusTest
class ElectionCalendarTest {

    private static final List<String> BODIES_2026 =
            List.of("NATIONAL_ASSEMBLY", "PROVINCIAL_COUNCIL", "COMMUNE_COUNCIL");
    private static final AtomicLong CITIZEN_IDS = new AtomicLong(770_000_000_000L);

    @Inject
    TestClock clock;

    @AfterEach
    void systemClock() {
        clock.reset();
    }

    @Test
    void the2026CalendarCountsFromElectionDay15March2026_D26() {
        String election = TestData.election("2026", "2026-03-15", BODIES_2026);

        calendar(election)
                .body("electionDay", equalTo("2026-03-15"))
                .body("drill", equalTo(false))
                .body("milestones", hasSize(20))
                .body(date("ELECTION_ANNOUNCED"), equalTo("2025-11-20"))
                .body(date("COMMITTEES_FOUNDED"), equalTo("2025-11-30"))
                .body(date("ELECTORAL_UNITS_PUBLISHED"), equalTo("2025-12-25"))
                .body(at("ELECTORAL_UNITS_PUBLISHED", "rule"), equalTo("EU-1"))
                .body(at("ELECTORAL_UNITS_PUBLISHED", "closesAt"), equalTo("2025-12-26T00:00:00+07:00"))
                .body(at("ELECTORAL_UNITS_PUBLISHED", "binding"), equalTo(true))
                .body(date("BOARDS_FOUNDED"), equalTo("2026-01-04"))
                .body(date("TEAMS_FOUNDED"), equalTo("2026-01-31"))
                .body(date("DOSSIERS_FILED"), equalTo("2026-02-01"))
                .body(at("DOSSIERS_FILED", "rule"), equalTo("C-2"))
                .body(at("DOSSIERS_FILED", "closesAt"), equalTo("2026-02-01T17:00:00+07:00"))
                .body(at("DOSSIERS_FILED", "time"), equalTo("17:00"))
                .body(at("VOTER_LISTS_POSTED", "time"), nullValue())
                .body(date("VOTER_LISTS_POSTED"), equalTo("2026-02-03"))
                .body(at("VOTER_LISTS_POSTED", "binding"), equalTo(true))
                .body(date("LIST_COMPLAINTS_MADE"), equalTo("2026-03-05"))
                .body(date("LIST_COMPLAINTS_ANSWERED"), equalTo("2026-03-10"))
                .body(at("LIST_COMPLAINTS_ANSWERED", "binding"), equalTo(false))
                .body(date("CANDIDATE_COMPLAINTS_SETTLED"), equalTo("2026-03-05"))
                .body(at("VOTER_LISTS_FROZEN", "closesAt"), equalTo("2026-03-14T07:00:00+07:00"))
                .body(date("ELECTION_DAY"), equalTo("2026-03-15"))
                .body(date("POLLING_AREA_MINUTES_SENT"), equalTo("2026-03-18"))
                .body(date("UNIT_MINUTES_SENT"), equalTo("2026-03-20"))
                .body(bodyDate("RESULTS_ANNOUNCED", "NATIONAL_ASSEMBLY"), equalTo("2026-03-25"))
                .body(bodyDate("RESULTS_ANNOUNCED", "COMMUNE_COUNCIL"), equalTo("2026-03-25"))
                .body(bodyDate("FIRST_SESSION", "NATIONAL_ASSEMBLY"), equalTo("2026-05-14"))
                .body(bodyDate("FIRST_SESSION", "PROVINCIAL_COUNCIL"), equalTo("2026-04-29"))
                .body("milestones[0].step", equalTo("ELECTION_ANNOUNCED"))
                .body("milestones[19].step", equalTo("FIRST_SESSION"));
    }

    @Test
    void the2021CalendarHasTheDossiers70DaysAndTheNaResults20Days_C2_R2_D27() {
        String election = TestData.election(
                "2021", "2021-05-23", List.of("NATIONAL_ASSEMBLY", "PROVINCIAL_COUNCIL", "DISTRICT_COUNCIL"));

        calendar(election)
                .body(date("DOSSIERS_FILED"), equalTo("2021-03-14"))
                .body(at("DOSSIERS_FILED", "closesAt"), equalTo("2021-03-14T17:00:00+07:00"))
                .body(date("TEAMS_FOUNDED"), equalTo("2021-04-03"))
                .body(date("BOARDS_FOUNDED"), equalTo("2021-03-14"))
                .body(date("VOTER_LISTS_POSTED"), equalTo("2021-04-13"))
                .body(bodyDate("RESULTS_ANNOUNCED", "NATIONAL_ASSEMBLY"), equalTo("2021-06-12"))
                .body(bodyDate("RESULTS_ANNOUNCED", "DISTRICT_COUNCIL"), equalTo("2021-06-02"));
    }

    @Test
    void aUnitIsDefinedUntilTheEndOf25December2025_EU1() {
        String election = TestData.election("2026", "2026-03-15", BODIES_2026);
        String province = TestData.province("Tỉnh Lịch Trình");

        clock.set(OffsetDateTime.parse("2025-12-25T23:59:00+07:00"));
        TestData.electoralUnit(election, "PROVINCIAL_COUNCIL", 1, 5, province);

        clock.set(OffsetDateTime.parse("2025-12-26T00:00:00+07:00"));
        defineUnit(election, 2, province)
                .statusCode(422)
                .body("errors[0].field", equalTo("electionId"))
                .body("errors[0].code", equalTo("EU-1"))
                .body("errors[0].message", containsString("by 2025-12-25"));
    }

    @Test
    void aDossierIsFiledUntil17h00On1February2026_C2() {
        String election = TestData.election("2026", "2026-03-15", BODIES_2026);
        String unit = earlyUnit(election, "2025-12-01T09:00:00+07:00");

        clock.set(OffsetDateTime.parse("2026-02-01T16:59:00+07:00"));
        file(election, unit, "1980-01-01").statusCode(201);

        clock.set(OffsetDateTime.parse("2026-02-01T17:01:00+07:00"));
        file(election, unit, "1980-01-01")
                .statusCode(422)
                .body("errors[0].field", equalTo("electionId"))
                .body("errors[0].code", equalTo("C-2"))
                .body("errors[0].message", containsString("by 2026-02-01 17:00"));
    }

    @Test
    void underThe2021RulesetADossierIsFiledUntil17h00On14March2021_C2() {
        String election = TestData.election("2021", "2021-05-23", List.of("PROVINCIAL_COUNCIL"));
        String unit = earlyUnit(election, "2021-02-01T09:00:00+07:00");

        clock.set(OffsetDateTime.parse("2021-03-14T16:59:00+07:00"));
        file(election, unit, "1970-01-01").statusCode(201);

        clock.set(OffsetDateTime.parse("2021-03-14T17:01:00+07:00"));
        file(election, unit, "1970-01-01").statusCode(422).body("errors[0].code", equalTo("C-2"));
    }

    @Test
    void aVoterListIsPostedUntilTheEndOf3February2026_V7() {
        String election = TestData.election("2026", "2026-03-15", List.of("PROVINCIAL_COUNCIL"));
        String province = TestData.province("Tỉnh Niêm Yết");
        String commune = TestData.commune("Xã Niêm Yết", province);
        clock.set(OffsetDateTime.parse("2025-12-01T09:00:00+07:00"));
        String unit = TestData.electoralUnit(election, "PROVINCIAL_COUNCIL", 1, 5, province);
        String inTime = TestData.pollingArea(election, commune, 1, true, false, List.of(unit));
        String late = TestData.pollingArea(election, commune, 2, true, false, List.of(unit));
        importOne(election, inTime);
        importOne(election, late);

        clock.set(OffsetDateTime.parse("2026-02-03T23:59:00+07:00"));
        finalizeList(election, inTime).statusCode(200);

        clock.set(OffsetDateTime.parse("2026-02-04T00:01:00+07:00"));
        finalizeList(election, late)
                .statusCode(422)
                .body("errors[0].field", equalTo("electionId"))
                .body("errors[0].code", equalTo("V-7"));
        // a list posted in time is finalized again after a change (V-9 still open)
        finalizeList(election, inTime).statusCode(200);
    }

    @Test
    void aDrillIsLoadedAfterEveryEarlyMilestoneButKeepsTheListsFreeze_D28() {
        // three days before election day the units, dossiers and lists are long late: a drill is not held to them
        String drill = TestData.election("2026", "2031-05-04", List.of("PROVINCIAL_COUNCIL"), true);
        String province = TestData.province("Tỉnh Diễn Tập");
        clock.set(OffsetDateTime.parse("2031-05-01T09:00:00+07:00"));
        String unit = TestData.electoralUnit(drill, "PROVINCIAL_COUNCIL", 1, 1, province);
        file(drill, unit, "1970-01-01").statusCode(201);

        given().when().get("/api/v1/elections/" + drill).then().statusCode(200).body("drill", equalTo(true));
        calendar(drill)
                .body("drill", equalTo(true))
                .body(at("ELECTORAL_UNITS_PUBLISHED", "binding"), equalTo(false))
                .body(at("DOSSIERS_FILED", "binding"), equalTo(false))
                .body(at("VOTER_LISTS_POSTED", "binding"), equalTo(false))
                .body(at("VOTER_LISTS_FROZEN", "binding"), equalTo(true));

        // the same day and hour, a real election is refused (EU-1)
        String real = TestData.election("2026", "2031-05-04", List.of("PROVINCIAL_COUNCIL"));
        defineUnit(real, 1, province).statusCode(422).body("errors[0].code", equalTo("EU-1"));
        given().when().get("/api/v1/elections/" + real).then().statusCode(200).body("drill", equalTo(false));
    }

    @Test
    void theCalendarOfAnUnknownElectionIsA404() {
        given().when()
                .get("/api/v1/elections/00000000-0000-4000-8000-000000000000/calendar")
                .then()
                .statusCode(404)
                .contentType("application/problem+json");
    }

    static ValidatableResponse calendar(String election) {
        return given().when()
                .get("/api/v1/elections/" + election + "/calendar")
                .then()
                .statusCode(200);
    }

    private static String at(String step, String field) {
        return "milestones.find { it.step == '" + step + "' }." + field;
    }

    private static String date(String step) {
        return at(step, "date");
    }

    private static String bodyDate(String step, String body) {
        return "milestones.find { it.step == '" + step + "' && it.body == '" + body + "' }.date";
    }

    /** A 1-seat provincial council unit, defined at {@code when}. */
    private String earlyUnit(String election, String when) {
        String province = TestData.province("Tỉnh Hồ Sơ");
        clock.set(OffsetDateTime.parse(when));
        return TestData.electoralUnit(election, "PROVINCIAL_COUNCIL", 1, 1, province);
    }

    private static ValidatableResponse defineUnit(String election, int number, String province) {
        return given().header(Tokens.NEC)
                .contentType(ContentType.JSON)
                .body("{\"body\": \"PROVINCIAL_COUNCIL\", \"number\": " + number + ", \"name\": \"Đơn vị bầu cử số "
                        + number + "\", \"seats\": 5, \"administrativeUnitCode\": \"" + province + "\"}")
                .when()
                .post("/api/v1/elections/" + election + "/electoral-units")
                .then();
    }

    private static ValidatableResponse file(String election, String unit, String birthDate) {
        String dossier = """
                {"electoralUnitId": "%s", "citizenId": "%012d", "fullName": "Hoàng Thị Lịch", "birthDate": "%s",
                 "gender": "FEMALE", "ethnicity": "Tày", "religion": "Không",
                 "hometown": "Xã Cao Kỳ, huyện Chợ Mới, tỉnh Bắc Kạn", "residence": "Phường Đức Xuân",
                 "education": "Thạc sĩ", "occupation": "Công chức", "workplace": "Sở Nội vụ",
                 "partyMember": true, "nomination": "NOMINATED", "biography": "Sinh tại Bắc Kạn.",
                 "residenceCode": "%s"}""".formatted(unit, CITIZEN_IDS.getAndIncrement(), birthDate, provinceOf(election, unit));
        return given().header(Tokens.NEC)
                .contentType(ContentType.JSON)
                .body(dossier)
                .when()
                .post("/api/v1/elections/" + election + "/candidates")
                .then();
    }

    /** C-4: a council candidate lives in the council's place; these units lie in a province. */
    private static String provinceOf(String election, String unit) {
        return given().when()
                .get("/api/v1/elections/" + election + "/electoral-units/" + unit)
                .then()
                .statusCode(200)
                .extract()
                .path("administrativeUnitCode");
    }

    private static void importOne(String election, String area) {
        given().header(Tokens.NEC)
                .contentType(TestData.CSV)
                .body("citizen_id,full_name,birth_date\n" + String.format("%012d", CITIZEN_IDS.getAndIncrement())
                        + ",Lê Văn Niêm,1970-01-01\n")
                .when()
                .post("/api/v1/elections/" + election + "/polling-areas/" + area + "/voters")
                .then()
                .statusCode(200)
                .body("accepted", equalTo(1));
    }

    private static ValidatableResponse finalizeList(String election, String area) {
        return given().header(Tokens.NEC)
                .when()
                .post("/api/v1/elections/" + election + "/polling-areas/" + area + "/voter-list/finalization")
                .then();
    }
}
