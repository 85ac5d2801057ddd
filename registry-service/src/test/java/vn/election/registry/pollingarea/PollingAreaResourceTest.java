package vn.election.registry.pollingarea;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.election.events.access.Roles;
import vn.election.registry.TestData;
import vn.election.registry.Tokens;

@QuarkusTest
class PollingAreaResourceTest {

    @Test
    void aPollingAreaLiesInOneUnitPerBody_PA4() {
        TestData.Structure s = TestData.structure2026();
        String area = s.pollingArea(1, false);

        given().when()
                .get("/api/v1/elections/" + s.electionId() + "/polling-areas/" + area)
                .then()
                .statusCode(200)
                .body("communeCode", equalTo(s.communeCode()))
                .body("unitByBody.NATIONAL_ASSEMBLY", equalTo(s.nationalUnit()))
                .body("unitByBody.PROVINCIAL_COUNCIL", equalTo(s.provincialUnit()))
                .body("unitByBody.COMMUNE_COUNCIL", equalTo(s.communeUnit()))
                .body("stationAddress", equalTo("Nhà văn hóa thôn 1"));
    }

    @Test
    void aMissingBodyIsRefused_PA4() {
        TestData.Structure s = TestData.structure2026();
        given().header(Tokens.NEC)
                .contentType(ContentType.JSON)
                .body(TestData.pollingAreaJson(
                        s.communeCode(), 1, false, false, List.of(s.nationalUnit(), s.provincialUnit())))
                .when()
                .post("/api/v1/elections/" + s.electionId() + "/polling-areas")
                .then()
                .statusCode(422)
                .body("errors[0].field", equalTo("electoralUnitIds"))
                .body("errors[0].code", equalTo("PA-4"))
                .body("errors[0].message", containsString("COMMUNE_COUNCIL"));
    }

    @Test
    void twoUnitsOfOneBodyAreRefused_PA4() {
        TestData.Structure s = TestData.structure2026();
        String second = TestData.electoralUnit(s.electionId(), "NATIONAL_ASSEMBLY", 2, 2, s.provinceCode());
        given().header(Tokens.NEC)
                .contentType(ContentType.JSON)
                .body(TestData.pollingAreaJson(
                        s.communeCode(),
                        1,
                        false,
                        false,
                        List.of(s.nationalUnit(), s.provincialUnit(), s.communeUnit(), second)))
                .when()
                .post("/api/v1/elections/" + s.electionId() + "/polling-areas")
                .then()
                .statusCode(422)
                .body("errors[0].field", equalTo("electoralUnitIds[3]"))
                .body("errors[0].code", equalTo("PA-4"));
    }

    @Test
    void aUnitOfAnotherCommuneIsRefused_PA4() {
        TestData.Structure s = TestData.structure2026();
        String otherCommune = TestData.commune("Xã Bên Cạnh", s.provinceCode());
        String otherUnit = TestData.electoralUnit(s.electionId(), "COMMUNE_COUNCIL", 1, 5, otherCommune);
        given().header(Tokens.NEC)
                .contentType(ContentType.JSON)
                .body(TestData.pollingAreaJson(
                        s.communeCode(), 1, false, false, List.of(s.nationalUnit(), s.provincialUnit(), otherUnit)))
                .when()
                .post("/api/v1/elections/" + s.electionId() + "/polling-areas")
                .then()
                .statusCode(422)
                .body("errors[0].field", equalTo("electoralUnitIds[2]"))
                .body("errors[0].message", containsString("does not contain commune " + s.communeCode()));
    }

    @Test
    void anExpectedCountOutsidePa1IsAcceptedWithAWarning_PA1() {
        TestData.Structure s = TestData.structure2026();
        given().header(Tokens.NEC)
                .contentType(ContentType.JSON)
                .body(TestData.pollingAreaJson(s.communeCode(), 1, false, false, s.units())
                        .replace("\"remote\"", "\"expectedVoters\": 120, \"remote\""))
                .when()
                .post("/api/v1/elections/" + s.electionId() + "/polling-areas")
                .then()
                .statusCode(201)
                .body("warnings[0].field", equalTo("expectedVoters"))
                .body("warnings[0].code", equalTo("PA-1"));
        // remote: fewer than 300 is fine
        given().header(Tokens.NEC)
                .contentType(ContentType.JSON)
                .body(TestData.pollingAreaJson(s.communeCode(), 2, true, false, s.units())
                        .replace("\"remote\"", "\"expectedVoters\": 120, \"remote\""))
                .when()
                .post("/api/v1/elections/" + s.electionId() + "/polling-areas")
                .then()
                .statusCode(201)
                .body("warnings", empty());
    }

    @Test
    void aSpecialAreaHasAtLeastFifty_PA2() {
        TestData.Structure s = TestData.structure2026();
        given().header(Tokens.NEC)
                .contentType(ContentType.JSON)
                .body(TestData.pollingAreaJson(s.communeCode(), 1, false, true, s.units())
                        .replace("\"remote\"", "\"expectedVoters\": 40, \"remote\""))
                .when()
                .post("/api/v1/elections/" + s.electionId() + "/polling-areas")
                .then()
                .statusCode(201)
                .body("warnings.code", hasItem("PA-2"));
    }

    @Test
    void aPollingAreaLiesInACommune_PA3() {
        TestData.Structure s = TestData.structure2026();
        given().header(Tokens.NEC)
                .contentType(ContentType.JSON)
                .body(TestData.pollingAreaJson(s.provinceCode(), 1, false, false, s.units()))
                .when()
                .post("/api/v1/elections/" + s.electionId() + "/polling-areas")
                .then()
                .statusCode(422)
                .body("errors.code", hasItem("PA-3"));
    }

    @Test
    void aCommuneDecidesItsOwnPollingAreasOnly_PA3() {
        TestData.Structure s = TestData.structure2026();
        String neighbour = TestData.commune("Xã Láng Giềng", s.provinceCode());
        String json = TestData.pollingAreaJson(s.communeCode(), 1, false, false, s.units());
        String path = "/api/v1/elections/" + s.electionId() + "/polling-areas";

        given().header(Tokens.of(Roles.COMMITTEE, "admin-unit:" + neighbour))
                .contentType(ContentType.JSON)
                .body(json)
                .when()
                .post(path)
                .then()
                .statusCode(403)
                .contentType("application/problem+json")
                .body("errors[0].code", equalTo("JURISDICTION"));
        given().header(Tokens.of(Roles.COMMITTEE, "admin-unit:" + s.communeCode()))
                .contentType(ContentType.JSON)
                .body(json)
                .when()
                .post(path)
                .then()
                .statusCode(201)
                .body("communeCode", equalTo(s.communeCode()));
    }
}
