package vn.election.tally.results;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.http.Header;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import vn.election.events.Topics;
import vn.election.events.tally.SecondRoundOpened;
import vn.election.events.tally.TieDecided;
import vn.election.tally.SmallElection;
import vn.election.tally.Tokens;
import vn.election.testing.TestEvents;

/**
 * Explicit rounds (D-7, D-8): a second round exists only once the competent body (D-9) opens it, with its
 * day, seats and ballot; minutes name their round. And a tie of birth dates at the last seat, which the law
 * leaves open (W-4), decided by the competent body (D-6). Election day is 15 March 2026; the ruleset's last
 * day for a second round is 15 days after, 30 March 2026.
 */
@QuarkusTest
class SecondRoundsTest {

    @Inject
    ObjectMapper json;

    /**
     * The wrong path: minutes that named no round went to the unit's current round, so a team re-sending its
     * round-1 minutes "as a correction" once the bầu lại was open had them counted as the bầu lại's. Commune
     * 1 (2 seats, 3 candidates): 450 of 1000 took part in PA1 and 350 of 800 in PA2, 800 of 1800 (44.44 %),
     * not over half: bầu lại (W-1). Now minutes without a round are refused (D-7), and round-1 minutes are
     * refused once round 2 is open.
     */
    @Test
    void minutesThatNameNoRoundAreRefusedAndRoundOneClosesWhenTheRepeatElectionOpens_D7_W1_W6() {
        SmallElection e = SmallElection.define(json);
        var unit = e.commune1Unit;
        // PA1: 450 valid, 300 + 250 + 200 = 750 votes = 150 x 1 + 300 x 2; PA2: 350, 600 = 100 x 1 + 250 x 2
        e.submit(e.minutes(e.pa1, unit, 450, 0, List.of(150, 300), 300, 250, 200))
                .statusCode(201);
        e.submit(e.minutes(e.pa2, unit, 350, 0, List.of(100, 250), 250, 200, 150))
                .statusCode(201);
        result(e, unit)
                .body("status", equalTo("NEEDS_REPEAT_ELECTION"))
                .body("round", equalTo(1))
                .body("opening", nullValue())
                .body("rounds[0].reason", startsWith("W-1: 800 of 1800 voters took part (44.44%), not over half"));

        Map<String, Object> again = e.minutes(e.pa1, unit, 450, 0, List.of(150, 300), 300, 250, 200);
        again.remove("round");
        again.put("correctionReason", "Gửi lại biên bản");
        e.submit(again).statusCode(422).body("errors.field", hasItem(endsWith("round")));

        e.openSecondRound(unit);
        e.submit(again).statusCode(422).body("errors.field", hasItem(endsWith("round")));
        again.put("round", 1);
        e.submit(again)
                .statusCode(422)
                .body("errors[0].field", equalTo("round"))
                .body("errors[0].code", equalTo("D-7"));

        // the bầu lại (2 seats, the same 3 candidates): PA1 600 valid, 500 + 400 + 200 = 1100 = 100 + 2 x 500;
        // PA2 500, 400 + 300 + 200 = 900 = 100 + 2 x 400; 1100 valid, half 550: 900 and 700 elected
        e.submit(SmallElection.inRound2(e.minutes(e.pa1, unit, 600, 0, List.of(100, 500), 500, 400, 200)))
                .statusCode(201)
                .body("round", equalTo(2));
        e.submit(SmallElection.inRound2(e.minutes(e.pa2, unit, 500, 0, List.of(100, 400), 400, 300, 200)))
                .statusCode(201);
        result(e, unit)
                .body("status", equalTo("REPEAT_ELECTION_DONE"))
                .body(
                        "rounds[1].elected",
                        contains(unit.candidate(0).toString(), unit.candidate(1).toString()))
                .body("rounds[0].totals.votersParticipated", equalTo(800));
    }

