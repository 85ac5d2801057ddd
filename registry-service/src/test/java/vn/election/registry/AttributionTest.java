package vn.election.registry;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.http.Header;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import vn.election.events.access.Roles;

/**
 * Every write is attributable: the token's subject is recorded with the voter list changes (V-9, V-10), the
 * finalized lists, the candidates, official lists and withdrawals (C-7), and the structure the committees and the
 * council define.
 */
@QuarkusTest
class AttributionTest {

    private static final String VOTERS = "citizen_id,full_name,birth_date,category,exclusion\n";

    @Inject
    DataSource database;

    @Test
    void theCommitteesWritesRecordWhoMadeThem_V9_V10_C7() throws SQLException {
        String election = TestData.election2026();
        String province = TestData.province("Tỉnh Ghi Danh");
        String commune = TestData.commune("Xã Ghi Danh", province);
        String na = TestData.electoralUnit(election, "NATIONAL_ASSEMBLY", 1, 3, province);
        String pc = TestData.electoralUnit(election, "PROVINCIAL_COUNCIL", 1, 5, province);
        String cc = TestData.electoralUnit(election, "COMMUNE_COUNCIL", 1, 1, commune);
        Header committee = Tokens.of(Roles.COMMITTEE, "admin-unit:" + commune);
        String who = Tokens.subject(committee);
        String path = "/api/v1/elections/" + election;

        String area = given().header(committee)
                .contentType(ContentType.JSON)
                .body(TestData.pollingAreaJson(commune, 1, true, false, List.of(na, pc, cc)))
                .post(path + "/polling-areas")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        String destination = given().header(committee)
                .contentType(ContentType.JSON)
                .body(TestData.pollingAreaJson(commune, 2, true, false, List.of(na, pc, cc)))
                .post(path + "/polling-areas")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        given().header(committee)
                .contentType(TestData.CSV)
                .body(VOTERS + "800000000001,Hà Văn Một,1970-01-01,,\n800000000002,Hà Thị Hai,1971-02-02,,\n"
                        + "800000000003,Hà Văn Ba,1972-03-03,,\n")
                .post(path + "/polling-areas/" + area + "/voters")
                .then()
                .statusCode(200);
        given().header(committee).delete(path + "/voters/800000000001").then().statusCode(204);
        given().header(committee)
                .contentType(ContentType.JSON)
                .body("{\"toPollingAreaId\": \"" + destination + "\"}")
                .post(path + "/voters/800000000002/transfer")
                .then()
                .statusCode(200);
        given().header(committee)
                .post(path + "/polling-areas/" + area + "/voter-list/finalization")
                .then()
                .statusCode(200);
        String first = file(committee, path, cc, commune, "800000000011");
        String second = file(committee, path, cc, commune, "800000000012");
        given().header(committee)
                .post(path + "/electoral-units/" + cc + "/candidate-list")
                .then()
                .statusCode(200);
        given().header(committee)
                .contentType(ContentType.JSON)
                .body("{\"reason\": \"Sức khỏe\"}")
                .post(path + "/candidates/" + second + "/withdrawal")
                .then()
                .statusCode(200);
        String team = given().header(committee)
                .contentType(ContentType.JSON)
                .body("{\"kind\": \"ELECTION_TEAM\", \"name\": \"Tổ bầu cử số 1\", \"pollingAreaId\": \"" + area
                        + "\", \"members\": [{\"citizenId\": \"800000000099\", \"fullName\": \"Hà Văn Tổ\", \"role\": \"Tổ trưởng\", "
                        + "\"birthDate\": \"1965-05-05\", \"workplace\": \"UBND xã\"}]}")
                .post(path + "/organizations")
                .then()
                .statusCode(201)
                .extract()
                .path("id");

        assertEquals(
                List.of(
                        "IMPORT " + area + " null 3 null " + who,
                        "REMOVAL " + area + " 800000000001 null null " + who,
                        "TRANSFER " + area + " 800000000002 null " + destination + " " + who),
                rows(
                        "select kind, polling_area_id, citizen_id, voters_added, to_polling_area, changed_by "
                                + "from voter_list_change where election_id = ? order by id",
                        election));
        assertEquals(List.of(who), rows("select finalized_by from voter_list_final where polling_area_id = ?", area));
        assertEquals(
                List.of(first + " " + who + " null", second + " " + who + " " + who),
                rows(
                        "select id, created_by, withdrawn_by from candidate where electoral_unit_id = ? order by "
                                + "withdrawn_by nulls first",
                        cc));
        assertEquals(List.of(who), rows("select published_by from candidate_list where electoral_unit_id = ?", cc));
        assertEquals(List.of(who, who), rows("select created_by from polling_area where election_id = ?", election));
        assertEquals(List.of(who), rows("select created_by from organization where id = ?", team));
        // the structure TestData defines with the council's token
        assertEquals(
                List.of(Tokens.subject(Tokens.NEC)), rows("select created_by from election where id = ?", election));
        assertEquals(
                List.of(Tokens.subject(Tokens.NEC)), rows("select created_by from electoral_unit where id = ?", cc));
        assertEquals(
                List.of(Tokens.subject(Tokens.NEC)),
                rows("select created_by from administrative_unit where code = ?", commune));
    }

    private static String file(Header committee, String path, String unit, String residenceCode, String citizenId) {
        return given().header(committee)
                .contentType(ContentType.JSON)
                .body("""
                        {"electoralUnitId": "%s", "citizenId": "%s", "fullName": "Hà Thị Ứng", "birthDate": "1980-04-04",
                         "gender": "FEMALE", "ethnicity": "Kinh", "religion": "Không", "hometown": "Xã Ghi Danh",
                         "residence": "Xã Ghi Danh", "education": "Đại học", "occupation": "Giáo viên",
                         "workplace": "Trường xã", "partyMember": false, "nomination": "NOMINATED",
                         "biography": "Sinh tại xã.", "residenceCode": "%s"}""".formatted(unit, citizenId, residenceCode))
                .post(path + "/candidates")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    /** Each row's columns joined by spaces; ids are compared as text. */
    private List<String> rows(String sql, String parameter) throws SQLException {
        try (Connection connection = database.getConnection();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setObject(1, isUuid(parameter) ? UUID.fromString(parameter) : parameter);
            List<String> rows = new ArrayList<>();
            try (ResultSet rs = statement.executeQuery()) {
                int columns = rs.getMetaData().getColumnCount();
                while (rs.next()) {
                    List<String> values = new ArrayList<>();
                    for (int i = 1; i <= columns; i++) {
                        values.add(String.valueOf(rs.getObject(i)));
                    }
                    rows.add(String.join(" ", values));
                }
            }
            return rows;
        }
    }

    private static boolean isUuid(String text) {
        return text.length() == 36 && text.charAt(8) == '-';
    }
}
