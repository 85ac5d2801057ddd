package vn.election.registry.admin;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import vn.election.events.CloudEventHeaders;
import vn.election.events.Topics;
import vn.election.events.registry.AdministrativeUnitDefined;
import vn.election.registry.TestData;
import vn.election.registry.Tokens;
import vn.election.testing.TestEvents;

@QuarkusTest
class AdministrativeUnitResourceTest {

    @Test
    void definesAProvinceAndACommuneInItAndPublishesBoth() {
        String province = TestData.nextProvinceCode();
        given().header(Tokens.NEC)
                .contentType(ContentType.JSON)
                .body("{\"code\": \"" + province + "\", \"name\": \"Tỉnh Bắc Kạn\", \"level\": \"PROVINCE\"}")
                .when()
                .post("/api/v1/administrative-units")
                .then()
                .statusCode(201)
                .body("provinceCode", equalTo(province));
        String commune = TestData.commune("Xã Cao Kỳ", province);

        given().when()
                .get("/api/v1/administrative-units/" + commune)
                .then()
                .statusCode(200)
                .body("name", equalTo("Xã Cao Kỳ"))
                .body("level", equalTo("COMMUNE"))
                .body("parentCode", equalTo(province))
                .body("provinceCode", equalTo(province));

        List<ConsumerRecord<String, String>> records = TestEvents.readUntil(
                Topics.REGISTRY_STRUCTURE,
                Duration.ofSeconds(30),
                seen -> seen.stream().anyMatch(r -> commune.equals(r.key())));
        ConsumerRecord<String, String> event = records.stream()
                .filter(r -> commune.equals(r.key()))
                .findFirst()
                .orElseThrow();
        assertEquals(AdministrativeUnitDefined.TYPE, TestEvents.header(event, CloudEventHeaders.TYPE));
        assertTrue(event.value().contains("\"parentCode\":\"" + province + "\""), event.value());
        assertTrue(event.value().contains("\"level\":\"COMMUNE\""), event.value());
    }

    @Test
    void importsATreeFromCsvParentsFirst() {
        String province = TestData.nextProvinceCode();
        String district = TestData.nextDistrictCode();
        String commune = TestData.nextCommuneCode();
        String csv = "code,name,level,parent_code\n"
                + province + ",Tỉnh Thái Nguyên,PROVINCE,\n"
                + district + ",Huyện Đại Từ,DISTRICT," + province + "\n"
                + commune + ",\"Xã Hùng Sơn, Đại Từ\",COMMUNE," + district + "\n";

        given().header(Tokens.NEC)
                .contentType(TestData.CSV)
                .body(csv)
                .when()
                .post("/api/v1/administrative-units")
                .then()
                .statusCode(200)
                .body("received", equalTo(3))
                .body("accepted", equalTo(3))
                .body("rejected", equalTo(0));

        given().queryParam("parent", district)
                .when()
                .get("/api/v1/administrative-units")
                .then()
                .statusCode(200)
                .body("code", contains(commune))
                .body("[0].name", equalTo("Xã Hùng Sơn, Đại Từ"))
                .body("[0].provinceCode", equalTo(province));

        // the same file again changes nothing
        given().header(Tokens.NEC)
                .contentType(TestData.CSV)
                .body(csv)
                .when()
                .post("/api/v1/administrative-units")
                .then()
                .statusCode(200)
                .body("accepted", equalTo(0));
    }

    @Test
    void aFileWithARejectedRowImportsNothingAndNamesTheLine() {
        String province = TestData.nextProvinceCode();
        String commune = TestData.nextCommuneCode();
        String csv = "code,name,level,parent_code\n"
                + province + ",Tỉnh Hà Nam,PROVINCE,\n"
                + commune + ",Xã Không Cha,COMMUNE,99999\n"
                + "123,Huyện Thiếu Cha,DISTRICT,\n";

        given().header(Tokens.NEC)
                .contentType(TestData.CSV)
                .body(csv)
                .when()
                .post("/api/v1/administrative-units")
                .then()
                .statusCode(422)
                .contentType("application/problem+json")
                .body("errors.field", contains("line 3: parent_code", "line 4: parent_code"))
                .body("errors.code", contains("Pattern", "NotNull"));

        given().when().get("/api/v1/administrative-units/" + province).then().statusCode(404);
    }

    @Test
    void aDistrictLiesInAProvinceOnly() {
        String district = TestData.district("Huyện Tràng Định", TestData.province("Tỉnh Lạng Sơn"));
        given().header(Tokens.NEC)
                .contentType(ContentType.JSON)
                .body("{\"code\": \"" + TestData.nextDistrictCode()
                        + "\", \"name\": \"Huyện Lạ\", \"level\": \"DISTRICT\"," + " \"parentCode\": \"" + district
                        + "\"}")
                .when()
                .post("/api/v1/administrative-units")
                .then()
                .statusCode(422)
                .body("errors[0].field", equalTo("parentCode"))
                .body("errors[0].code", equalTo("ParentLevel"));
    }

    @Test
    void aCodeIsDefinedOnce() {
        String province = TestData.province("Tỉnh Cao Bằng");
        given().header(Tokens.NEC)
                .contentType(ContentType.JSON)
                .body("{\"code\": \"" + province + "\", \"name\": \"Tỉnh Khác\", \"level\": \"PROVINCE\"}")
                .when()
                .post("/api/v1/administrative-units")
                .then()
                .statusCode(409)
                .contentType("application/problem+json");
    }

    @Test
    void aCodesLengthFollowsItsLevel() {
        given().header(Tokens.NEC)
                .contentType(ContentType.JSON)
                .body("{\"code\": \"" + TestData.nextCommuneCode()
                        + "\", \"name\": \"Tỉnh Sai Mã\", \"level\": \"PROVINCE\"}")
                .when()
                .post("/api/v1/administrative-units")
                .then()
                .statusCode(422)
                .body("errors[0].field", equalTo("code"))
                .body("errors[0].code", equalTo("CodeFormat"));
    }

    @Test
    void anIdempotencyKeyBelongsToOneRoute() {
        // the caller's key on the elections' route and on this one names two requests, not a replay
        String key = UUID.randomUUID().toString();
        given().header(Tokens.NEC)
                .contentType(ContentType.JSON)
                .header("Idempotency-Key", key)
                .body("""
                        {"name": "Bầu cử đại biểu Quốc hội khóa XVI", "electionDay": "2026-03-15", "ruleset": "2026",
                         "bodies": ["NATIONAL_ASSEMBLY"]}""")
                .post("/api/v1/elections")
                .then()
                .statusCode(201);
        String province = TestData.nextProvinceCode();
        given().header(Tokens.NEC)
                .contentType(ContentType.JSON)
                .header("Idempotency-Key", key)
                .body("{\"code\": \"" + province + "\", \"name\": \"Tỉnh Bắc Kạn\", \"level\": \"PROVINCE\"}")
                .post("/api/v1/administrative-units")
                .then()
                .statusCode(201)
                .header("Idempotent-Replayed", nullValue())
                .body("provinceCode", equalTo(province));
    }
}
