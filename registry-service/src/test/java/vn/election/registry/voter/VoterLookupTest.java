package vn.election.registry.voter;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.Test;
import vn.election.registry.TestData;
import vn.election.registry.Tokens;

/**
 * What a citizen's look-up answers (V-6, V-10, ED-2, C-3): the polling area, its station, its voting day and
 * hours, and one ballot per body the citizen votes for, with the unit's official candidates as the law makes them
 * public; nothing about the citizen.
 */
@QuarkusTest
class VoterLookupTest {

    private static final String HEADER = "citizen_id,full_name,birth_date,category,exclusion\n";

    @Test
    void aPermanentResidentGetsThreeBallotsWithTheOfficialCandidatesOfEach_V6_C3() {
        // 2026: NA unit of 3 seats (published with 5 candidates, C-7: 3 + 2), provincial and commune lists not yet
        TestData.Structure s = TestData.structure2026();
        String area = s.pollingArea(3, true);
        String citizen = VoterListTest.nextId();
        VoterListTest.importArea(s, area, HEADER + citizen + ",Ngô Thị Kín,1966-06-06,PERMANENT,\n", false)
                .statusCode(200);
        String[] names = {"Hoàng Thị Hạnh", "Nông Văn Dũng", "Lý Thị Mai", "Triệu Văn Phúc", "Ma Thị Lụa"};
        String[] ids = new String[names.length];
        for (int i = 0; i < names.length; i++) {
            ids[i] = file(s, s.nationalUnit(), "08800000000" + i, names[i], i == 0 ? "Phát triển kinh tế rừng." : null);
        }
        publish(s, s.nationalUnit()).statusCode(200);
        // a withdrawal after publication takes the candidate off the ballot
        given().header(Tokens.NEC)
                .contentType(ContentType.JSON)
                .body("{\"reason\": \"Lý do sức khỏe\"}")
                .when()
                .post("/api/v1/elections/" + s.electionId() + "/candidates/" + ids[4] + "/withdrawal")
                .then()
                .statusCode(200);

        lookUp(s, citizen, "1966-06-06")
                .statusCode(200)
                .body("pollingAreaId", equalTo(area))
                .body("stationAddress", equalTo("Nhà văn hóa thôn 3"))
                .body("votingDay", equalTo(TestData.FUTURE_SUNDAY))
                .body("opensAt", equalTo("07:00:00"))
                .body("closesAt", equalTo("19:00:00"))
                // V-6: a permanent resident votes for all three bodies, in the order of the bodies
                .body("ballots.body", contains("NATIONAL_ASSEMBLY", "PROVINCIAL_COUNCIL", "COMMUNE_COUNCIL"))
                .body("ballots[0].electoralUnitId", equalTo(s.nationalUnit()))
                .body("ballots[0].seats", equalTo(3))
                .body("ballots[0].listPublished", equalTo(true))
                // ballot order: by given name (Dũng, Hạnh, Mai, Phúc); Lụa withdrew
                .body("ballots[0].candidates.fullName", contains(names[1], names[0], names[2], names[3]))
                .body("ballots[0].candidates[1].biography", equalTo("Sinh tại Bắc Kạn."))
                .body("ballots[0].candidates[1].actionProgramme", equalTo("Phát triển kinh tế rừng."))
                .body("ballots[0].candidates[0].actionProgramme", nullValue())
                // lists not yet published show no filings
                .body("ballots[1].listPublished", equalTo(false))
                .body("ballots[1].candidates", empty())
                .body(not(containsString("Kín")))
                .body(not(containsString(citizen)));
    }

    @Test
    void aShortTermTemporaryResidentVotesForTheNationalAssemblyAndTheProvinceOnly_V6() {
        TestData.Structure s = TestData.structure2026();
        String area = s.pollingArea(4, true);
        String citizen = VoterListTest.nextId();
        VoterListTest.importArea(s, area, HEADER + citizen + ",Tạm Trú Ngắn,1990-01-02,TEMPORARY_SHORT,\n", false)
                .statusCode(200);

        lookUp(s, citizen, "1990-01-02")
                .statusCode(200)
                .body("ballots.body", contains("NATIONAL_ASSEMBLY", "PROVINCIAL_COUNCIL"))
                .body("ballots[1].electoralUnitId", equalTo(s.provincialUnit()));
        // one day off in the date of birth is the same 404 as an unknown citizen
        lookUp(s, citizen, "1990-01-03").statusCode(404);
    }

    @Test
    void anActionProgrammeMayBeAbsentButNotBlank_C3() {
        TestData.Structure s = TestData.structure2026();
        given().header(Tokens.NEC)
                .contentType(ContentType.JSON)
                .body(dossier(s.nationalUnit(), "088000000099", "Đàm Văn Bảy", "   "))
                .when()
                .post("/api/v1/elections/" + s.electionId() + "/candidates")
                .then()
                .statusCode(422)
                .body("errors[0].field", containsString("actionProgramme"));
    }

    private static ValidatableResponse lookUp(TestData.Structure s, String citizenId, String birthDate) {
        return given().contentType(ContentType.JSON)
                .body("{\"citizenId\": \"" + citizenId + "\", \"birthDate\": \"" + birthDate + "\"}")
                .when()
                .post("/api/v1/elections/" + s.electionId() + "/voter-lookup")
                .then();
    }

    private static String file(
            TestData.Structure s, String unit, String citizenId, String name, String actionProgramme) {
        return given().header(Tokens.NEC)
                .contentType(ContentType.JSON)
                .body(dossier(unit, citizenId, name, actionProgramme))
                .when()
                .post("/api/v1/elections/" + s.electionId() + "/candidates")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    private static ValidatableResponse publish(TestData.Structure s, String unit) {
        return given().header(Tokens.NEC)
                .when()
                .post("/api/v1/elections/" + s.electionId() + "/electoral-units/" + unit + "/candidate-list")
                .then();
    }

    private static String dossier(String unit, String citizenId, String name, String actionProgramme) {
        String programme = actionProgramme == null ? "" : ", \"actionProgramme\": \"" + actionProgramme + "\"";
        return """
                {"electoralUnitId": "%s", "citizenId": "%s", "fullName": "%s", "birthDate": "1975-08-19",
                 "gender": "FEMALE", "ethnicity": "Tày", "religion": "Không", "hometown": "Bắc Kạn",
                 "residence": "Phường Đức Xuân", "education": "Đại học", "occupation": "Công chức",
                 "workplace": "Sở Nội vụ", "partyMember": true, "nomination": "NOMINATED",
                 "biography": "Sinh tại Bắc Kạn."%s}""".formatted(unit, citizenId, name, programme);
    }
}
