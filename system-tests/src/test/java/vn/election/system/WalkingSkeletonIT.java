package vn.election.system;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;

import io.restassured.http.ContentType;
import java.time.Duration;
import java.util.List;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.election.testing.PackagedSuite;
import vn.election.testing.TestTokens;

/**
 * The packaged suite, end to end: a request through the gateway defines an election in the registry,
 * whose event crosses the real broker to the tally and awards services, which show it through the
 * gateway too.
 */
class WalkingSkeletonIT {

    private static String gateway;

    @BeforeAll
    static void startTheSuite() {
        gateway = PackagedSuite.shared().gateway();
    }

    @Test
    void anElectionDefinedThroughTheGatewayReachesTallyAndAwardsOverKafka() {
        String id = given().baseUri(gateway)
                .header("Authorization", TestTokens.bearer("nec", "nation"))
                .contentType(ContentType.JSON)
                .body("""
                        {"name": "Bầu cử đại biểu Quốc hội khóa XVI", "electionDay": "2026-03-15", "ruleset": "2026",
                         "bodies": ["NATIONAL_ASSEMBLY", "PROVINCIAL_COUNCIL", "COMMUNE_COUNCIL"]}""")
                .when()
                .post("/api/v1/registry/elections")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        given().baseUri(gateway)
                .when()
                .get("/api/v1/registry/elections/" + id)
                .then()
                .statusCode(200)
                .body("id", equalTo(id));

        for (String service : List.of("tally", "awards")) {
            Awaitility.await()
                    .atMost(Duration.ofSeconds(30))
                    .pollInterval(Duration.ofMillis(200))
                    .until(() -> given().baseUri(gateway)
                                    .get("/api/v1/" + service + "/elections/" + id)
                                    .statusCode()
                            == 200);
            given().baseUri(gateway)
                    .when()
                    .get("/api/v1/" + service + "/elections/" + id)
                    .then()
                    .statusCode(200)
                    .body("name", equalTo("Bầu cử đại biểu Quốc hội khóa XVI"))
                    .body("ruleset", equalTo("2026"));
        }
    }

    @Test
    void writesWithoutATokenAreRefusedAtTheGateway() {
        given().baseUri(gateway)
                .contentType(ContentType.JSON)
                .body(
                        "{\"name\": \"X\", \"electionDay\": \"2026-03-15\", \"ruleset\": \"2026\", \"bodies\": [\"NATIONAL_ASSEMBLY\"]}")
                .when()
                .post("/api/v1/registry/elections")
                .then()
                .statusCode(401)
                .contentType("application/problem+json");
    }

    @Test
    void anUnknownElectionIsAProblemThroughTheGateway() {
        given().baseUri(gateway)
                .when()
                .get("/api/v1/tally/elections/00000000-0000-4000-8000-000000000000")
                .then()
                .statusCode(404)
                .contentType("application/problem+json")
                .body("status", equalTo(404));
    }

    @Test
    void theGatewayServesOneApiDocumentForTheWholeSuite() {
        given().baseUri(gateway)
                .when()
                .get("/openapi")
                .then()
                .statusCode(200)
                .body("paths", hasKey("/api/v1/registry/elections"))
                .body("paths", hasKey("/api/v1/registry/elections/{id}"))
                .body("paths", hasKey("/api/v1/tally/elections/{id}"))
                .body("paths", hasKey("/api/v1/awards/elections/{id}"));
    }
}
