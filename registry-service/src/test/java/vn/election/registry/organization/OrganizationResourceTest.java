package vn.election.registry.organization;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.election.events.access.Roles;
import vn.election.registry.TestData;
import vn.election.registry.Tokens;

@QuarkusTest
class OrganizationResourceTest {

    @Test
    void aBoardOfTheRightSizeHasNoWarning_ORG1_ORG2() {
        TestData.Structure s = TestData.structure2026();
        // 2026: a provincial council's board has 11-15 members
        define(
                        s.electionId(),
                        "ELECTION_BOARD",
                        "\"electoralUnitId\": \"" + s.provincialUnit() + "\"",
                        members(11, null))
                .statusCode(201)
                .body("administrativeUnitCode", equalTo(s.provinceCode()))
                .body("members", hasSize(11))
                .body("members[0].role", equalTo("Trưởng ban"))
                .body("warnings", empty());
    }

    @Test
    void aBoardOutsideTheSizeRangeIsAcceptedWithAWarning_ORG2() {
        TestData.Structure s = TestData.structure2026();
        define(
                        s.electionId(),
                        "ELECTION_BOARD",
                        "\"electoralUnitId\": \"" + s.provincialUnit() + "\"",
                        members(5, null))
                .statusCode(201)
                .body("warnings[0].field", equalTo("members"))
                .body("warnings[0].code", equalTo("ORG-2"))
                .body(
                        "warnings[0].message",
                        equalTo("5 members; the law asks 11-15 for "
                                + "ELECTION_BOARD/PROVINCIAL_COUNCIL under the 2026 ruleset"));
    }

    @Test
    void aTeamBelongsToAPollingAreaAndACommitteeToAnAdministrativeUnit_ORG1() {
        TestData.Structure s = TestData.structure2026();
        define(
                        s.electionId(),
                        "ELECTION_TEAM",
                        "\"administrativeUnitCode\": \"" + s.communeCode() + "\"",
                        members(11, null))
                .statusCode(422)
                .body("errors.field", equalTo(List.of("administrativeUnitCode", "pollingAreaId")))
                .body("errors.code", equalTo(List.of("ORG-1", "ORG-1")));
        define(
                        s.electionId(),
                        "ELECTION_COMMITTEE",
                        "\"administrativeUnitCode\": \"" + s.communeCode() + "\"",
                        members(9, null))
                .statusCode(201)
                .body("warnings", empty());
        define(
                        s.electionId(),
                        "ELECTION_COMMITTEE",
                        "\"administrativeUnitCode\": \"" + s.communeCode() + "\"",
                        members(9, null))
                .statusCode(409);
    }

    @Test
    void aCandidateMayNotSitOnTheTeamOfTheirUnit_ORG3() {
        TestData.Structure s = TestData.structure2026();
        String area = s.pollingArea(1, true);
        file(s.electionId(), s.communeUnit(), "009000000001", "Lưu Văn Ứng").statusCode(201);

        define(s.electionId(), "ELECTION_TEAM", "\"pollingAreaId\": \"" + area + "\"", members(11, "Lưu Văn Ứng"))
                .statusCode(422)
                .body("errors[0].field", equalTo("members[3]"))
                .body("errors[0].code", equalTo("ORG-3"));
        // the same person may sit on the board of a unit where they do not stand
        define(
                        s.electionId(),
                        "ELECTION_BOARD",
                        "\"electoralUnitId\": \"" + s.nationalUnit() + "\"",
                        members(11, "Lưu Văn Ứng"))
                .statusCode(201);
    }

    @Test
    void aMemberOfTheUnitsBoardOrOfATeamInItMayNotStandThere_ORG3() {
        TestData.Structure s = TestData.structure2026();
        String area = s.pollingArea(1, true); // in all three units of the structure
        define(s.electionId(), "ELECTION_TEAM", "\"pollingAreaId\": \"" + area + "\"", members(11, "Mạc Thị Tổ"))
                .statusCode(201);
        define(
                        s.electionId(),
                        "ELECTION_BOARD",
                        "\"electoralUnitId\": \"" + s.provincialUnit() + "\"",
                        members(11, "Hà Văn Ban"))
                .statusCode(201);

        // on the team of a polling area of the commune unit
        file(s.electionId(), s.communeUnit(), "009000000002", "Mạc Thị Tổ")
                .statusCode(422)
                .body("errors[0].field", equalTo("electoralUnitId"))
                .body("errors[0].code", equalTo("ORG-3"))
                .body(
                        "errors[0].message",
                        equalTo("Mạc Thị Tổ sits on Tổ chức thử of this unit and may not stand in it"));
        // on the board of the provincial unit
        file(s.electionId(), s.provincialUnit(), "009000000003", "Hà Văn Ban")
                .statusCode(422)
                .body("errors[0].code", equalTo("ORG-3"));
        // a board member may stand in another unit, where they sit on nothing
        file(s.electionId(), s.communeUnit(), "009000000003", "Hà Văn Ban").statusCode(201);
        // the same name born on another day is another person
        file(s.electionId(), s.communeUnit(), "009000000004", "Mạc Thị Tổ", "1971-02-14")
                .statusCode(201);
    }

