package vn.election.registry.voter;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.http.Header;
import io.restassured.response.ValidatableResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import vn.election.events.access.Roles;
import vn.election.registry.TestData;
import vn.election.registry.Tokens;

@QuarkusTest
class VoterListTest {

    private static final AtomicLong CITIZEN_IDS = new AtomicLong(1_000_000_000L);
    private static final String HEADER = "citizen_id,full_name,birth_date,category,exclusion\n";
    /** 18 years before election day 2031-05-04. */
    private static final String TURNS_18_ON_ELECTION_DAY = "2013-05-04";

    @Test
    void importsAPollingAreasListAndFindsVotersByFoldedName() {
        TestData.Structure s = TestData.structure2026();
        String area = s.pollingArea(1, true);
        String huong = nextId();
        String csv = HEADER
                + huong + ",Nguyễn Thị Hương,1990-04-12,PERMANENT,\n"
                + nextId() + ",Nguyễn Thị Hường,1985-01-30,,\n"
                + nextId() + ",\"Đặng Văn Đức\",1958-11-02,TEMPORARY_SHORT,SUSPENDED_SENTENCE\n"
                + nextId() + ",Lý Thị Lan," + TURNS_18_ON_ELECTION_DAY + ",,\n";

        importArea(s, area, csv, false)
                .statusCode(200)
                .body("received", equalTo(4))
                .body("accepted", equalTo(4))
                .body("rejected", equalTo(0))
                .body("rejections", empty());

        // diacritics and case ignored: Hương and Hường both fold to "huong", then order by citizen id
        given().header(Tokens.NEC)
                .queryParam("name", "nguyen thi huong")
                .when()
                .get(voters(s))
                .then()
                .statusCode(200)
                .body("items.fullName", contains("Nguyễn Thị Hương", "Nguyễn Thị Hường"));
        given().header(Tokens.NEC)
                .queryParam("name", "ĐẶNG VĂN")
                .when()
                .get(voters(s))
                .then()
                .statusCode(200)
                .body("items.fullName", contains("Đặng Văn Đức"))
                .body("items[0].category", equalTo("TEMPORARY_SHORT"));
        given().header(Tokens.NEC)
                .queryParam("citizenId", huong)
                .when()
                .get(voters(s))
                .then()
                .statusCode(200)
                .body("items.fullName", contains("Nguyễn Thị Hương"));
    }

