package vn.election.tally.inbound;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;

import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import vn.election.events.Topics;
import vn.election.events.registry.ElectionDefined;
import vn.election.testing.ElectionDefinedConsumerContract;
import vn.election.testing.TestEvents;

/** The tally learns elections from the registry over the real broker, each event once. */
@QuarkusTest
class RegistryStructureConsumerTest extends ElectionDefinedConsumerContract {

    @Test
    void theTallyKeepsTheBodiesItWillCountBallotsFor_ED3() {
        UUID election = UUID.randomUUID();
        TestEvents.send(
                Topics.REGISTRY_STRUCTURE,
                election.toString(),
                UUID.randomUUID().toString(),
                ElectionDefined.TYPE,
                "{\"electionId\":\"" + election + "\",\"name\":\"2026\",\"electionDay\":\"2026-03-15\","
                        + "\"timeZone\":\"Asia/Ho_Chi_Minh\",\"ruleset\":\"2026\","
                        + "\"bodies\":[\"COMMUNE_COUNCIL\",\"NATIONAL_ASSEMBLY\"]}");

        Awaitility.await()
                .atMost(Duration.ofSeconds(30))
                .until(() -> given().get("/api/v1/elections/" + election).statusCode() == 200);
        given().get("/api/v1/elections/" + election)
                .then()
                .body("bodies", contains("NATIONAL_ASSEMBLY", "COMMUNE_COUNCIL"));
    }
}