    /**
     * W-5, D-8: commune 1 (2 seats) elects 1 of 3 (1 of 2 is below two thirds): the bầu thêm fills 1 seat
     * with candidates 1 and 2, the first list's not elected. It is held after election day and at the latest
     * on day 15: 30 March accepted, 31 March (day 16) and 15 March (election day) refused.
     */
    @Test
    void anAdditionalElectionOpensForTheSeatsLeftWithTheCandidatesNotElected_W5_D8() {
        SmallElection e = SmallElection.define(json);
        var unit = e.commune1Unit;
        Header committee = Tokens.committee(e.commune1);
        // 1600 valid, half 800: candidate 0 has 600 + 500 = 1100, 1 has 300, 2 has 200
        e.submit(e.minutes(e.pa1, unit, 900, 0, List.of(900), 600, 200, 100)).statusCode(201);
        e.submit(e.minutes(e.pa2, unit, 700, 0, List.of(700), 500, 100, 100)).statusCode(201);
        result(e, unit)
                .body("status", equalTo("NEEDS_ADDITIONAL_ELECTION"))
                .body("round", equalTo(1))
                .body("roundKind", equalTo("FIRST"))
                .body("roundSeats", equalTo(2));

        // no round 2 before it is opened (D-7), and its ballot is not found
        e.submit(SmallElection.inRound2(e.minutes(e.pa1, unit, 800, 0, List.of(800), 500, 300)))
                .statusCode(422)
                .body("errors[0].code", equalTo("D-7"));
        round(e, unit, 2).statusCode(404);

        e.openSecondRound(unit, committee, "2026-03-31")
                .statusCode(422)
                .body("errors[0].field", equalTo("date"))
                .body("errors[0].code", equalTo("W-5"));
        e.openSecondRound(unit, committee, "2026-03-15").statusCode(422).body("errors[0].code", equalTo("W-5"));
        String c1 = unit.candidate(1).toString();
        String c2 = unit.candidate(2).toString();
        e.openSecondRound(unit, committee, "2026-03-30")
                .statusCode(201)
                .header("Location", endsWith("/results/units/" + unit.id() + "/rounds/2"))
                .body("round", equalTo(2))
                .body("kind", equalTo("ADDITIONAL"))
                .body("seats", equalTo(1))
                .body("status", equalTo("ADDITIONAL_ELECTION_COUNT"))
                .body("date", equalTo("2026-03-30"))
                .body("candidates.candidateId", contains(c1, c2));
        e.openSecondRound(unit, committee, "2026-03-30").statusCode(409);

        round(e, unit, 2).statusCode(200).body("seats", equalTo(1)).body("candidates.candidateId", contains(c1, c2));
        round(e, unit, 1)
                .statusCode(200)
                .body("date", equalTo("2026-03-15"))
                .body("seats", equalTo(2))
                .body("candidates.candidateId", contains(unit.candidate(0).toString(), c1, c2));
        for (String view : List.of("results", "published")) {
            given().get("/api/v1/elections/" + e.id + "/" + view + "/units/" + unit.id())
                    .then()
                    .statusCode(200)
                    .body("round", equalTo(2))
                    .body("roundKind", equalTo("ADDITIONAL"))
                    .body("roundSeats", equalTo(1))
                    .body("status", equalTo("ADDITIONAL_ELECTION_COUNT"))
                    .body("opening.date", equalTo("2026-03-30"));
        }
        JsonNode opened = event(unit.id(), SecondRoundOpened.TYPE);
        assertEquals(1, opened.get("seats").asInt());
        assertEquals("ADDITIONAL", opened.get("kind").asText());

        // the first round is closed (D-7); the bầu thêm is counted: 1400 valid, candidate 1 has 900 > 700
        e.submit(e.minutes(e.pa1, unit, 900, 0, List.of(900), 600, 200, 100)).statusCode(422);
        e.submit(SmallElection.inRound2(e.minutes(e.pa1, unit, 800, 0, List.of(800), 100, 500, 200)))
                .statusCode(422)
                .body("errors.code", hasItem("M-3"));
        e.submit(withoutFirst(SmallElection.inRound2(e.minutes(e.pa1, unit, 800, 0, List.of(800), 0, 500, 300)), unit))
                .statusCode(201);
        e.submit(withoutFirst(SmallElection.inRound2(e.minutes(e.pa2, unit, 600, 0, List.of(600), 0, 400, 200)), unit))
                .statusCode(201);
        result(e, unit).body("status", equalTo("ADDITIONAL_ELECTION_DONE")).body("rounds[1].elected", contains(c1));
        e.certify(unit).statusCode(200);
    }

