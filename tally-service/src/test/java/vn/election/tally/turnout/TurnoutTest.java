package vn.election.tally.turnout;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.http.Header;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import vn.election.events.CloudEventHeaders;
import vn.election.events.Topics;
import vn.election.events.tally.PollingClosed;
import vn.election.events.tally.TurnoutReported;
import vn.election.tally.HaNam2021;
import vn.election.tally.SentEvents;
import vn.election.tally.SmallElection;
import vn.election.tally.Tokens;
import vn.election.testing.TestClock;
import vn.election.testing.TestEvents;

/**
 * Turnout through election day: checkpoints, figures that only rise and never exceed the list,
 * corrections with a reason and their history, the TurnoutReported event, the closing of the polls once
 * every polling area reported its close figure, and live aggregates with the published Hà Nam 2021
 * figures.
 */
@QuarkusTest
class TurnoutTest {

    @Inject
    ObjectMapper json;

    @Inject
    TestClock clock;

    @Inject
    EntityManager em;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void aFigureOnlyRisesAndALowerOneIsACorrectionWithAReason_R1() throws Exception {
        SmallElection e = SmallElection.define(json); // PA1: 1000 voters on the list
        clock.set(OffsetDateTime.parse("2026-03-15T09:05:00+07:00"));
        report(e.id, e.pa1, "09:00", 200, null)
                .statusCode(201)
                .body("version", equalTo(1))
                .body("onList", equalTo(1000))
                .body("turnoutPercent", equalTo(20.00f));
        // the same figure again changes nothing
        report(e.id, e.pa1, "09:00", 200, null).statusCode(200).body("version", equalTo(1));

        clock.set(OffsetDateTime.parse("2026-03-15T11:05:00+07:00"));
        rejected(report(e.id, e.pa1, "11:00", 150, null), "voted", "R-1");
        report(e.id, e.pa1, "11:00", 400, null).statusCode(201).body("turnoutPercent", equalTo(40.00f));

        // 09:00 was counted twice: lowering it is a correction, and needs a reason
        rejected(report(e.id, e.pa1, "09:00", 180, null), "correctionReason", "R-1");
        report(e.id, e.pa1, "09:00", 180, "Đếm trùng thẻ cử tri")
                .statusCode(201)
                .body("version", equalTo(2))
                .body("correctionReason", equalTo("Đếm trùng thẻ cử tri"));
        // a correction still keeps the order of the day: 09:00 cannot exceed the 400 of 11:00
        rejected(report(e.id, e.pa1, "09:00", 450, "Nhầm"), "voted", "R-1");

        given().header(Tokens.NEC)
                .get("/api/v1/elections/" + e.id + "/polling-areas/" + e.pa1 + "/turnout/history")
                .then()
                .statusCode(200)
                .body("checkpoint", contains("09:00", "09:00", "11:00"))
                .body("version", contains(1, 2, 1))
                .body("voted", contains(200, 180, 400))
                .body("current", contains(false, true, true))
                .body("correctionReason", contains(null, "Đếm trùng thẻ cử tri", null));
        given().header(Tokens.team(e.pa1))
                .get("/api/v1/elections/" + e.id + "/polling-areas/" + e.pa1 + "/turnout")
                .then()
                .body("voted", contains(180, 400));

        List<ConsumerRecord<String, String>> read = TestEvents.readUntil(
                Topics.TALLY_MINUTES,
                Duration.ofSeconds(30),
                records -> turnoutOf(records, e.pa1).size() == 3);
        List<JsonNode> events = turnoutOf(read, e.pa1);
        assertEquals(
                List.of("09:00/200", "11:00/400", "09:00/180"),
                events.stream()
                        .map(n -> n.get("checkpoint").asText() + "/"
                                + n.get("voted").asInt())
                        .toList());
        assertEquals(1000, events.get(0).get("onList").asInt());
    }

    @Test
    void aFigureNeverExceedsTheList_CK1() {
        SmallElection e = SmallElection.define(json); // PA3: 600 voters on the list
        rejected(report(e.id, e.pa3, "CLOSE", 601, null), "voted", "CK-1");
        report(e.id, e.pa3, "CLOSE", 600, null).statusCode(201).body("turnoutPercent", equalTo(100.00f));
    }

