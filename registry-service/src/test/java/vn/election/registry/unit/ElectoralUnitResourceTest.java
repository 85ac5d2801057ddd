package vn.election.registry.unit;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.http.Header;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.election.events.access.Roles;
import vn.election.registry.TestData;
import vn.election.registry.Tokens;

@QuarkusTest
class ElectoralUnitResourceTest {

    @Test
    void definesAUnitWithSeatsInsideItsProvince() {
        String election = TestData.election2026();
        String province = TestData.province("Tỉnh Bắc Kạn");
        String unit = TestData.electoralUnit(election, "PROVINCIAL_COUNCIL", 1, 4, province);

        given().when()
                .get("/api/v1/elections/" + election + "/electoral-units/" + unit)
                .then()
                .statusCode(200)
                .body("body", equalTo("PROVINCIAL_COUNCIL"))
                .body("seats", equalTo(4))
                .body("administrativeUnitCode", equalTo(province));
        given().queryParam("administrativeUnitCode", province)
                .when()
                .get("/api/v1/elections/" + election + "/electoral-units")
                .then()
                .statusCode(200)
                .body("id", contains(unit));
    }

    @Test
    void theFirstPageListsEveryUnitWhateverItsId() {
        // ids are random: with 8 units, some start with 0-7 and some with 8-f (PostgreSQL orders UUIDs
        // as unsigned bytes, so a first page that starts "after" a signed minimum would lose half)
        String election = TestData.election2026();
        String province = TestData.province("Tỉnh Lạng Sơn");
        java.util.List<String> units = new java.util.ArrayList<>();
        for (int number = 1; number <= 8; number++) {
            units.add(TestData.electoralUnit(election, "PROVINCIAL_COUNCIL", number, 3, province));
        }
        given().queryParam("administrativeUnitCode", province)
                .queryParam("limit", 50)
                .when()
                .get("/api/v1/elections/" + election + "/electoral-units")
                .then()
                .statusCode(200)
                .body("id", org.hamcrest.Matchers.containsInAnyOrder(units.toArray()));
    }

    @Test
    void anNaUnitHasAtMostThreeSeats_EU2() {
        String election = TestData.election2026();
        String province = TestData.province("Tỉnh Hà Nam");
        TestData.electoralUnit(election, "NATIONAL_ASSEMBLY", 1, 3, province);
        given().header(Tokens.NEC)
                .contentType(ContentType.JSON)
                .body(unit("NATIONAL_ASSEMBLY", 2, 4, province))
                .when()
                .post("/api/v1/elections/" + election + "/electoral-units")
                .then()
                .statusCode(422)
                .body("errors[0].field", equalTo("seats"))
                .body("errors[0].code", equalTo("EU-2"));
    }

    @Test
    void aCouncilUnitHasAtMostFiveSeats_EU2() {
        String election = TestData.election2026();
        String province = TestData.province("Tỉnh Thái Nguyên");
        TestData.electoralUnit(election, "PROVINCIAL_COUNCIL", 1, 5, province);
        given().header(Tokens.NEC)
                .contentType(ContentType.JSON)
                .body(unit("PROVINCIAL_COUNCIL", 2, 6, province))
                .when()
                .post("/api/v1/elections/" + election + "/electoral-units")
                .then()
                .statusCode(422)
                .body("errors[0].code", equalTo("EU-2"));
    }

    @Test
    void aDistrictCouncilUnitNeedsThe2021Ruleset_ED3() {
        String election = TestData.election2026();
        String district = TestData.district("Huyện Ba Bể", TestData.province("Tỉnh Bắc Kạn"));
        given().header(Tokens.NEC)
                .contentType(ContentType.JSON)
                .body(unit("DISTRICT_COUNCIL", 1, 3, district))
                .when()
                .post("/api/v1/elections/" + election + "/electoral-units")
                .then()
                .statusCode(422)
                .body("errors[0].field", equalTo("body"))
                .body("errors[0].code", equalTo("ED-3"));

        String election2021 = TestData.election(
                "2021",
                TestData.FUTURE_SUNDAY,
                List.of("NATIONAL_ASSEMBLY", "PROVINCIAL_COUNCIL", "DISTRICT_COUNCIL", "COMMUNE_COUNCIL"));
        TestData.electoralUnit(election2021, "DISTRICT_COUNCIL", 1, 3, district);
    }

    @Test
    void aCommuneCouncilUnitLiesInACommune_EU1() {
        String election = TestData.election2026();
        String province = TestData.province("Tỉnh Cao Bằng");
        given().header(Tokens.NEC)
                .contentType(ContentType.JSON)
                .body(unit("COMMUNE_COUNCIL", 1, 3, province))
                .when()
                .post("/api/v1/elections/" + election + "/electoral-units")
                .then()
                .statusCode(422)
                .body("errors[0].field", equalTo("administrativeUnitCode"))
                .body("errors[0].code", equalTo("EU-1"));
    }

    @Test
    void aUnitNumberIsUsedOncePerBodyAndAdministrativeUnit() {
        String election = TestData.election2026();
        String province = TestData.province("Tỉnh Lào Cai");
        TestData.electoralUnit(election, "NATIONAL_ASSEMBLY", 1, 3, province);
        given().header(Tokens.NEC)
                .contentType(ContentType.JSON)
                .body(unit("NATIONAL_ASSEMBLY", 1, 2, province))
                .when()
                .post("/api/v1/elections/" + election + "/electoral-units")
                .then()
                .statusCode(409);
    }

    private static String unit(String body, int number, int seats, String adminCode) {
        return "{\"body\": \"" + body + "\", \"number\": " + number + ", \"name\": \"Đơn vị số " + number
                + "\", \"seats\": " + seats + ", \"administrativeUnitCode\": \"" + adminCode + "\"}";
    }

    @Test
    void naUnitsAreTheCouncilsAndACouncilsUnitsTheCommitteeOfItsLevel_EU1() {
        String election = TestData.election2026();
        String province = TestData.province("Tỉnh Thái Nguyên");
        String commune = TestData.commune("Xã Phú Đình", province);
        String path = "/api/v1/elections/" + election + "/electoral-units";
        Header provincial = Tokens.of(Roles.COMMITTEE, "admin-unit:" + province);

        given().header(provincial)
                .contentType(ContentType.JSON)
                .body(unit("NATIONAL_ASSEMBLY", 1, 3, province))
                .when()
                .post(path)
                .then()
                .statusCode(403)
                .body("errors[0].field", equalTo("body"))
                .body("errors[0].code", equalTo("EU-1"));
        given().header(provincial)
                .contentType(ContentType.JSON)
                .body(unit("PROVINCIAL_COUNCIL", 1, 5, province))
                .when()
                .post(path)
                .then()
                .statusCode(201);
        given().header(provincial)
                .contentType(ContentType.JSON)
                .body(unit("COMMUNE_COUNCIL", 1, 5, commune))
                .when()
                .post(path)
                .then()
                .statusCode(403);
        given().header(Tokens.of(Roles.COMMITTEE, "admin-unit:" + commune))
                .contentType(ContentType.JSON)
                .body(unit("COMMUNE_COUNCIL", 1, 5, commune))
                .when()
                .post(path)
                .then()
                .statusCode(201)
                .body("administrativeUnitCode", equalTo(commune));
    }
}
