package vn.election.registry.election;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import vn.election.events.CloudEventHeaders;
import vn.election.events.Topics;
import vn.election.events.registry.ElectionDefined;
import vn.election.registry.TestData;
import vn.election.registry.Tokens;
import vn.election.testing.KafkaTestBroker;
import vn.election.testing.TestEvents;

/** The outbox path over the real broker: an accepted election always reaches Kafka, exactly as written. */
@QuarkusTest
class ElectionEventsTest {

    @Inject
    EntityManager em;

    @Test
    void aDefinedElectionIsPublishedWithCloudEventsHeaders() {
        String id = define("Bầu cử thử 1");

        List<ConsumerRecord<String, String>> records = TestEvents.readUntil(
                Topics.REGISTRY_STRUCTURE,
                Duration.ofSeconds(30),
                seen -> seen.stream().anyMatch(r -> id.equals(r.key())));

        ConsumerRecord<String, String> record =
                records.stream().filter(r -> id.equals(r.key())).findFirst().orElseThrow();
        assertEquals(ElectionDefined.TYPE, TestEvents.header(record, CloudEventHeaders.TYPE));
        assertEquals("/registry-service", TestEvents.header(record, CloudEventHeaders.SOURCE));
        assertEquals("1.0", TestEvents.header(record, CloudEventHeaders.SPEC_VERSION));
        assertTrue(TestEvents.header(record, CloudEventHeaders.ID).matches("[0-9a-f-]{36}"));
        assertTrue(record.value().contains("\"electionId\":\"" + id + "\""), record.value());
        assertTrue(record.value().contains("\"name\":\"Bầu cử thử 1\""), record.value());
        assertTrue(record.value().contains("\"drill\":false"), "a real election (D-28): " + record.value());
    }

    @Test
    void aDrillIsPublishedAsOne_D28() {
        String id = TestData.election("2026", TestData.FUTURE_SUNDAY, List.of("PROVINCIAL_COUNCIL"), true);

        List<ConsumerRecord<String, String>> records = TestEvents.readUntil(
                Topics.REGISTRY_STRUCTURE,
                Duration.ofSeconds(30),
                seen -> seen.stream().anyMatch(r -> id.equals(r.key())));

        String value = records.stream()
                .filter(r -> id.equals(r.key()))
                .findFirst()
                .orElseThrow()
                .value();
        assertTrue(value.contains("\"drill\":true"), value);
    }

    @Test
    void electionsAcceptedWhileTheBrokerIsDownAreDeliveredWhenItReturns() {
        var broker = KafkaTestBroker.broker();
        broker.stop();
        Set<String> ids;
        try {
            // the API keeps accepting: the events wait in the outbox, committed with their rows
            ids = Set.of(
                    define("Trong lúc mất Kafka 1"), define("Trong lúc mất Kafka 2"), define("Trong lúc mất Kafka 3"));
            assertEquals(3L, unpublished(ids));
        } finally {
            broker.start();
        }

        List<ConsumerRecord<String, String>> records = TestEvents.readUntil(
                Topics.REGISTRY_STRUCTURE,
                Duration.ofSeconds(60),
                seen -> keys(seen).containsAll(ids));

        assertTrue(keys(records).containsAll(ids), "delivered after the outage: " + keys(records));
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> unpublished(ids) == 0L);
    }

    private long unpublished(Set<String> keys) {
        return QuarkusTransaction.requiringNew()
                .call(() -> (Long) em.createQuery("select count(m) from OutboxMessage m where m.key in :keys")
                        .setParameter("keys", keys)
                        .getSingleResult());
    }

    private static Set<String> keys(List<ConsumerRecord<String, String>> records) {
        return records.stream().map(ConsumerRecord::key).collect(Collectors.toSet());
    }

    private static String define(String name) {
        return given().header(Tokens.NEC)
                .contentType(ContentType.JSON)
                .body(ElectionResourceTest.ELECTION_2026.replace("Bầu cử đại biểu Quốc hội khóa XVI", name))
                .when()
                .post("/api/v1/elections")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }
}
