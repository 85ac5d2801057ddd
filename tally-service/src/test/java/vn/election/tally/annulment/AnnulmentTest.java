package vn.election.tally.annulment;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import vn.election.events.Topics;
import vn.election.events.tally.UnitResultAnnulled;
import vn.election.tally.SmallElection;
import vn.election.tally.Tokens;
import vn.election.testing.TestEvents;

/**
 * Annulments by the National Election Council (W-6, D-10, D-11): the unit goes to a bầu lại with the reason
 * published, its first round stays readable but marked annulled, its winners no longer count.
 */
@QuarkusTest
class AnnulmentTest {

    private static final String REASON = "Gian lận trong kiểm phiếu tại khu vực bỏ phiếu số 1";

    @Inject
    ObjectMapper json;

    /**
     * Commune 2's council (1 seat, PA3 only, 600 voters): 500 took part, all valid, half is 250; candidate 0
     * has 300 and is elected (VALID). The council annuls the unit's result: NEEDS_REPEAT_ELECTION with the
     * reason, round 1 kept with its 300 and 200 votes and its winner, marked annulled; nobody counts as
     * elected any more (the body's summary goes from 1 elected to 0).
     */
    @Test
    void anAnnulledUnitGoesToABauLaiWithItsReasonPublishedAndItsFirstRoundMarked_W6_D10() {
        SmallElection e = SmallElection.define(json);
        var unit = e.commune2Unit;
        e.submit(e.minutes(e.pa3, unit, 500, 0, List.of(500), 300, 200)).statusCode(201);
        result(e, unit).body("status", equalTo("VALID"));
        communeCouncilSummary(e).body("elected", equalTo(1));

        var created = annul(e, Map.of("unitId", unit.id(), "reason", REASON))
                .statusCode(201)
                .body("unitId", equalTo(unit.id().toString()))
                .body("body", equalTo("COMMUNE_COUNCIL"))
                .body("pollingAreaId", nullValue())
                .body("round", equalTo(1))
                .body("priorStatus", equalTo("VALID"))
                .body("reason", equalTo(REASON))
                .extract();
        String id = created.path("id");
        assertThat(created.header("Location"), endsWith("/api/v1/elections/" + e.id + "/annulments/" + id));

        result(e, unit)
                .body("status", equalTo("NEEDS_REPEAT_ELECTION"))
                .body("reason", equalTo("W-6: the result is annulled by the National Election Council: " + REASON))
                .body("annulment.annulmentId", equalTo(id))
                .body("annulment.reason", equalTo(REASON))
                .body("candidates.votes", contains(300, 200))
                .body("candidates.elected", contains(false, false))
                .body("rounds", hasSize(1))
                .body("rounds[0].annulmentId", equalTo(id))
                .body("rounds[0].elected", contains(unit.candidate(0).toString()))
                .body("rounds[0].totals.valid", equalTo(500));
        given().get("/api/v1/elections/" + e.id + "/published/units/" + unit.id())
                .then()
                .statusCode(200)
                .body("status", equalTo("NEEDS_REPEAT_ELECTION"))
                .body("annulment.reason", equalTo(REASON));
        communeCouncilSummary(e).body("elected", equalTo(0));
        given().get("/api/v1/elections/" + e.id + "/annulments")
                .then()
                .statusCode(200)
                .body("id", contains(id))
                .body("reason", contains(REASON));
        given().get("/api/v1/elections/" + e.id + "/annulments/" + id)
                .then()
                .statusCode(200)
                .body("reason", equalTo(REASON));

        // the annulled minutes stay readable, marked; they can no longer be corrected (D-10)
        given().header(Tokens.team(e.pa3))
                .get("/api/v1/elections/" + e.id + "/polling-areas/" + e.pa3 + "/minutes/COMMUNE_COUNCIL/history")
                .then()
                .statusCode(200)
                .body("annulmentId", contains(id));
        Map<String, Object> correction = e.minutes(e.pa3, unit, 500, 0, List.of(500), 200, 300);
        correction.put("round", 1);
        correction.put("correctionReason", "Cộng lại");
        e.submit(correction).statusCode(409);

        JsonNode event = annulledEvent(unit.id());
        assertEquals(id, event.get("annulmentId").asText());
        assertEquals("VALID", event.get("priorStatus").asText());
        assertEquals(REASON, event.get("reason").asText());
    }

    /** D-11: a certified (FINAL) unit is annulled too; its certification is lifted and the annulment keeps FINAL. */
    @Test
    void aCertifiedUnitIsAnnulledAndItsCertificationLifted_D11() {
        SmallElection e = SmallElection.define(json);
        var unit = e.commune2Unit;
        e.submit(e.minutes(e.pa3, unit, 500, 0, List.of(500), 300, 200)).statusCode(201);
        e.certify(unit).statusCode(200).body("status", equalTo("FINAL"));

        annul(e, Map.of("unitId", unit.id(), "reason", REASON)).statusCode(201).body("priorStatus", equalTo("FINAL"));

        result(e, unit)
                .body("status", equalTo("NEEDS_REPEAT_ELECTION"))
                .body("provisional", equalTo(true))
                .body("certifiedAt", nullValue());
    }

