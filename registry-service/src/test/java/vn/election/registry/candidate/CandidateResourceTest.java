package vn.election.registry.candidate;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import vn.election.events.access.Roles;
import vn.election.registry.TestData;
import vn.election.registry.Tokens;

@QuarkusTest
class CandidateResourceTest {

    private static final AtomicLong CITIZEN_IDS = new AtomicLong(6_085_000_000L);
    private static final LocalDate ELECTION_DAY = LocalDate.parse(TestData.FUTURE_SUNDAY);

    /** Bắc Kạn 2021, provincial People's Council: (seats, candidates) of its 14 units. */
    private static final int[][] BAC_KAN_2021 = {
        {4, 7}, {3, 5}, {3, 5}, {3, 5}, {3, 5}, {3, 5}, {4, 7}, {4, 7}, {3, 5}, {3, 5}, {4, 7}, {3, 5}, {5, 8}, {5, 8}
    };

    @Test
    void everyBacKanUnitOf2021MeetsTheMinimumExactly_C7() {
        String election = TestData.election(
                "2021",
                TestData.FUTURE_SUNDAY,
                List.of("NATIONAL_ASSEMBLY", "PROVINCIAL_COUNCIL", "DISTRICT_COUNCIL", "COMMUNE_COUNCIL"));
        String province = TestData.province("Tỉnh Bắc Kạn");
        int seats = 0;
        int filed = 0;
        for (int i = 0; i < BAC_KAN_2021.length; i++) {
            int unitSeats = BAC_KAN_2021[i][0];
            int unitCandidates = BAC_KAN_2021[i][1];
            String unit = TestData.electoralUnit(election, "PROVINCIAL_COUNCIL", i + 1, unitSeats, province);
            for (int c = 0; c < unitCandidates - 1; c++) {
                file(election, unit, "Ứng Cử Viên " + c, ELECTION_DAY.minusYears(40));
            }
            // one short of the real list: refused
            given().header(Tokens.NEC)
                    .when()
                    .post("/api/v1/elections/" + election + "/electoral-units/" + unit + "/candidate-list")
                    .then()
                    .statusCode(422)
                    .body("errors[0].code", equalTo("C-7"));
            file(election, unit, "Ứng Cử Viên Cuối", ELECTION_DAY.minusYears(40));
            given().header(Tokens.NEC)
                    .when()
                    .post("/api/v1/elections/" + election + "/electoral-units/" + unit + "/candidate-list")
                    .then()
                    .statusCode(200)
                    .body("minimumCandidates", equalTo(unitCandidates))
                    .body("activeCandidates", equalTo(unitCandidates))
                    .body("publishedAt", notNullValue());
            seats += unitSeats;
            filed += unitCandidates;
        }
        assertEquals(50, seats);
        assertEquals(84, filed);
    }

    @Test
    void anNaUnitNeedsTwoMoreCandidatesThanSeats_C7() {
        TestData.Structure s = TestData.structure2026();
        for (int c = 0; c < 4; c++) {
            file(s.electionId(), s.nationalUnit(), "Ứng Cử Viên " + c, ELECTION_DAY.minusYears(50));
        }
        given().header(Tokens.NEC)
                .when()
                .post("/api/v1/elections/" + s.electionId() + "/electoral-units/" + s.nationalUnit()
                        + "/candidate-list")
                .then()
                .statusCode(422)
                .body(
                        "errors[0].message",
                        equalTo("a NATIONAL_ASSEMBLY unit of 3 seats needs at least 5 candidates; " + "it has 4"));
    }

    @Test
    void aCandidateIsAtLeast21OnElectionDay_C1() {
        TestData.Structure s = TestData.structure2026();
        file(s.electionId(), s.communeUnit(), "Nguyễn Văn Đủ Tuổi", ELECTION_DAY.minusYears(21));
        given().header(Tokens.NEC)
                .contentType(ContentType.JSON)
                .body(dossier(
                        s.electionId(),
                        s.communeUnit(),
                        nextCitizenId(),
                        "Nguyễn Văn Trẻ",
                        ELECTION_DAY.minusYears(21).plusDays(1)))
                .when()
                .post("/api/v1/elections/" + s.electionId() + "/candidates")
                .then()
                .statusCode(422)
                .body("errors[0].field", equalTo("birthDate"))
                .body("errors[0].code", equalTo("C-1"));
    }

