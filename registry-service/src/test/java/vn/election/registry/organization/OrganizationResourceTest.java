package vn.election.registry.organization;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.election.registry.TestData;

@QuarkusTest
class OrganizationResourceTest {

    @Test
    void aBoardOfTheRightSizeHasNoWarning_ORG1_ORG2() {
        TestData.Structure s = TestData.structure2026();
        // 2026: a provincial council's board has 11-15 members
        define(s.electionId(), "ELECTION_BOARD", "\"electoralUnitId\": \"" + s.provincialUnit() + "\"", members(11, null))
                .statusCode(201)
                .body("administrativeUnitCode", equalTo(s.provinceCode()))
                .body("members", hasSize(11))
                .body("members[0].role", equalTo("Trưởng ban"))
                .body("warnings", empty());
    }

    @Test
    void aBoardOutsideTheSizeRangeIsAcceptedWithAWarning_ORG2() {
        TestData.Structure s = TestData.structure2026();
        define(s.electionId(), "ELECTION_BOARD", "\"electoralUnitId\": \"" + s.provincialUnit() + "\"", members(5, null))
                .statusCode(201)
                .body("warnings[0].field", equalTo("members"))
                .body("warnings[0].code", equalTo("ORG-2"))
                .body("warnings[0].message", equalTo("5 members; the law asks 11-15 for "
                        + "ELECTION_BOARD/PROVINCIAL_COUNCIL under the 2026 ruleset"));
    }

    @Test
    void aTeamBelongsToAPollingAreaAndACommitteeToAnAdministrativeUnit_ORG1() {
        TestData.Structure s = TestData.structure2026();
        define(s.electionId(), "ELECTION_TEAM", "\"administrativeUnitCode\": \"" + s.communeCode() + "\"",
                members(11, null))
                .statusCode(422)
                .body("errors.field", equalTo(List.of("administrativeUnitCode", "pollingAreaId")))
                .body("errors.code", equalTo(List.of("ORG-1", "ORG-1")));
        define(s.electionId(), "ELECTION_COMMITTEE", "\"administrativeUnitCode\": \"" + s.communeCode() + "\"",
                members(9, null))
                .statusCode(201)
                .body("warnings", empty());
        define(s.electionId(), "ELECTION_COMMITTEE", "\"administrativeUnitCode\": \"" + s.communeCode() + "\"",
                members(9, null))
                .statusCode(409);
    }

    @Test
    void aCandidateMayNotSitOnTheTeamOfTheirUnit_ORG3() {
        TestData.Structure s = TestData.structure2026();
        String area = s.pollingArea(1, true);
        given().contentType(ContentType.JSON)
                .body("""
                        {"electoralUnitId": "%s", "citizenId": "009000000001", "fullName": "Lưu Văn Ứng",
                         "birthDate": "1970-02-14", "gender": "MALE", "ethnicity": "Kinh", "religion": "Không",
                         "hometown": "Bắc Kạn", "residence": "Bắc Kạn", "education": "Đại học", "occupation": "Kỹ sư",
                         "workplace": "Sở Xây dựng", "partyMember": false, "nomination": "SELF_NOMINATED",
                         "biography": "Tự ứng cử."}""".formatted(s.communeUnit()))
                .when().post("/api/v1/elections/" + s.electionId() + "/candidates")
                .then().statusCode(201);

        define(s.electionId(), "ELECTION_TEAM", "\"pollingAreaId\": \"" + area + "\"", members(11, "Lưu Văn Ứng"))
                .statusCode(422)
                .body("errors[0].field", equalTo("members[3]"))
                .body("errors[0].code", equalTo("ORG-3"));
        // the same person may sit on the board of a unit where they do not stand
        define(s.electionId(), "ELECTION_BOARD", "\"electoralUnitId\": \"" + s.nationalUnit() + "\"",
                members(11, "Lưu Văn Ứng"))
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

    static ValidatableResponse define(String election, String kind, String place, String members) {
        return given().contentType(ContentType.JSON)
                .body("{\"kind\": \"" + kind + "\", \"name\": \"Tổ chức thử\", " + place + ", \"members\": " + members + "}")
                .when().post("/api/v1/elections/" + election + "/organizations")
                .then();
    }
}