    /**
     * D-9: an NA unit's second round is opened by the council (with the provincial committee's proposal
     * recorded), not by the provincial committee; a council unit's by a committee whose administrative unit
     * is or contains the unit's, not by the council, a board, or another commune's committee. NA: 400 + 300
     * + 200 = 900 of 2400 took part (37.50 %); commune 2: 250 of 600 (41.67 %): both bầu lại (W-1).
     */
    @Test
    void onlyTheCompetentBodyOpensASecondRound_D9() {
        SmallElection e = SmallElection.define(json);
        e.submit(e.minutes(e.pa1, e.na, 400, 0, List.of(400), 200, 100, 50, 50)).statusCode(201);
        e.submit(e.minutes(e.pa2, e.na, 300, 0, List.of(300), 100, 100, 50, 50)).statusCode(201);
        e.submit(e.minutes(e.pa3, e.na, 200, 0, List.of(200), 100, 50, 25, 25)).statusCode(201);
        e.submit(e.minutes(e.pa3, e.commune2Unit, 250, 0, List.of(250), 150, 100))
                .statusCode(201);

        e.openSecondRound(e.na, Tokens.committee(e.province), "2026-03-29")
                .statusCode(403)
                .contentType("application/problem+json")
                .body("errors[0].code", equalTo("D-9"));
        e.openSecondRound(e.na, Tokens.board(e.na.id()), "2026-03-29").statusCode(403);
        given().header(Tokens.NEC)
                .contentType(ContentType.JSON)
                .body(Map.of("date", "2026-03-29", "proposal", "Tờ trình số 12/TTr-UBBC"))
                .post("/api/v1/elections/" + e.id + "/results/units/" + e.na.id() + "/rounds")
                .then()
                .statusCode(201)
                .body("kind", equalTo("REPEAT"))
                .body("seats", equalTo(2))
                .body("opening.proposal", equalTo("Tờ trình số 12/TTr-UBBC"))
                .body("candidates", hasSize(4));

        e.openSecondRound(e.commune2Unit, Tokens.NEC, "2026-03-29")
                .statusCode(403)
                .body("errors[0].code", equalTo("D-9"));
        e.openSecondRound(e.commune2Unit, Tokens.committee(e.commune1), "2026-03-29")
                .statusCode(403)
                .body("errors[0].code", equalTo("JURISDICTION"));
        e.openSecondRound(e.commune2Unit, Tokens.committee(e.province), "2026-03-29")
                .statusCode(201)
                .body("kind", equalTo("REPEAT"))
                .body("seats", equalTo(1));
        // a unit whose first round called for nothing has no second round to open
        e.openSecondRound(e.commune1Unit, Tokens.committee(e.commune1), "2026-03-29")
                .statusCode(409);
    }

    /**
     * The wrong path: a tie at the last seat between candidates born on the same day left the unit counting
     * for ever, with no way to record the decision. Commune 1 (2 seats), candidates 1 and 2 both born on 1
     * January 1961: 1600 valid, half 800; candidate 0 has 600 + 500 = 1100, candidates 1 and 2 each 500 +
     * 400 = 900 (PA1: 1600 votes = 200 + 2 x 700; PA2: 1300 = 100 + 2 x 600). Candidate 0 is elected; the
     * last seat is the competent body's to decide (W-4, D-6); the unit is then VALID and can be certified.
     */
    @Test
    void aTieOfBirthDatesAtTheLastSeatIsDecidedByTheCompetentBody_W4_D6() {
        SmallElection e = SmallElection.withTwins(json);
        var unit = e.commune1Unit;
        String c0 = unit.candidate(0).toString();
        String c1 = unit.candidate(1).toString();
        String c2 = unit.candidate(2).toString();
        e.submit(e.minutes(e.pa1, unit, 900, 0, List.of(200, 700), 600, 500, 500))
                .statusCode(201);
        e.submit(e.minutes(e.pa2, unit, 700, 0, List.of(100, 600), 500, 400, 400))
                .statusCode(201);
        result(e, unit)
                .body("status", equalTo("NEEDS_TIE_DECISION"))
                .body("rounds[0].elected", contains(c0))
                .body("rounds[0].undecided", containsInAnyOrder(c1, c2))
                .body("rounds[0].reason", startsWith("W-4, D-6: 2 candidates tie at the last seat with 900 votes"));
        e.certify(unit).statusCode(409);

        decide(e, unit, Tokens.board(unit.id()), List.of(c2)).statusCode(403);
        decide(e, unit, Tokens.committee(e.commune2), List.of(c2)).statusCode(403);
        Header committee = Tokens.committee(e.commune1);
        decide(e, unit, committee, List.of(c0)).statusCode(422).body("errors[0].code", equalTo("D-6"));
        decide(e, unit, committee, List.of(c1, c2)).statusCode(422).body("errors[0].field", equalTo("candidateIds"));
        decide(e, unit, committee, List.of(c2))
                .statusCode(200)
                .body("status", equalTo("VALID"))
                .body("candidates.findAll { it.elected }.candidateId", containsInAnyOrder(c0, c2))
                .body("rounds[0].elected", contains(c0, c2))
                .body("rounds[0].tieDecision.chosen", contains(c2))
                .body("rounds[0].tieDecision.reason", equalTo("Bốc thăm công khai"))
                .body("rounds[0].reason", startsWith("D-6: the tie at the last seat (W-4) decided"));
        decide(e, unit, committee, List.of(c1)).statusCode(409);
        given().get("/api/v1/elections/" + e.id + "/published/units/" + unit.id())
                .then()
                .body("rounds[0].tieDecision.chosen", contains(c2));
        JsonNode decided = event(unit.id(), TieDecided.TYPE);
        assertEquals("VALID", decided.get("status").asText());
        assertEquals(List.of(c2), json.convertValue(decided.get("chosen"), List.class));
        e.certify(unit).statusCode(200).body("status", equalTo("FINAL"));
    }