    @Test
    void aPollingAreaReportsThroughItsTeamOrAnOrganizationAboveItAndTheReporterIsRecorded_R1() {
        SmallElection e = SmallElection.define(json); // PA1 and PA2 in commune 1, PA3 in commune 2
        Map<String, Object> figure = Map.of("checkpoint", "09:00", "voted", 120);
        String path = "/api/v1/elections/" + e.id + "/polling-areas/" + e.pa1 + "/turnout";
        given().header(Tokens.team(e.pa2))
                .contentType(ContentType.JSON)
                .body(figure)
                .post(path)
                .then()
                .statusCode(403)
                .contentType("application/problem+json")
                .body("errors[0].code", equalTo("JURISDICTION"));
        given().header(Tokens.committee(e.commune2))
                .contentType(ContentType.JSON)
                .body(figure)
                .post(path)
                .then()
                .statusCode(403);
        Header committee = Tokens.committee(e.commune1);
        given().header(committee)
                .contentType(ContentType.JSON)
                .body(figure)
                .post(path)
                .then()
                .statusCode(201)
                .body("reportedBy", equalTo(Tokens.subject(committee)));
        given().header(Tokens.NEC)
                .get(path + "/history")
                .then()
                .body("reportedBy", contains(Tokens.subject(committee)));
    }

    @Test
    void onlyConfiguredCheckpointsAreReported_R1() {
        SmallElection e = SmallElection.define(json);
        given().get("/api/v1/elections/" + e.id + "/turnout/checkpoints")
                .then()
                .body("$", contains("09:00", "11:00", "14:00", "17:00", "19:00", "CLOSE"));
        rejected(report(e.id, e.pa2, "10:00", 100, null), "checkpoint", "R-1");
        report(e.id, e.pa2, "17:00", -1, null).statusCode(422).body("errors[0].field", equalTo("voted"));
        report(e.id, UUID.randomUUID(), "17:00", 1, null).statusCode(404);
        given().get("/api/v1/elections/" + e.id + "/turnout?checkpoint=8h")
                .then()
                .statusCode(422)
                .body("errors[0].code", equalTo("R-1"));
    }