    @Test
    void withTheNaOnlyOneCouncilLevel_C5() {
        TestData.Structure s = TestData.structure2026();
        String person = nextCitizenId();
        fileAs(s.electionId(), s.nationalUnit(), person).then().statusCode(201);
        fileAs(s.electionId(), s.provincialUnit(), person).then().statusCode(201);
        fileAs(s.electionId(), s.communeUnit(), person)
                .then()
                .statusCode(422)
                .body("errors[0].field", equalTo("citizenId"))
                .body("errors[0].code", equalTo("C-5"));
    }

    @Test
    void atMostTwoCouncilLevels_C5() {
        String election = TestData.election(
                "2021", TestData.FUTURE_SUNDAY, List.of("PROVINCIAL_COUNCIL", "DISTRICT_COUNCIL", "COMMUNE_COUNCIL"));
        String province = TestData.province("Tỉnh Hà Nam");
        String district = TestData.district("Huyện Kim Bảng", province);
        String commune = TestData.commune("Xã Tượng Lĩnh", district);
        String person = nextCitizenId();
        fileAs(election, TestData.electoralUnit(election, "PROVINCIAL_COUNCIL", 1, 3, province), person)
                .then()
                .statusCode(201);
        fileAs(election, TestData.electoralUnit(election, "DISTRICT_COUNCIL", 1, 3, district), person)
                .then()
                .statusCode(201);
        fileAs(election, TestData.electoralUnit(election, "COMMUNE_COUNCIL", 1, 3, commune), person)
                .then()
                .statusCode(422)
                .body("errors[0].code", equalTo("C-5"));
    }

    @Test
    void aWithdrawalBelowTheMinimumFlagsThePublishedList_C7() {
        TestData.Structure s = TestData.structure2026();
        String unit = TestData.electoralUnit(s.electionId(), "COMMUNE_COUNCIL", 2, 1, s.communeCode());
        String first = file(s.electionId(), unit, "Lý Thị Lan", ELECTION_DAY.minusYears(30));
        file(s.electionId(), unit, "Đặng Văn An", ELECTION_DAY.minusYears(30));
        given().header(Tokens.NEC)
                .when()
                .post("/api/v1/elections/" + s.electionId() + "/electoral-units/" + unit + "/candidate-list")
                .then()
                .statusCode(200)
                .body("belowMinimum", equalTo(false))
                // ballot order: by given name, An before Lan
                .body("candidates.fullName", contains("Đặng Văn An", "Lý Thị Lan"));

        given().header(Tokens.NEC)
                .contentType(ContentType.JSON)
                .body("{\"reason\": \"Xin rút vì lý do sức khỏe\"}")
                .when()
                .post("/api/v1/elections/" + s.electionId() + "/candidates/" + first + "/withdrawal")
                .then()
                .statusCode(200)
                .body("activeCandidates", equalTo(1))
                .body("minimumCandidates", equalTo(2))
                .body("belowMinimum", equalTo(true));

        given().when()
                .get("/api/v1/elections/" + s.electionId() + "/electoral-units/" + unit + "/candidate-list")
                .then()
                .statusCode(200)
                .body("belowMinimum", equalTo(true))
                .body("candidates[1].withdrawalReason", equalTo("Xin rút vì lý do sức khỏe"));
        given().header(Tokens.NEC)
                .when()
                .get("/api/v1/elections/" + s.electionId() + "/candidates/" + first)
                .then()
                .statusCode(200)
                .body("withdrawnAt", notNullValue());
        given().header(Tokens.NEC)
                .contentType(ContentType.JSON)
                .body("{\"reason\": \"lần nữa\"}")
                .when()
                .post("/api/v1/elections/" + s.electionId() + "/candidates/" + first + "/withdrawal")
                .then()
                .statusCode(409);
    }

