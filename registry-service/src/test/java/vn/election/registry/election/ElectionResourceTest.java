package vn.election.registry.election;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;
import vn.election.events.access.Roles;
import vn.election.registry.Tokens;

@QuarkusTest
class ElectionResourceTest {

    static final String ELECTION_2026 = """
            {"name": "Bầu cử đại biểu Quốc hội khóa XVI", "electionDay": "2026-03-15", "ruleset": "2026",
             "bodies": ["NATIONAL_ASSEMBLY", "PROVINCIAL_COUNCIL", "COMMUNE_COUNCIL"]}""";

    @Test
    void definesAnElectionAndReadsItBack() {
        String location = given().header(Tokens.NEC)
                .contentType(ContentType.JSON)
                .body(ELECTION_2026)
                .when()
                .post("/api/v1/elections")
                .then()
                .statusCode(201)
                .body("ruleset", equalTo("2026"))
                .body("timeZone", equalTo("Asia/Ho_Chi_Minh"))
                .body("bodies", hasSize(3))
                .extract()
                .header("Location");

        given().when()
                .get(location)
                .then()
                .statusCode(200)
                .body("name", equalTo("Bầu cử đại biểu Quốc hội khóa XVI"))
                .body("electionDay", equalTo("2026-03-15"))
                .body(
                        "bodies",
                        equalTo(java.util.List.of("NATIONAL_ASSEMBLY", "PROVINCIAL_COUNCIL", "COMMUNE_COUNCIL")));
    }

    @Test
    void aRetryWithTheSameIdempotencyKeyGetsTheFirstAnswerAndCreatesNothing() {
        String key = java.util.UUID.randomUUID().toString();
        String first = given().header(Tokens.NEC)
                .contentType(ContentType.JSON)
                .header("Idempotency-Key", key)
                .body(ELECTION_2026)
                .when()
                .post("/api/v1/elections")
                .then()
                .statusCode(201)
                .extract()
                .path("id");

        given().header(Tokens.NEC)
                .contentType(ContentType.JSON)
                .header("Idempotency-Key", key)
                .body(ELECTION_2026)
                .when()
                .post("/api/v1/elections")
                .then()
                .statusCode(201)
                .header("Idempotent-Replayed", "true")
                .header("Location", endsWith("/api/v1/elections/" + first))
                .body("id", equalTo(first));
    }

    @Test
    void anIdempotencyKeyReusedForAnotherRequestIs422() {
        String key = java.util.UUID.randomUUID().toString();
        given().header(Tokens.NEC)
                .contentType(ContentType.JSON)
                .header("Idempotency-Key", key)
                .body(ELECTION_2026)
                .when()
                .post("/api/v1/elections")
                .then()
                .statusCode(201);

        given().header(Tokens.NEC)
                .contentType(ContentType.JSON)
                .header("Idempotency-Key", key)
                .body(ELECTION_2026.replace("khóa XVI", "khóa XVII"))
                .when()
                .post("/api/v1/elections")
                .then()
                .statusCode(422)
                .body("errors[0].field", equalTo("Idempotency-Key"))
                .body("errors[0].code", equalTo("IdempotencyKeyReused"));
    }

    @Test
    void anIdempotencyKeyIsTheCallersOwn() {
        // another holder's request under the same key is its own request, never a replay of the first answer
        String key = java.util.UUID.randomUUID().toString();
        String first = given().header(Tokens.NEC)
                .contentType(ContentType.JSON)
                .header("Idempotency-Key", key)
                .body(ELECTION_2026)
                .when()
                .post("/api/v1/elections")
                .then()
                .statusCode(201)
                .extract()
                .path("id");

        given().header(Tokens.of(Roles.NEC, "nation"))
                .contentType(ContentType.JSON)
                .header("Idempotency-Key", key)
                .body(ELECTION_2026)
                .when()
                .post("/api/v1/elections")
                .then()
                .statusCode(201)
                .header("Idempotent-Replayed", nullValue())
                .body("id", not(equalTo(first)));
    }

    @Test
    void definingAnElectionWithoutATokenIs401() {
        given().contentType(ContentType.JSON)
                .body(ELECTION_2026)
                .when()
                .post("/api/v1/elections")
                .then()
                .statusCode(401)
                .contentType("application/problem+json")
                .header("WWW-Authenticate", "Bearer")
                .body("type", equalTo("/problems/unauthorized"));
    }

    @Test
    void aTokenFromAnotherIssuerIs401() {
        String forged = vn.election.testing.TestTokens.token(vn.election.events.access.Roles.NEC, "nation")
                .replaceAll("\\.[^.]+$", ".c2lnbmF0dXJl"); // same claims, signature not made with the key
        given().header("Authorization", "Bearer " + forged)
                .contentType(ContentType.JSON)
                .body(ELECTION_2026)
                .when()
                .post("/api/v1/elections")
                .then()
                .statusCode(401)
                .contentType("application/problem+json");
    }

    @Test
    void onlyTheNationalElectionCouncilDefinesElections() {
        // each with a claim that fits its role (D-22, D-24), so that only the role is refused
        java.util.Map<String, String> claims = java.util.Map.of(
                "committee", "admin-unit:01",
                "board", "electoral-unit:" + java.util.UUID.randomUUID(),
                "team", "polling-area:" + java.util.UUID.randomUUID(),
                "awards-officer", "nation",
                "partner", "nation");
        for (String role : claims.keySet()) {
            given().header("Authorization", vn.election.testing.TestTokens.bearer(role, claims.get(role)))
                    .contentType(ContentType.JSON)
                    .body(ELECTION_2026)
                    .when()
                    .post("/api/v1/elections")
                    .then()
                    .statusCode(403)
                    .contentType("application/problem+json")
                    .body("type", equalTo("/problems/forbidden"));
        }
    }