    @Test
    void the2026RulesetHasNoDistrictCommittee_ORG1() {
        String election = TestData.election2026();
        String district = TestData.district("Huyện Cũ", TestData.province("Tỉnh Cũ"));
        define(election, "ELECTION_COMMITTEE", "\"administrativeUnitCode\": \"" + district + "\"", members(9, null))
                .statusCode(422)
                .body("errors[0].code", equalTo("ORG-1"));
    }

    /** {@code n} members; member 3 is {@code candidate} (born 1970-02-14) when given. */
    static String members(int n, String candidate) {
        List<String> members = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            String name = i == 3 && candidate != null ? candidate : "Thành Viên " + i;
            members.add("{\"fullName\": \"" + name + "\", \"role\": \"" + (i == 0 ? "Trưởng ban" : "Ủy viên")
                    + "\", \"birthDate\": \"1970-02-14\", \"workplace\": \"UBND xã\"}");
        }
        return "[" + String.join(",", members) + "]";
    }

    static ValidatableResponse file(String election, String unit, String citizenId, String fullName) {
        return file(election, unit, citizenId, fullName, "1970-02-14");
    }

    /** Files a candidate (a self-nominated engineer) in {@code unit}. */
    static ValidatableResponse file(String election, String unit, String citizenId, String fullName, String birthDate) {
        return given().header(Tokens.NEC)
                .contentType(ContentType.JSON)
                .body("""
                        {"electoralUnitId": "%s", "citizenId": "%s", "fullName": "%s",
                         "birthDate": "%s", "gender": "MALE", "ethnicity": "Kinh", "religion": "Không",
                         "hometown": "Bắc Kạn", "residence": "Bắc Kạn", "education": "Đại học", "occupation": "Kỹ sư",
                         "workplace": "Sở Xây dựng", "partyMember": false, "nomination": "SELF_NOMINATED",
                         "biography": "Tự ứng cử."}""".formatted(unit, citizenId, fullName, birthDate))
                .when()
                .post("/api/v1/elections/" + election + "/candidates")
                .then();
    }

    static ValidatableResponse define(String election, String kind, String place, String members) {
        return given().header(Tokens.NEC)
                .contentType(ContentType.JSON)
                .body("{\"kind\": \"" + kind + "\", \"name\": \"Tổ chức thử\", " + place + ", \"members\": " + members
                        + "}")
                .when()
                .post("/api/v1/elections/" + election + "/organizations")
                .then();
    }

    @Test
    void membersDatesOfBirthAreNotPublic() {
        TestData.Structure s = TestData.structure2026();
        String id = define(
                        s.electionId(),
                        "ELECTION_BOARD",
                        "\"electoralUnitId\": \"" + s.provincialUnit() + "\"",
                        members(11, null))
                .statusCode(201)
                .body("members[0].birthDate", equalTo("1970-02-14"))
                .extract()
                .path("id");
        String path = "/api/v1/elections/" + s.electionId() + "/organizations/" + id;

        // the members' order is not kept by the store: every member is checked
        given().when()
                .get(path)
                .then()
                .statusCode(200)
                .body("members", hasSize(11))
                .body("members.fullName", hasItem("Thành Viên 0"))
                .body("members.findAll { it.containsKey('birthDate') }", empty());
        given().header(Tokens.of(Roles.TEAM, "nation"))
                .when()
                .get(path)
                .then()
                .statusCode(200)
                .body("members.findAll { it.containsKey('birthDate') }", empty());
        given().header(Tokens.of(Roles.COMMITTEE, "admin-unit:" + s.provinceCode()))
                .when()
                .get(path)
                .then()
                .statusCode(200)
                .body("members.birthDate", everyItem(equalTo("1970-02-14")));
    }

    @Test
    void theCouncilSetsUpTheProvincesCommitteesAndTheyTheOnesBelow_ORG1() {
        TestData.Structure s = TestData.structure2026();
        String provinceCommittee = "\"administrativeUnitCode\": \"" + s.provinceCode() + "\"";
        given().header(Tokens.of(Roles.COMMITTEE, "admin-unit:" + s.provinceCode()))
                .contentType(ContentType.JSON)
                .body("{\"kind\": \"ELECTION_COMMITTEE\", \"name\": \"Ủy ban bầu cử tỉnh\", " + provinceCommittee
                        + ", \"members\": " + members(21, null) + "}")
                .when()
                .post("/api/v1/elections/" + s.electionId() + "/organizations")
                .then()
                .statusCode(403)
                .body("errors[0].code", equalTo("ORG-1"));
        given().header(Tokens.of(Roles.COMMITTEE, "admin-unit:" + s.provinceCode()))
                .contentType(ContentType.JSON)
                .body(
                        "{\"kind\": \"ELECTION_COMMITTEE\", \"name\": \"Ủy ban bầu cử xã\", \"administrativeUnitCode\": \""
                                + s.communeCode() + "\", \"members\": " + members(9, null) + "}")
                .when()
                .post("/api/v1/elections/" + s.electionId() + "/organizations")
                .then()
                .statusCode(201);
    }
}
