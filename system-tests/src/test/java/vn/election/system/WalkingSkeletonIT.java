package vn.election.system;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;

import io.restassured.http.ContentType;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.election.events.Topics;
import vn.election.testing.LocalKafkaBroker;
import vn.election.testing.PostgresTestDatabase;
import vn.election.testing.TestTokens;

/**
 * The packaged suite, end to end: a request through the gateway defines an election in the registry,
 * whose event crosses the real broker to the tally and awards services, which show it through the
 * gateway too.
 */
class WalkingSkeletonIT {

    private static final Path ROOT = Path.of(System.getProperty("suite.root", ".."));

    private static LocalKafkaBroker broker;
    private static final List<PostgresTestDatabase> databases = new ArrayList<>();
    private static final List<ServiceProcess> services = new ArrayList<>();
    private static String gateway;

    @BeforeAll
    static void startTheSuite() {
        broker = LocalKafkaBroker.startFresh(List.of(Topics.REGISTRY_STRUCTURE, Topics.REGISTRY_CANDIDATES,
                Topics.TALLY_MINUTES, Topics.TALLY_RESULTS, Topics.AWARDS_DECISIONS));
        ServiceProcess registry = startService("registry-service");
        ServiceProcess tally = startService("tally-service");
        ServiceProcess awards = startService("awards-service");
        ServiceProcess gw = ServiceProcess.start(ROOT, "gateway", Map.of(
                "gateway.services.registry.url", registry.url(),
                "gateway.services.tally.url", tally.url(),
                "gateway.services.awards.url", awards.url(),
                "mp.jwt.verify.publickey", TestTokens.publicKey(),
                "mp.jwt.verify.issuer", TestTokens.ISSUER));
        services.add(gw);
        gateway = gw.url();
    }

    private static ServiceProcess startService(String module) {
        var database = new PostgresTestDatabase();
        databases.add(database);
        Map<String, String> config = new java.util.HashMap<>(database.start());
        config.put("kafka.bootstrap.servers", broker.bootstrapServers());
        config.put("mp.jwt.verify.publickey", TestTokens.publicKey());
        config.put("mp.jwt.verify.issuer", TestTokens.ISSUER);
        ServiceProcess service = ServiceProcess.start(ROOT, module, config);
        services.add(service);
        return service;
    }

    @AfterAll
    static void stopTheSuite() {
        services.forEach(ServiceProcess::stop);
        databases.forEach(PostgresTestDatabase::stop);
        if (broker != null) {
            broker.close();
        }
    }

    @Test
    void anElectionDefinedThroughTheGatewayReachesTallyAndAwardsOverKafka() {
        String id = given().baseUri(gateway).header("Authorization", TestTokens.bearer("nec", "nation"))
                .contentType(ContentType.JSON)
                .body("""
                        {"name": "Bầu cử đại biểu Quốc hội khóa XVI", "electionDay": "2026-03-15", "ruleset": "2026",
                         "bodies": ["NATIONAL_ASSEMBLY", "PROVINCIAL_COUNCIL", "COMMUNE_COUNCIL"]}""")
                .when().post("/api/v1/registry/elections")
                .then().statusCode(201)
                .extract().path("id");
        given().baseUri(gateway).when().get("/api/v1/registry/elections/" + id)
                .then().statusCode(200).body("id", equalTo(id));

        for (String service : List.of("tally", "awards")) {
            Awaitility.await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200))
                    .until(() -> given().baseUri(gateway).get("/api/v1/" + service + "/elections/" + id).statusCode() == 200);
            given().baseUri(gateway).when().get("/api/v1/" + service + "/elections/" + id)
                    .then().statusCode(200)
                    .body("name", equalTo("Bầu cử đại biểu Quốc hội khóa XVI"))
                    .body("ruleset", equalTo("2026"));
        }
    }

    @Test
    void writesWithoutATokenAreRefusedAtTheGateway() {
        given().baseUri(gateway).contentType(ContentType.JSON)
                .body("{\"name\": \"X\", \"electionDay\": \"2026-03-15\", \"ruleset\": \"2026\", \"bodies\": [\"NATIONAL_ASSEMBLY\"]}")
                .when().post("/api/v1/registry/elections")
                .then().statusCode(401)
                .contentType("application/problem+json");
    }

    @Test
    void anUnknownElectionIsAProblemThroughTheGateway() {
        given().baseUri(gateway).when().get("/api/v1/tally/elections/00000000-0000-4000-8000-000000000000")
                .then().statusCode(404)
                .contentType("application/problem+json")
                .body("status", equalTo(404));
    }

    @Test
    void theGatewayServesOneApiDocumentForTheWholeSuite() {
        given().baseUri(gateway).when().get("/openapi")
                .then().statusCode(200)
                .body("paths", hasKey("/api/v1/registry/elections"))
                .body("paths", hasKey("/api/v1/registry/elections/{id}"))
                .body("paths", hasKey("/api/v1/tally/elections/{id}"))
                .body("paths", hasKey("/api/v1/awards/elections/{id}"));
    }
}