    @Test
    void pagesByKeyset() {
        TestData.Structure s = TestData.structure2026();
        String area = s.pollingArea(1, true);
        importArea(
                        s,
                        area,
                        HEADER + nextId() + ",An Văn Ba,1970-01-01,,\n" + nextId() + ",Bùi Thị Ba,1970-01-01,,\n"
                                + nextId() + ",Cao Văn Ba,1970-01-01,,\n",
                        false)
                .statusCode(200);

        String next = given().header(Tokens.NEC)
                .queryParam("pollingAreaId", area)
                .queryParam("limit", 2)
                .when()
                .get(voters(s))
                .then()
                .statusCode(200)
                .body("items.fullName", contains("An Văn Ba", "Bùi Thị Ba"))
                .extract()
                .path("next");
        given().header(Tokens.NEC)
                .queryParam("pollingAreaId", area)
                .queryParam("limit", 2)
                .queryParam("after", next)
                .when()
                .get(voters(s))
                .then()
                .statusCode(200)
                .body("items.fullName", contains("Cao Văn Ba"))
                .body("next", nullValue());
        given().header(Tokens.NEC)
                .queryParam("after", "not-a-cursor")
                .when()
                .get(voters(s))
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("after"));
    }

    @Test
    void aFileWithRejectedRowsChangesNothingAndNamesEachLine_V1_V2_V4() {
        TestData.Structure s = TestData.structure2026();
        String area = s.pollingArea(1, true);
        String twice = nextId();
        String valid = nextId();
        String csv = HEADER
                + valid + ",Trần Văn Hợp Lệ,1980-02-02,,\n" // line 2
                + nextId() + ",Trần Văn Nhỏ,2013-05-05,,\n" // line 3: one day short of 18
                + nextId() + ",Trần Văn Tù,1970-03-03,,IMPRISONED\n" // line 4
                + "12345,Trần Văn Sai Số,1970-03-03,,\n" // line 5
                + twice + ",Phạm Thị Một,1970-03-03,,\n" // line 6
                + twice + ",Phạm Thị Hai,1971-03-03,,\n" // line 7
                + nextId() + ",,1970-03-03,,\n" // line 8
                + nextId() + ",Trần Văn Ngày,03/03/1970,,\n"; // line 9

        importArea(s, area, csv, false)
                .statusCode(422)
                .contentType("application/problem+json")
                .body("detail", containsString("6 of 8 rows are rejected; nothing was imported"))
                .body(
                        "errors.field",
                        contains(
                                "line 3: birth_date",
                                "line 4: exclusion",
                                "line 5: citizen_id",
                                "line 7: citizen_id",
                                "line 8: full_name",
                                "line 9: birth_date"))
                .body("errors.code", contains("V-1", "V-2", "Pattern", "V-4", "NotBlank", "InvalidType"));
        given().header(Tokens.NEC)
                .queryParam("citizenId", valid)
                .when()
                .get(voters(s))
                .then()
                .statusCode(200)
                .body("items", empty());

        importArea(s, area, csv, true)
                .statusCode(200)
                .body("accepted", equalTo(2))
                .body("rejected", equalTo(6))
                .body("rejections.line", contains(3, 4, 5, 7, 8, 9))
                .body("rejections[3].message", containsString("is listed on line 6 already"));
        given().header(Tokens.NEC)
                .queryParam("citizenId", twice)
                .when()
                .get(voters(s))
                .then()
                .statusCode(200)
                .body("items.fullName", contains("Phạm Thị Một"));
    }

    @Test
    void aCitizenIsOnOneListPerElectionAcrossFiles_V4() {
        TestData.Structure s = TestData.structure2026();
        String first = s.pollingArea(1, true);
        String second = s.pollingArea(2, true);
        String citizen = nextId();
        importArea(s, first, HEADER + citizen + ",Võ Thị Sáu,1960-01-01,,\n", false)
                .statusCode(200);

        importArea(s, second, HEADER + citizen + ",Võ Thị Sáu,1960-01-01,,\n", false)
                .statusCode(422)
                .body("errors[0].field", equalTo("line 2: citizen_id"))
                .body("errors[0].code", equalTo("V-4"));

        // another election is another list
        TestData.Structure other = TestData.structure2026();
        importArea(other, other.pollingArea(1, true), HEADER + citizen + ",Võ Thị Sáu,1960-01-01,,\n", false)
                .statusCode(200);
    }

    @Test
    void concurrentImportsListACitizenOnce_V4() throws Exception {
        TestData.Structure s = TestData.structure2026();
        String first = s.pollingArea(1, true);
        String second = s.pollingArea(2, true);
        StringBuilder csv = new StringBuilder(HEADER);
        for (int i = 0; i < 500; i++) {
            csv.append(nextId()).append(",Cử Tri Số ").append(i).append(",1970-01-01,,\n");
        }
        var a = CompletableFuture.supplyAsync(
                () -> importArea(s, first, csv.toString(), false).extract().statusCode());
        var b = CompletableFuture.supplyAsync(
                () -> importArea(s, second, csv.toString(), false).extract().statusCode());
        List<Integer> statuses = new ArrayList<>(List.of(a.get(), b.get()));
        statuses.sort(Integer::compareTo);

        assertEquals(List.of(200, 422), statuses);
        int listed = given().header(Tokens.NEC)
                .queryParam("pollingAreaId", first)
                .queryParam("limit", 1000)
                .when()
                .get(voters(s))
                .then()
                .extract()
                .path("items.size()");
        int listedSecond = given().header(Tokens.NEC)
                .queryParam("pollingAreaId", second)
                .queryParam("limit", 1000)
                .when()
                .get(voters(s))
                .then()
                .extract()
                .path("items.size()");
        assertEquals(500, listed + listedSecond);
    }

    @Test
    void aProvincesFileNamesEachRowsPollingAreaInThatProvince_V5() {
        TestData.Structure s = TestData.structure2026();
        String area = s.pollingArea(1, true);
        TestData.Structure elsewhere = TestData.structure2026();
        String csv = "citizen_id,full_name,birth_date,polling_area_id\n"
                + nextId() + ",Hà Văn Tỉnh,1970-01-01," + area + "\n"
                + nextId() + ",Hà Văn Ngoài,1970-01-01," + elsewhere.pollingArea(1, true) + "\n"
                + nextId() + ",Hà Văn Thiếu,1970-01-01,\n";

        given().header(Tokens.NEC)
                .contentType(TestData.CSV)
                .queryParam("province", s.provinceCode())
                .body(csv)
                .when()
                .post("/api/v1/elections/" + s.electionId() + "/voters")
                .then()
                .statusCode(422)
                .body("errors.field", contains("line 3: polling_area_id", "line 4: polling_area_id"))
                .body("errors.code", contains("V-5", "NotNull"));
        given().header(Tokens.NEC)
                .contentType(TestData.CSV)
                .queryParam("province", s.provinceCode())
                .queryParam("acceptValid", true)
                .body(csv)
                .when()
                .post("/api/v1/elections/" + s.electionId() + "/voters")
                .then()
                .statusCode(200)
                .body("accepted", equalTo(1));
    }

    @Test
    void aCitizenLearnsOnlyWhereToVote() {
        TestData.Structure s = TestData.structure2026();
        String area = s.pollingArea(7, true);
        String citizen = nextId();
        importArea(s, area, HEADER + citizen + ",Ngô Thị Kín,1966-06-06,,\n", false)
                .statusCode(200);

        given().contentType(ContentType.JSON)
                .body("{\"citizenId\": \"" + citizen + "\", \"birthDate\": \"1966-06-06\"}")
                .when()
                .post("/api/v1/elections/" + s.electionId() + "/voter-lookup")
                .then()
                .statusCode(200)
                .body("pollingAreaId", equalTo(area))
                .body("pollingAreaName", equalTo("Khu vực bỏ phiếu số 7"))
                .body("stationAddress", equalTo("Nhà văn hóa thôn 7"))
                .body(not(containsString("Kín")))
                .body(not(containsString(citizen)));
        given().contentType(ContentType.JSON)
                .body("{\"citizenId\": \"" + citizen + "\", \"birthDate\": \"1966-06-07\"}")
                .when()
                .post("/api/v1/elections/" + s.electionId() + "/voter-lookup")
                .then()
                .statusCode(404)
                .body(not(containsString("Kín")));
    }

    @Test
    void finalizingCountsVotersPerBodyByCategory_V6() {
        TestData.Structure s = TestData.structure2026();
        String area = s.pollingArea(1, true);
        importArea(
                        s,
                        area,
                        HEADER
                                + nextId() + ",Thường Trú Một,1970-01-01,PERMANENT,\n"
                                + nextId() + ",Thường Trú Hai,1970-01-01,TEMPORARY_LONG,\n"
                                + nextId() + ",Tạm Trú Ngắn,1970-01-01,TEMPORARY_SHORT,\n",
                        false)
                .statusCode(200);

        finalizeList(s, area)
                .statusCode(200)
                .body("voters", equalTo(3))
                .body("votersByBody.NATIONAL_ASSEMBLY", equalTo(3))
                .body("votersByBody.PROVINCIAL_COUNCIL", equalTo(3))
                // V-6 (2026): temporary residents under 12 months vote NA and province only
                .body("votersByBody.COMMUNE_COUNCIL", equalTo(2));
    }

    @Test
    void anOrdinaryAreaIsFinalizedWithAtLeast300Voters_PA1() {
        TestData.Structure s = TestData.structure2026();
        String area = s.pollingArea(1, false);
        importArea(s, area, HEADER + nextId() + ",Một Mình,1970-01-01,,\n", false)
                .statusCode(200);
        finalizeList(s, area)
                .statusCode(422)
                .body("errors[0].field", equalTo("voters"))
                .body("errors[0].code", equalTo("PA-1"));
    }

    @Test
    void aTransferredVoterVotesOnlyAtTheDestinationWithReducedScope_V10() {
        TestData.Structure s = TestData.structure2026();
        String origin = s.pollingArea(1, true);
        String destination = s.pollingArea(2, true);
        String mover = nextId();
        importArea(s, origin, HEADER + mover + ",Đi Xa,1970-01-01,,\n" + nextId() + ",Ở Nhà,1970-01-01,,\n", false)
                .statusCode(200);
        finalizeList(s, origin).statusCode(200).body("voters", equalTo(2));

        given().header(Tokens.NEC)
                .contentType(ContentType.JSON)
                .body("{\"toPollingAreaId\": \"" + destination + "\"}")
                .when()
                .post("/api/v1/elections/" + s.electionId() + "/voters/" + mover + "/transfer")
                .then()
                .statusCode(200)
                .body("pollingAreaId", equalTo(origin))
                .body("transferredTo", equalTo(destination));

        finalizeList(s, origin)
                .statusCode(200)
                .body("voters", equalTo(1))
                .body("votersByBody.NATIONAL_ASSEMBLY", equalTo(1));
        finalizeList(s, destination)
                .statusCode(200)
                .body("voters", equalTo(1))
                .body("votersByBody.NATIONAL_ASSEMBLY", equalTo(1))
                .body("votersByBody.PROVINCIAL_COUNCIL", equalTo(1))
                .body("votersByBody.COMMUNE_COUNCIL", equalTo(0));
        given().contentType(ContentType.JSON)
                .body("{\"citizenId\": \"" + mover + "\", \"birthDate\": \"1970-01-01\"}")
                .when()
                .post("/api/v1/elections/" + s.electionId() + "/voter-lookup")
                .then()
                .statusCode(200)
                .body("pollingAreaId", equalTo(destination));
        given().header(Tokens.NEC)
                .contentType(ContentType.JSON)
                .body("{\"toPollingAreaId\": \"" + origin + "\"}")
                .when()
                .post("/api/v1/elections/" + s.electionId() + "/voters/" + mover + "/transfer")
                .then()
                .statusCode(409)
                .body("errors[0].code", equalTo("V-10"));
    }

    @Test
    void aTransferToAnotherProvinceKeepsOnlyTheNaBallot_V10() {
        TestData.Structure s = TestData.structure2026();
        String origin = s.pollingArea(1, true);
        String otherProvince = TestData.province("Tỉnh Khác");
        String otherCommune = TestData.commune("Xã Khác", otherProvince);
        String destination = TestData.pollingArea(
                s.electionId(),
                otherCommune,
                1,
                true,
                false,
                List.of(
                        TestData.electoralUnit(s.electionId(), "NATIONAL_ASSEMBLY", 1, 3, otherProvince),
                        TestData.electoralUnit(s.electionId(), "PROVINCIAL_COUNCIL", 1, 3, otherProvince),
                        TestData.electoralUnit(s.electionId(), "COMMUNE_COUNCIL", 1, 3, otherCommune)));
        String mover = nextId();
        importArea(s, origin, HEADER + mover + ",Đi Tỉnh Khác,1970-01-01,,\n", false)
                .statusCode(200);
        given().header(Tokens.NEC)
                .contentType(ContentType.JSON)
                .body("{\"toPollingAreaId\": \"" + destination + "\"}")
                .when()
                .post("/api/v1/elections/" + s.electionId() + "/voters/" + mover + "/transfer")
                .then()
                .statusCode(200);

        finalizeList(s, destination)
                .statusCode(200)
                .body("votersByBody.NATIONAL_ASSEMBLY", equalTo(1))
                .body("votersByBody.PROVINCIAL_COUNCIL", equalTo(0))
                .body("votersByBody.COMMUNE_COUNCIL", equalTo(0));
    }

    @Test
    void listsAreFrozen24HoursBeforeVoting_V9() {
        // voted on 2026-03-15: the lists closed at 07:00 on the 14th, Vietnam time
        String past = TestData.election("2026", "2026-03-15", List.of("NATIONAL_ASSEMBLY"));
        given().header(Tokens.NEC)
                .contentType(TestData.CSV)
                .queryParam("province", "01")
                .body(HEADER)
                .when()
                .post("/api/v1/elections/" + past + "/voters")
                .then()
                .statusCode(409)
                .body("errors[0].code", equalTo("V-9"))
                .body("errors[0].message", containsString("2026-03-14T07:00+07:00"));
        given().header(Tokens.NEC)
                .when()
                .delete("/api/v1/elections/" + past + "/voters/001000000001")
                .then()
                .statusCode(409)
                .body("errors[0].code", equalTo("V-9"));
    }

    @Test
    void aRemovedVoterLeavesTheList_V9() {
        TestData.Structure s = TestData.structure2026();
        String area = s.pollingArea(1, true);
        String citizen = nextId();
        importArea(s, area, HEADER + citizen + ",Chuyển Đi,1970-01-01,,\n", false)
                .statusCode(200);
        given().header(Tokens.NEC)
                .when()
                .delete("/api/v1/elections/" + s.electionId() + "/voters/" + citizen)
                .then()
                .statusCode(204);
        given().header(Tokens.NEC)
                .when()
                .get("/api/v1/elections/" + s.electionId() + "/voters/" + citizen)
                .then()
                .statusCode(404);
    }

    @Test
    void aRetriedImportWithTheSameKeyGetsTheFirstAnswer() {
        TestData.Structure s = TestData.structure2026();
        String area = s.pollingArea(1, true);
        String csv = HEADER + nextId() + ",Gửi Lại,1970-01-01,,\n";
        String key = java.util.UUID.randomUUID().toString();
        given().header(Tokens.NEC)
                .contentType(TestData.CSV)
                .header("Idempotency-Key", key)
                .body(csv)
                .when()
                .post("/api/v1/elections/" + s.electionId() + "/polling-areas/" + area + "/voters")
                .then()
                .statusCode(200)
                .body("accepted", equalTo(1));
        given().header(Tokens.NEC)
                .contentType(TestData.CSV)
                .header("Idempotency-Key", key)
                .body(csv)
                .when()
                .post("/api/v1/elections/" + s.electionId() + "/polling-areas/" + area + "/voters")
                .then()
                .statusCode(200)
                .header("Idempotent-Replayed", "true")
                .body("accepted", equalTo(1));
    }

    static String nextId() {
        return String.format("%012d", CITIZEN_IDS.getAndIncrement());
    }

    static ValidatableResponse importArea(TestData.Structure s, String area, String csv, boolean acceptValid) {
        return given().header(Tokens.NEC)
                .contentType(TestData.CSV)
                .queryParam("acceptValid", acceptValid)
                .body(csv)
                .when()
                .post("/api/v1/elections/" + s.electionId() + "/polling-areas/" + area + "/voters")
                .then();
    }

    static ValidatableResponse finalizeList(TestData.Structure s, String area) {
        return given().header(Tokens.NEC)
                .when()
                .post("/api/v1/elections/" + s.electionId() + "/polling-areas/" + area + "/voter-list/finalization")
                .then();
    }

    private static String voters(TestData.Structure s) {
        return "/api/v1/elections/" + s.electionId() + "/voters";
    }

    @Test
    void aSearchCoversTheCallersJurisdictionOnly_V5() {
        TestData.Structure s = TestData.structure2026();
        String area = s.pollingArea(1, true);
        String other = s.pollingArea(2, true);
        String here = nextId();
        String there = nextId();
        importArea(s, area, HEADER + here + ",Mã Thị Thu,1960-07-07,,\n", false).statusCode(200);
        importArea(s, other, HEADER + there + ",Mã Văn Thu,1961-08-08,,\n", false)
                .statusCode(200);
        String elsewhere = TestData.province("Tỉnh Xa");

        given().header(Tokens.of(Roles.COMMITTEE, "admin-unit:" + s.communeCode()))
                .queryParam("name", "ma")
                .when()
                .get(voters(s))
                .then()
                .statusCode(200)
                .body("items.citizenId", contains(here, there));
        given().header(Tokens.of(Roles.COMMITTEE, "admin-unit:" + elsewhere))
                .queryParam("name", "ma")
                .when()
                .get(voters(s))
                .then()
                .statusCode(200)
                .body("items", empty());
        // a team reads its own polling area's list, not another's
        Header team = Tokens.of(Roles.TEAM, "polling-area:" + area);
        given().header(team)
                .queryParam("name", "ma")
                .when()
                .get(voters(s))
                .then()
                .statusCode(200)
                .body("items.citizenId", contains(here));
        given().header(team)
                .queryParam("pollingAreaId", other)
                .when()
                .get(voters(s))
                .then()
                .statusCode(403);
        given().header(team).when().get(voters(s) + "/" + there).then().statusCode(403);
        given().header(team)
                .when()
                .get(voters(s) + "/" + here)
                .then()
                .statusCode(200)
                .body("fullName", equalTo("Mã Thị Thu"));
        given().queryParam("name", "ma").when().get(voters(s)).then().statusCode(401);
    }
}