    /**
     * Hà Nam 2021: 620,376 of 650,293 voters had voted at 17:00, 95.40 % (M-8: 95.399 → 95.40). Areas
     * 0..329 report 799 and the others 798 (330·799 + 447·798 = 620,376).
     */
    @Test
    void liveTurnoutOfNationProvinceAndCommuneWithHaNam2021Figures_R1_M8() {
        HaNam2021 h = HaNam2021.define(json);
        clock.set(OffsetDateTime.parse("2021-05-23T17:02:00+07:00"));
        for (int i = 0; i < 700; i++) {
            report(h.id, h.areas.get(i), "17:00", i < 330 ? 799 : 798, null).statusCode(201);
        }
        // 330·799 + 370·798 = 558,930 of the whole list of 650,293: 85.95 %
        nation(h, "17:00")
                .body("figures.pollingAreasReported", equalTo(700))
                .body("figures.pollingAreasTotal", equalTo(777))
                .body("figures.voted", equalTo(558_930))
                .body("figures.turnoutPercent", equalTo(85.95f));

        clock.set(OffsetDateTime.parse("2021-05-23T17:10:00+07:00"));
        for (int i = 700; i < HaNam2021.AREAS; i++) {
            report(h.id, h.areas.get(i), "17:00", 798, null).statusCode(201);
        }
        nation(h, "17:00")
                .body("figures.pollingAreasReported", equalTo(777))
                .body("figures.votersOnList", equalTo(650_293))
                .body("figures.voted", equalTo(620_376))
                .body("figures.turnoutPercent", equalTo(95.40f))
                .body("figures.lastReportAt", equalTo("2021-05-23T10:10:00Z"))
                .body("parts.administrativeUnitCode", contains(h.province));

        // district 1 = areas 0..517: 518·837 = 433,566 listed, 330·799 + 188·798 = 413,694 voted, 95.42 %
        // district 2 = commune 3 = areas 518..776: 203·837 + 56·836 = 216,727 listed, 259·798 = 206,682, 95.37 %
        given().get("/api/v1/elections/" + h.id + "/turnout/administrative-units/" + h.province + "?checkpoint=17:00")
                .then()
                .statusCode(200)
                .body("name", equalTo("Tỉnh Hà Nam"))
                .body("level", equalTo("PROVINCE"))
                .body("figures.voted", equalTo(620_376))
                .body("parts.administrativeUnitCode", contains(sorted(h.district1, h.district2)))
                .body(
                        "parts.find { it.administrativeUnitCode == '" + h.district1 + "' }.figures.voted",
                        equalTo(413_694))
                .body(
                        "parts.find { it.administrativeUnitCode == '" + h.district1 + "' }.figures.turnoutPercent",
                        equalTo(95.42f))
                .body(
                        "parts.find { it.administrativeUnitCode == '" + h.district2 + "' }.figures.votersOnList",
                        equalTo(216_727))
                .body(
                        "parts.find { it.administrativeUnitCode == '" + h.district2 + "' }.figures.turnoutPercent",
                        equalTo(95.37f));
        given().get("/api/v1/elections/" + h.id + "/turnout/administrative-units/" + h.commune3)
                .then()
                .body("level", equalTo("COMMUNE"))
                .body("figures.pollingAreasReported", equalTo(259))
                .body("figures.voted", equalTo(206_682))
                .body("parts", org.hamcrest.Matchers.empty());

        clock.set(OffsetDateTime.parse("2021-05-23T19:30:00+07:00"));
        for (int i = 0; i < 10; i++) {
            report(h.id, h.areas.get(i), "CLOSE", 833, null).statusCode(201);
        }
        // live (no checkpoint): each area's latest figure, 10 at the close and 767 at 17:00
        nation(h, null)
                .body("figures.pollingAreasReported", equalTo(777))
                .body("checkpoint", nullValue())
                .body("figures.voted", equalTo(620_376 + 10 * (833 - 799)));
        nation(h, "CLOSE")
                .body("figures.pollingAreasReported", equalTo(10))
                .body("figures.voted", equalTo(8_330))
                .body("figures.lastReportAt", equalTo("2021-05-23T12:30:00Z"));
    }

    /**
     * "All KVBPs closed": the small election has 3 polling areas (PA1, PA2, PA3). After PA1 and PA2
     * report their close figures the polls are still open; PA3's close report at 19:40 (12:40 UTC) closes
     * them: one PollingClosed naming 3 areas and that time, shown in the turnout aggregate. A later
     * correction of PA3's close figure records no second closing.
     */
    @Test
    void theLastPollingAreaToReportItsCloseFigureClosesThePollsOnce_R1() {
        SmallElection e = SmallElection.define(json);
        clock.set(OffsetDateTime.parse("2026-03-15T19:10:00+07:00"));
        report(e.id, e.pa1, "CLOSE", 950, null).statusCode(201);
        report(e.id, e.pa2, "19:00", 700, null).statusCode(201);
        report(e.id, e.pa2, "CLOSE", 760, null).statusCode(201);
        given().get("/api/v1/elections/" + e.id + "/turnout")
                .then()
                .statusCode(200)
                .body("pollingClosedAt", nullValue());

        clock.set(OffsetDateTime.parse("2026-03-15T19:40:00+07:00"));
        report(e.id, e.pa3, "CLOSE", 580, null).statusCode(201);
        given().get("/api/v1/elections/" + e.id + "/turnout")
                .then()
                .statusCode(200)
                .body("pollingClosedAt", equalTo("2026-03-15T12:40:00Z"));
        given().get("/api/v1/elections/" + e.id + "/turnout/administrative-units/" + e.province)
                .then()
                .body("pollingClosedAt", equalTo("2026-03-15T12:40:00Z"));

        clock.set(OffsetDateTime.parse("2026-03-15T19:50:00+07:00"));
        report(e.id, e.pa3, "CLOSE", 570, "Đếm lại thẻ cử tri").statusCode(201);
        given().get("/api/v1/elections/" + e.id + "/turnout")
                .then()
                .body("pollingClosedAt", equalTo("2026-03-15T12:40:00Z"));

        List<JsonNode> closings = eventsOf(
                TestEvents.readUntil(
                        Topics.TALLY_MINUTES,
                        Duration.ofSeconds(30),
                        records -> !eventsOf(records, e.id, PollingClosed.TYPE).isEmpty()),
                e.id,
                PollingClosed.TYPE);
        assertEquals(1, closings.size());
        assertEquals(3, closings.get(0).get("pollingAreas").asInt());
        assertEquals(e.id.toString(), closings.get(0).get("electionId").asText());
        // the correction committed after the closing: had it closed the polls again, a second event would be sent
        assertEquals(1L, SentEvents.count(em, Topics.TALLY_MINUTES, PollingClosed.TYPE, e.id.toString()));
    }