    @Test
    void theDossierIsKeptInFull() {
        TestData.Structure s = TestData.structure2026();
        String id = file(s.electionId(), s.provincialUnit(), "Hoàng Thị Hạnh", LocalDate.parse("1975-08-19"));
        given().header(Tokens.NEC)
                .when()
                .get("/api/v1/elections/" + s.electionId() + "/candidates/" + id)
                .then()
                .statusCode(200)
                .body("fullName", equalTo("Hoàng Thị Hạnh"))
                .body("gender", equalTo("FEMALE"))
                .body("ethnicity", equalTo("Tày"))
                .body("hometown", equalTo("Xã Cao Kỳ, huyện Chợ Mới, tỉnh Bắc Kạn"))
                .body("nomination", equalTo("NOMINATED"))
                .body("partyMember", equalTo(true))
                .body("withdrawnAt", nullValue());
    }

    @Test
    void theShareOfWomenOnTheNationalAssemblyListsIsReportedAgainstItsTarget_C8() {
        // one NA unit with 3 seats needs 5 candidates (C-7); 2 women of 5 = 40.00 %, at least the 35 % of 2026
        String election = TestData.election2026();
        String unit = TestData.electoralUnit(election, "NATIONAL_ASSEMBLY", 1, 3, TestData.province("Tỉnh Cao Bằng"));
        String woman = file(election, unit, "Nông Thị Xuân", ELECTION_DAY.minusYears(40));
        file(election, unit, "Hoàng Thị Thu", ELECTION_DAY.minusYears(45));
        for (String man : List.of("Bế Văn Đàn", "Lương Văn An", "Ma Văn Kháng")) {
            given().header(Tokens.NEC)
                    .contentType(ContentType.JSON)
                    .body(dossier(election, unit, nextCitizenId(), man, ELECTION_DAY.minusYears(50))
                            .replace("\"FEMALE\"", "\"MALE\""))
                    .when()
                    .post("/api/v1/elections/" + election + "/candidates")
                    .then()
                    .statusCode(201);
        }
        String women = "/api/v1/elections/" + election + "/candidate-lists/women";
        // nothing counts before the official list is published
        given().when().get(women).then().statusCode(200).body("candidates", equalTo(0));
        given().header(Tokens.NEC)
                .when()
                .post("/api/v1/elections/" + election + "/electoral-units/" + unit + "/candidate-list")
                .then()
                .statusCode(200);

        given().when()
                .get(women)
                .then()
                .statusCode(200)
                .body("body", equalTo("NATIONAL_ASSEMBLY"))
                .body("candidates", equalTo(5))
                .body("women", equalTo(2))
                .body("sharePercent", equalTo(40.0f))
                .body("targetPercent", equalTo(35))
                .body("meetsTarget", equalTo(true));

        // a woman withdraws: 1 of 4 = 25.00 %, below the target
        given().header(Tokens.NEC)
                .contentType(ContentType.JSON)
                .body("{\"reason\": \"Xin rút\"}")
                .when()
                .post("/api/v1/elections/" + election + "/candidates/" + woman + "/withdrawal")
                .then()
                .statusCode(200);
        given().when()
                .get(women)
                .then()
                .statusCode(200)
                .body("candidates", equalTo(4))
                .body("women", equalTo(1))
                .body("sharePercent", equalTo(25.0f))
                .body("meetsTarget", equalTo(false));
    }

    static String nextCitizenId() {
        return String.format("%012d", CITIZEN_IDS.getAndIncrement());
    }