    @Test
    void anElectionIsPublicToRead() {
        String id = given().header(Tokens.NEC)
                .contentType(ContentType.JSON)
                .body(ELECTION_2026)
                .when()
                .post("/api/v1/elections")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        given().when().get("/api/v1/elections/" + id).then().statusCode(200);
    }

    @Test
    void storesTheNameInNfc() {
        // "Hà Nội" written with combining marks (NFD): a + U+0300, o + U+0323 + U+0302
        String decomposed = "Ha\u0300 No\u0323\u0302i 2021";
        given().header(Tokens.NEC)
                .contentType(ContentType.JSON)
                .body("{\"name\": \"" + decomposed + "\", \"electionDay\": \"2021-05-23\", \"ruleset\": \"2021\","
                        + " \"bodies\": [\"DISTRICT_COUNCIL\"]}")
                .when()
                .post("/api/v1/elections")
                .then()
                .statusCode(201)
                .body("name", equalTo("H\u00e0 N\u1ed9i 2021"));
    }

    @Test
    void theDistrictCouncilIsNotElectedUnderThe2026Ruleset_ED3() {
        given().header(Tokens.NEC)
                .contentType(ContentType.JSON)
                .body("""
                        {"name": "X", "electionDay": "2026-03-15", "ruleset": "2026",
                         "bodies": ["NATIONAL_ASSEMBLY", "DISTRICT_COUNCIL"]}""")
                .when()
                .post("/api/v1/elections")
                .then()
                .statusCode(422)
                .contentType("application/problem+json")
                .body("type", equalTo("/problems/rule-violation"))
                .body("errors[0].field", equalTo("bodies[1]"))
                .body("errors[0].code", equalTo("ED-3"));
    }

    @Test
    void electionDayIsASunday_ED1() {
        // 2026-03-14 is a Saturday
        given().header(Tokens.NEC)
                .contentType(ContentType.JSON)
                .body(ELECTION_2026.replace("2026-03-15", "2026-03-14"))
                .when()
                .post("/api/v1/elections")
                .then()
                .statusCode(422)
                .body("errors[0].field", equalTo("electionDay"))
                .body("errors[0].code", equalTo("ED-1"))
                .body("detail", containsString("SATURDAY"));
    }

    @Test
    void malformedJsonIs400() {
        given().header(Tokens.NEC)
                .contentType(ContentType.JSON)
                .body("{\"name\": \"X\", ")
                .when()
                .post("/api/v1/elections")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("/problems/malformed-json"))
                .body("instance", equalTo("/api/v1/elections"));
    }

    @Test
    void aMissingFieldIs422NamingIt() {
        given().header(Tokens.NEC)
                .contentType(ContentType.JSON)
                .body("{\"name\": \"X\", \"ruleset\": \"2026\", \"bodies\": [\"NATIONAL_ASSEMBLY\"]}")
                .when()
                .post("/api/v1/elections")
                .then()
                .statusCode(422)
                .contentType("application/problem+json")
                .body("type", equalTo("/problems/validation"))
                .body("errors.field", hasItem("electionDay"))
                .body("errors.code", hasItem("NotNull"));
    }

    @Test
    void aWrongTypeIs400NamingTheField() {
        given().header(Tokens.NEC)
                .contentType(ContentType.JSON)
                .body(ELECTION_2026.replace("\"2026-03-15\"", "\"next sunday\""))
                .when()
                .post("/api/v1/elections")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("electionDay"))
                .body("errors[0].code", equalTo("InvalidType"));
    }

    @Test
    void anUnknownRulesetNamesTheAllowedValues() {
        given().header(Tokens.NEC)
                .contentType(ContentType.JSON)
                .body(ELECTION_2026.replace("\"ruleset\": \"2026\"", "\"ruleset\": \"2016\""))
                .when()
                .post("/api/v1/elections")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("ruleset"))
                .body("errors[0].message", containsString("[2021, 2026]"));
    }

    @Test
    void anUnknownIdIs404() {
        given().when()
                .get("/api/v1/elections/7d3c6a8e-1111-4222-8333-944455556666")
                .then()
                .statusCode(404)
                .contentType("application/problem+json")
                .body("detail", containsString("7d3c6a8e-1111-4222-8333-944455556666"));
    }

    @Test
    void anIdThatIsNotAUuidIs404NotA500() {
        given().when()
                .get("/api/v1/elections/not-a-uuid")
                .then()
                .statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    void anOversizedBodyIs413() {
        String huge = "{\"name\": \"" + "x".repeat(1_100_000) + "\"}";
        given().header(Tokens.NEC)
                .contentType(ContentType.JSON)
                .body(huge)
                .when()
                .post("/api/v1/elections")
                .then()
                .statusCode(413)
                .contentType("application/problem+json")
                .body("type", equalTo("/problems/payload-too-large"));
    }

    @Test
    void errorsNeverLeakClassNamesOrTraces() {
        given().header(Tokens.NEC)
                .contentType(ContentType.JSON)
                .body("[1, 2]")
                .when()
                .post("/api/v1/elections")
                .then()
                .statusCode(400)
                .body(not(containsString("com.fasterxml")))
                .body(not(containsString("vn.election")))
                .body("stackTrace", nullValue());
    }

    @Test
    void healthAndMetricsAreServed() {
        given().when().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"));
        given().when().get("/q/metrics").then().statusCode(200).body(containsString("http_server_requests"));
        given().when()
                .get("/q/openapi?format=json")
                .then()
                .statusCode(200)
                .body("paths", org.hamcrest.Matchers.hasKey("/api/v1/elections"));
        given().when()
                .get("/q/health/ready")
                .then()
                .body("checks.name", hasItem(endsWith("Kafka connection health check")));
    }
}