    private static String[] sorted(String... codes) {
        return java.util.Arrays.stream(codes).sorted().toArray(String[]::new);
    }

    private static ValidatableResponse nation(HaNam2021 h, String checkpoint) {
        var request = given();
        if (checkpoint != null) {
            request.queryParam("checkpoint", checkpoint);
        }
        return request.get("/api/v1/elections/" + h.id + "/turnout").then().statusCode(200);
    }

    @Test
    void aRetryWithTheSameIdempotencyKeyGetsTheStoredReport() {
        SmallElection e = SmallElection.define(json);
        String path = "/api/v1/elections/" + e.id + "/polling-areas/" + e.pa1 + "/turnout";
        Header team = Tokens.team(e.pa1);
        String key = UUID.randomUUID().toString();
        Map<String, Object> figure = Map.of("checkpoint", "09:00", "voted", 120);

        String first = given().header(team)
                .contentType(ContentType.JSON)
                .header("Idempotency-Key", key)
                .body(figure)
                .post(path)
                .then()
                .statusCode(201)
                .header("Idempotent-Replayed", nullValue())
                .extract()
                .asString();
        String replayed = given().header(team)
                .contentType(ContentType.JSON)
                .header("Idempotency-Key", key)
                .body(figure)
                .post(path)
                .then()
                .statusCode(201)
                .header("Idempotent-Replayed", "true")
                .extract()
                .asString();
        assertEquals(parse(first), parse(replayed));
        given().header(team)
                .contentType(ContentType.JSON)
                .header("Idempotency-Key", key)
                .body(Map.of("checkpoint", "09:00", "voted", 130))
                .post(path)
                .then()
                .statusCode(422)
                .body("errors[0].field", equalTo("Idempotency-Key"))
                .body("errors[0].code", equalTo("IdempotencyKeyReused"));
        given().header(team)
                .contentType(ContentType.JSON)
                .header("Idempotency-Key", "k".repeat(201))
                .body(figure)
                .post(path)
                .then()
                .statusCode(422)
                .body("errors[0].field", equalTo("Idempotency-Key"))
                .body("errors[0].code", equalTo("Size"));
        given().header(Tokens.NEC).get(path + "/history").then().statusCode(200).body("size()", equalTo(1));
    }

    private JsonNode parse(String text) {
        try {
            return json.readTree(text);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static ValidatableResponse report(UUID election, UUID area, String checkpoint, int voted, String reason) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("checkpoint", checkpoint);
        body.put("voted", voted);
        body.put("correctionReason", reason);
        return given().header(Tokens.team(area))
                .contentType(ContentType.JSON)
                .body(body)
                .post("/api/v1/elections/" + election + "/polling-areas/" + area + "/turnout")
                .then();
    }

    private static void rejected(ValidatableResponse response, String field, String rule) {
        response.statusCode(422)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo(field))
                .body("errors[0].code", equalTo(rule));
    }

    private List<JsonNode> turnoutOf(List<ConsumerRecord<String, String>> records, UUID area) {
        return eventsOf(records, area, TurnoutReported.TYPE);
    }

    /** The payloads of the events of this type and key (a polling area or an election), in order. */
    private List<JsonNode> eventsOf(List<ConsumerRecord<String, String>> records, UUID key, String type) {
        return records.stream()
                .filter(r ->
                        key.toString().equals(r.key()) && type.equals(TestEvents.header(r, CloudEventHeaders.TYPE)))
                .map(r -> {
                    try {
                        return json.readTree(r.value());
                    } catch (Exception ex) {
                        throw new IllegalStateException(ex);
                    }
                })
                .toList();
    }
}