    /**
     * D-6: a correction that changes the round's figures determines it again; a decision taken on the old
     * figures is set aside. With the tie above decided, PA2 corrects candidate 1's votes up to 401 (and
     * candidate 2's down to 399): candidate 1 now has 901, candidate 2 899, and candidate 1 wins outright.
     */
    @Test
    void aCorrectionSetsATieDecisionAside_D6() {
        SmallElection e = SmallElection.withTwins(json);
        var unit = e.commune1Unit;
        String c0 = unit.candidate(0).toString();
        String c1 = unit.candidate(1).toString();
        String c2 = unit.candidate(2).toString();
        e.submit(e.minutes(e.pa1, unit, 900, 0, List.of(200, 700), 600, 500, 500))
                .statusCode(201);
        e.submit(e.minutes(e.pa2, unit, 700, 0, List.of(100, 600), 500, 400, 400))
                .statusCode(201);
        decide(e, unit, Tokens.committee(e.commune1), List.of(c2)).statusCode(200);

        Map<String, Object> corrected = e.minutes(e.pa2, unit, 700, 0, List.of(100, 600), 500, 401, 399);
        corrected.put("correctionReason", "Đếm lại");
        e.submit(corrected).statusCode(201);
        result(e, unit)
                .body("status", equalTo("VALID"))
                .body("rounds[0].elected", contains(c0, c1))
                .body("rounds[0].tieDecision", nullValue());
    }

    private static Map<String, Object> withoutFirst(Map<String, Object> minutes, SmallElection.Unit unit) {
        @SuppressWarnings("unchecked")
        Map<String, Integer> votes = (Map<String, Integer>) minutes.get("votes");
        votes.remove(unit.candidate(0).toString());
        return minutes;
    }

    private static ValidatableResponse decide(
            SmallElection e, SmallElection.Unit unit, Header token, List<String> ids) {
        return given().header(token)
                .contentType(ContentType.JSON)
                .body(Map.of("candidateIds", ids, "reason", "Bốc thăm công khai"))
                .post("/api/v1/elections/" + e.id + "/results/units/" + unit.id() + "/tie-decision")
                .then();
    }

    private static ValidatableResponse round(SmallElection e, SmallElection.Unit unit, int round) {
        return given().get("/api/v1/elections/" + e.id + "/results/units/" + unit.id() + "/rounds/" + round)
                .then();
    }

    private static ValidatableResponse result(SmallElection e, SmallElection.Unit unit) {
        return given().get("/api/v1/elections/" + e.id + "/results/units/" + unit.id())
                .then()
                .statusCode(200);
    }

    private JsonNode event(UUID unit, String type) {
        List<ConsumerRecord<String, String>> seen = TestEvents.readUntil(
                Topics.TALLY_RESULTS,
                Duration.ofSeconds(30),
                records -> records.stream().anyMatch(r -> matches(r, unit, type)));
        return seen.stream()
                .filter(r -> matches(r, unit, type))
                .findFirst()
                .map(r -> read(r.value()))
                .orElseThrow(() -> new AssertionError("no " + type + " for unit " + unit));
    }

    private static boolean matches(ConsumerRecord<String, String> r, UUID unit, String type) {
        return unit.toString().equals(r.key()) && type.equals(TestEvents.header(r, "ce_type"));
    }

    private JsonNode read(String text) {
        try {
            return json.readTree(text);
        } catch (Exception ex) {
            throw new IllegalStateException(ex);
        }
    }
}
