package vn.election.tally;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import vn.election.events.CloudEventHeaders;
import vn.election.events.Topics;
import vn.election.events.tally.MinutesAccepted;
import vn.election.events.tally.UnitResultCertified;
import vn.election.events.tally.UnitResultDetermined;
import vn.election.testing.TestClock;
import vn.election.testing.TestEvents;

/**
 * A whole small election over the real broker and database: the registry's events in (SmallElection),
 * every polling area's minutes for every body, each unit determined (M-5, W-2, W-3), certified by its
 * committee (W-8), and the tally's events out: MinutesAccepted, UnitResultDetermined with the winners,
 * UnitResultCertified.
 */
@QuarkusTest
class ElectionFlowTest {

    @Inject
    ObjectMapper json;

    @Inject
    TestClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void fromRegistryEventsThroughMinutesToCertifiedResultsAndTheirEvents_M5_W2_W3_W8() {
        SmallElection e = SmallElection.define(json);
        clock.set(OffsetDateTime.parse("2026-03-15T21:30:00+07:00"));

        // NA, 2 seats: 2100 of 2400 took part, 2070 valid; half is 1035: candidates 1 (1500) and 2 (1200)
        e.submit(e.minutes(e.pa1, e.na, 900, 20, List.of(380, 500), 600, 500, 200, 80))
                .statusCode(201);
        e.submit(e.minutes(e.pa2, e.na, 700, 0, List.of(0, 700), 500, 400, 300, 200))
                .statusCode(201);
        e.submit(e.minutes(e.pa3, e.na, 500, 10, List.of(90, 400), 400, 300, 100, 90))
                .statusCode(201);
        // provincial council, 3 seats: 2100 valid ballots each electing 3; half is 1050:
        // candidates 1 (1850), 2 (1650), 3 (1450) elected; 4 (900) and 5 (450) not
        e.submit(e.minutes(e.pa1, e.provincial, 900, 0, List.of(0, 0, 900), 800, 700, 600, 400, 200))
                .statusCode(201);
        e.submit(e.minutes(e.pa2, e.provincial, 700, 0, List.of(0, 0, 700), 600, 550, 500, 300, 150))
                .statusCode(201);
        e.submit(e.minutes(e.pa3, e.provincial, 500, 0, List.of(0, 0, 500), 450, 400, 350, 200, 100))
                .statusCode(201);
        // commune 1, 2 seats: 1580 valid; half is 790: candidates 1 (1300) and 2 (1000) elected, 3 (380) not
        e.submit(e.minutes(e.pa1, e.commune1Unit, 900, 20, List.of(380, 500), 700, 500, 180))
                .statusCode(201);
        e.submit(e.minutes(e.pa2, e.commune1Unit, 700, 0, List.of(100, 600), 600, 500, 200))
                .statusCode(201);
        // commune 2, 1 seat: 490 valid; candidate 1 (300) elected
        e.submit(e.minutes(e.pa3, e.commune2Unit, 500, 10, List.of(490), 300, 190))
                .statusCode(201);

        for (SmallElection.Unit unit : e.units()) {
            e.certify(unit).statusCode(200).body("status", equalTo("FINAL")).body("provisional", equalTo(false));
        }

        Map<UUID, JsonNode> determined = byUnit(readUntil(Topics.TALLY_RESULTS, e, UnitResultDetermined.TYPE, 4));
        assertEquals(List.of(e.na.candidate(0), e.na.candidate(1)).toString(), ids(determined.get(e.na.id())));
        assertEquals(
                List.of(e.provincial.candidate(0), e.provincial.candidate(1), e.provincial.candidate(2))
                        .toString(),
                ids(determined.get(e.provincial.id())));
        assertEquals(
                List.of(e.commune1Unit.candidate(0), e.commune1Unit.candidate(1))
                        .toString(),
                ids(determined.get(e.commune1Unit.id())));
        assertEquals(List.of(e.commune2Unit.candidate(0)).toString(), ids(determined.get(e.commune2Unit.id())));
        determined.values().forEach(d -> assertEquals("VALID", d.get("status").asText()));

        Map<UUID, JsonNode> certified = byUnit(readUntil(Topics.TALLY_RESULTS, e, UnitResultCertified.TYPE, 4));
        assertEquals(e.units().stream().map(SmallElection.Unit::id).collect(Collectors.toSet()), certified.keySet());
        assertEquals(
                "COMMUNE_COUNCIL",
                certified.get(e.commune2Unit.id()).get("body").asText());

        List<JsonNode> accepted = readUntil(Topics.TALLY_MINUTES, e, MinutesAccepted.TYPE, 9);
        assertEquals(9, accepted.size());
        accepted.forEach(m -> {
            assertEquals(true, m.get("onTime").asBoolean(), "accepted on election night, within 3 days (M-4)");
            assertEquals(true, m.get("firstTimeRight").asBoolean());
        });

        given().get("/api/v1/elections/" + e.id + "/published")
                .then()
                .statusCode(200)
                .body("bodies.unitsCertified", contains(1, 1, 2))
                .body("bodies.elected", contains(2, 3, 3))
                .body("bodies.provisional", everyItem(equalTo(false)));
        given().get("/api/v1/elections/" + e.id + "/exports/nist-err.json")
                .then()
                .body("Status", equalTo("certified"));
    }

    private List<JsonNode> readUntil(String topic, SmallElection e, String type, int count) {
        Predicate<ConsumerRecord<String, String>> ours = r -> type.equals(TestEvents.header(r, CloudEventHeaders.TYPE))
                && read(r.value()).get("electionId").asText().equals(e.id.toString());
        return TestEvents.readUntil(
                        topic,
                        Duration.ofSeconds(60),
                        records -> records.stream().filter(ours).count() >= count)
                .stream()
                .filter(ours)
                .map(r -> read(r.value()))
                .toList();
    }

    private static Map<UUID, JsonNode> byUnit(List<JsonNode> events) {
        return events.stream()
                .collect(Collectors.toMap(n -> UUID.fromString(n.get("unitId").asText()), n -> n));
    }

    private static String ids(JsonNode event) {
        return StreamSupport.stream(event.get("elected").spliterator(), false)
                .map(JsonNode::asText)
                .toList()
                .toString();
    }

    private JsonNode read(String text) {
        try {
            return json.readTree(text);
        } catch (Exception ex) {
            throw new IllegalStateException(ex);
        }
    }
}
