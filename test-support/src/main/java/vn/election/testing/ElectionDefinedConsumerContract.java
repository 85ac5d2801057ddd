package vn.election.testing;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import io.restassured.response.ValidatableResponse;
import java.time.Duration;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import vn.election.events.Topics;
import vn.election.events.registry.ElectionDefined;

/**
 * What every consumer of the registry's {@code ElectionDefined} must do over the real broker and
 * database: learn the election, and apply a redelivered event (same {@code ce_id}) not at all. A
 * service's {@code @QuarkusTest} extends this; its {@code GET /api/v1/elections/{id}} shows what it learned.
 */
public abstract class ElectionDefinedConsumerContract {

    private static final Duration ARRIVAL = Duration.ofSeconds(30);

    @Test
    void anElectionDefinedInTheRegistryArrives() {
        UUID election = UUID.randomUUID();
        sendElectionDefined(UUID.randomUUID().toString(), election, "Bầu cử HĐND tỉnh Bắc Kạn", election);

        awaitElection(election)
                .body("name", equalTo("Bầu cử HĐND tỉnh Bắc Kạn"))
                .body("ruleset", equalTo("2021"))
                .body("electionDay", equalTo("2021-05-23"));
    }

    @Test
    void aDrillIsKeptAsOneAndAnEventWithoutTheFlagIsARealElection_D28() {
        UUID drill = UUID.randomUUID();
        TestEvents.send(
                Topics.REGISTRY_STRUCTURE,
                drill.toString(),
                UUID.randomUUID().toString(),
                ElectionDefined.TYPE,
                payload(drill, "Diễn tập").replace("}", ",\"drill\":true}"));
        UUID real = UUID.randomUUID();
        sendElectionDefined(UUID.randomUUID().toString(), real, "Thật", real);

        awaitElection(drill).body("drill", equalTo(true));
        awaitElection(real).body("drill", equalTo(false));
    }

    @Test
    void aRedeliveredEventChangesNothing() {
        UUID election = UUID.randomUUID();
        String eventId = UUID.randomUUID().toString();
        sendElectionDefined(eventId, election, "Tên lần đầu", election);
        String learnedAt = awaitElection(election)
                .body("name", equalTo("Tên lần đầu"))
                .extract()
                .path("learnedAt");

        // The same event again (same ce_id). Its payload is altered only so that applying it would
        // show; a real redelivery carries the same bytes.
        sendElectionDefined(eventId, election, "Tên nếu áp dụng lại", election);
        // A later event on the same key (so the same partition): once it is applied, the copy before
        // it has been processed too.
        UUID sentinel = UUID.randomUUID();
        sendElectionDefined(UUID.randomUUID().toString(), sentinel, "Sentinel", election);
        awaitElection(sentinel);

        given().when()
                .get("/api/v1/elections/" + election)
                .then()
                .statusCode(200)
                .body("name", equalTo("Tên lần đầu"))
                .body("learnedAt", equalTo(learnedAt));
    }

    private static void sendElectionDefined(String eventId, UUID election, String name, UUID key) {
        TestEvents.send(
                Topics.REGISTRY_STRUCTURE, key.toString(), eventId, ElectionDefined.TYPE, payload(election, name));
    }

    /** An event as written before drills existed: without {@code drill}. */
    private static String payload(UUID election, String name) {
        return "{\"electionId\":\"" + election + "\",\"name\":\"" + name + "\",\"electionDay\":\"2021-05-23\","
                + "\"timeZone\":\"Asia/Ho_Chi_Minh\",\"ruleset\":\"2021\",\"bodies\":[\"PROVINCIAL_COUNCIL\"]}";
    }

    private static ValidatableResponse awaitElection(UUID election) {
        Awaitility.await()
                .atMost(ARRIVAL)
                .pollInterval(Duration.ofMillis(100))
                .until(() -> given().when().get("/api/v1/elections/" + election).statusCode() == 200);
        return given().when().get("/api/v1/elections/" + election).then().statusCode(200);
    }
}