    static String file(String election, String unit, String name, LocalDate birthDate) {
        return given().header(Tokens.NEC)
                .contentType(ContentType.JSON)
                .body(dossier(election, unit, nextCitizenId(), name, birthDate))
                .when()
                .post("/api/v1/elections/" + election + "/candidates")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    private static io.restassured.response.Response fileAs(String election, String unit, String citizenId) {
        return given().header(Tokens.NEC)
                .contentType(ContentType.JSON)
                .body(dossier(election, unit, citizenId, "Trần Văn Bình", ELECTION_DAY.minusYears(45)))
                .when()
                .post("/api/v1/elections/" + election + "/candidates");
    }

    /** A dossier of a nominated candidate who lives in the unit's own administrative unit (C-4). */
    static String dossier(String election, String unit, String citizenId, String name, LocalDate birthDate) {
        return dossierLivingIn(unit, administrativeUnitOf(election, unit), citizenId, name, birthDate);
    }

    static String dossierLivingIn(
            String unit, String residenceCode, String citizenId, String name, LocalDate birthDate) {
        return """
                {"electoralUnitId": "%s", "citizenId": "%s", "fullName": "%s", "birthDate": "%s",
                 "gender": "FEMALE", "ethnicity": "Tày", "religion": "Không",
                 "hometown": "Xã Cao Kỳ, huyện Chợ Mới, tỉnh Bắc Kạn", "residence": "Phường Đức Xuân",
                 "education": "Thạc sĩ", "occupation": "Công chức", "workplace": "Sở Nội vụ",
                 "partyMember": true, "nomination": "NOMINATED", "biography": "Sinh tại Bắc Kạn.",
                 "residenceCode": "%s"}""".formatted(unit, citizenId, name, birthDate, residenceCode);
    }

    /** The administrative unit of an electoral unit (public). */
    static String administrativeUnitOf(String election, String unit) {
        return given().when()
                .get("/api/v1/elections/" + election + "/electoral-units/" + unit)
                .then()
                .statusCode(200)
                .extract()
                .path("administrativeUnitCode");
    }

    @Test
    void filingsArePublicOnlyOnceTheOfficialListIs_C7() {
        TestData.Structure s = TestData.structure2026();
        String unit = TestData.electoralUnit(s.electionId(), "COMMUNE_COUNCIL", 2, 1, s.communeCode());
        String first = file(s.electionId(), unit, "Vi Thị Hoa", ELECTION_DAY.minusYears(35));
        file(s.electionId(), unit, "Nông Văn Dũng", ELECTION_DAY.minusYears(45));
        String list = "/api/v1/elections/" + s.electionId() + "/electoral-units/" + unit + "/candidate-list";

        // before publication: the public sees the counts, not the people; the commune's committee sees both
        given().when()
                .get(list)
                .then()
                .statusCode(200)
                .body("activeCandidates", equalTo(2))
                .body("publishedAt", nullValue())
                .body("candidates", empty());
        given().when()
                .get("/api/v1/elections/" + s.electionId() + "/candidates/" + first)
                .then()
                .statusCode(404);
        given().header(Tokens.of(Roles.COMMITTEE, "admin-unit:" + s.communeCode()))
                .when()
                .get(list)
                .then()
                .statusCode(200)
                .body("candidates.fullName", contains("Nông Văn Dũng", "Vi Thị Hoa"));

        given().header(Tokens.NEC).when().post(list).then().statusCode(200);
        given().when()
                .get(list)
                .then()
                .statusCode(200)
                .body("candidates.fullName", contains("Nông Văn Dũng", "Vi Thị Hoa"));
        given().when()
                .get("/api/v1/elections/" + s.electionId() + "/candidates/" + first)
                .then()
                .statusCode(200)
                .body("fullName", equalTo("Vi Thị Hoa"));
    }

    @Test
    void aCouncilsListIsTheCommitteeOfItsOwnLevels_C7() {
        TestData.Structure s = TestData.structure2026();
        String unit = TestData.electoralUnit(s.electionId(), "COMMUNE_COUNCIL", 2, 1, s.communeCode());
        file(s.electionId(), unit, "Triệu Văn Hải", ELECTION_DAY.minusYears(35));
        file(s.electionId(), unit, "Triệu Thị Vân", ELECTION_DAY.minusYears(36));
        String list = "/api/v1/elections/" + s.electionId() + "/electoral-units/" + unit + "/candidate-list";

        // the province's committee holds the commune, but a commune council's list is the commune committee's
        given().header(Tokens.of(Roles.COMMITTEE, "admin-unit:" + s.provinceCode()))
                .when()
                .post(list)
                .then()
                .statusCode(403)
                .body("errors[0].field", equalTo("jurisdiction"));
        given().header(Tokens.of(Roles.COMMITTEE, "admin-unit:" + s.communeCode()))
                .when()
                .post(list)
                .then()
                .statusCode(200)
                .body("activeCandidates", equalTo(2));
    }
}