    /**
     * The NA unit (2 seats; PA1, PA2, PA3) is determined VALID; the council annuls PA2's result on the
     * provincial committee's proposal: PA2's NA minutes are marked, PA1's are not, and the unit goes to a
     * bầu lại (D-10). The proposal is recorded.
     */
    @Test
    void aPollingAreasResultIsAnnulledOnTheProvincialCommitteesProposal_W6_D10() {
        SmallElection e = SmallElection.define(json);
        var na = e.na;
        e.submit(e.minutes(e.pa1, na, 900, 20, List.of(380, 500), 600, 500, 200, 80))
                .statusCode(201);
        e.submit(e.minutes(e.pa2, na, 700, 0, List.of(0, 700), 500, 400, 300, 200))
                .statusCode(201);
        e.submit(e.minutes(e.pa3, na, 500, 10, List.of(90, 400), 400, 300, 100, 90))
                .statusCode(201);
        result(e, na).body("status", equalTo("VALID"));
        UUID committee = UUID.randomUUID();

        String id = annul(
                        e,
                        Map.of(
                                "unitId",
                                na.id(),
                                "pollingAreaId",
                                e.pa2,
                                "reason",
                                REASON,
                                "proposedBy",
                                committee,
                                "proposalReference",
                                "Tờ trình số 12/TTr-UBBC"))
                .statusCode(201)
                .body("pollingAreaId", equalTo(e.pa2.toString()))
                .body("proposedBy", equalTo(committee.toString()))
                .body("proposalReference", equalTo("Tờ trình số 12/TTr-UBBC"))
                .extract()
                .path("id");

        minutes(e, e.pa2).body("annulmentId", equalTo(id));
        minutes(e, e.pa1).body("annulmentId", nullValue());
        result(e, na).body("status", equalTo("NEEDS_REPEAT_ELECTION")).body("annulment.annulmentId", equalTo(id));
    }

    /**
     * What is not annulled: a unit still counting (1 of 3 polling areas in), a unit annulled already, a
     * council unit's result "proposed" by a committee (W-6 names the proposal for the NA only), a polling area
     * that does not vote in the unit (PA-4), an annulment without a reason.
     */
    @Test
    void refusedWhereTheLawGivesNoAnnulment_W6_D10_PA4() {
        SmallElection e = SmallElection.define(json);
        e.submit(e.minutes(e.pa1, e.na, 900, 20, List.of(380, 500), 600, 500, 200, 80))
                .statusCode(201);
        annul(e, Map.of("unitId", e.na.id(), "reason", REASON)).statusCode(409);

        var unit = e.commune2Unit;
        e.submit(e.minutes(e.pa3, unit, 500, 0, List.of(500), 300, 200)).statusCode(201);
        annul(e, Map.of("unitId", unit.id(), "reason", REASON, "proposalReference", "Tờ trình số 1"))
                .statusCode(422)
                .body("errors.field", contains("proposalReference"))
                .body("errors.code", contains("W-6"));
        annul(e, Map.of("unitId", unit.id(), "pollingAreaId", e.pa1, "reason", REASON))
                .statusCode(422)
                .body("errors.field", contains("pollingAreaId"))
                .body("errors.code", contains("PA-4"));
        annul(e, Map.of("unitId", unit.id())).statusCode(422).body("errors.field", contains(endsWith("reason")));
        annul(e, Map.of("unitId", unit.id(), "reason", REASON)).statusCode(201);
        annul(e, Map.of("unitId", unit.id(), "reason", REASON)).statusCode(409);
        result(e, unit).body("status", equalTo("NEEDS_REPEAT_ELECTION"));
    }

    private static ValidatableResponse annul(SmallElection e, Map<String, Object> request) {
        return given().header(Tokens.NEC)
                .contentType(ContentType.JSON)
                .body(new HashMap<>(request))
                .post("/api/v1/elections/" + e.id + "/annulments")
                .then();
    }

    private static ValidatableResponse result(SmallElection e, SmallElection.Unit unit) {
        return given().get("/api/v1/elections/" + e.id + "/results/units/" + unit.id())
                .then()
                .statusCode(200);
    }

    private static ValidatableResponse minutes(SmallElection e, UUID area) {
        return given().header(Tokens.team(area))
                .get("/api/v1/elections/" + e.id + "/polling-areas/" + area + "/minutes/NATIONAL_ASSEMBLY")
                .then()
                .statusCode(200);
    }

    private static ValidatableResponse communeCouncilSummary(SmallElection e) {
        return given().get("/api/v1/elections/" + e.id + "/results/summary")
                .then()
                .statusCode(200)
                .rootPath("bodies.find { it.body == 'COMMUNE_COUNCIL' }");
    }

    private JsonNode annulledEvent(UUID unit) {
        List<ConsumerRecord<String, String>> seen = TestEvents.readUntil(
                Topics.TALLY_RESULTS,
                Duration.ofSeconds(30),
                records -> records.stream().anyMatch(r -> matches(r, unit)));
        return seen.stream()
                .filter(r -> matches(r, unit))
                .findFirst()
                .map(r -> read(r.value()))
                .orElseThrow(() -> new AssertionError("no UnitResultAnnulled for unit " + unit));
    }

    private static boolean matches(ConsumerRecord<String, String> r, UUID unit) {
        return unit.toString().equals(r.key()) && UnitResultAnnulled.TYPE.equals(TestEvents.header(r, "ce_type"));
    }

    private JsonNode read(String text) {
        try {
            return json.readTree(text);
        } catch (Exception ex) {
            throw new IllegalStateException(ex);
        }
    }
}
