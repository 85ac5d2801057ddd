package vn.election.tally.results;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.http.Header;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.hibernate.SessionFactory;
import org.hibernate.stat.EntityStatistics;
import org.junit.jupiter.api.Test;
import vn.election.events.Topics;
import vn.election.events.tally.UnitResultCertified;
import vn.election.events.tally.UnitResultDetermined;
import vn.election.tally.SentEvents;
import vn.election.tally.SmallElection;
import vn.election.tally.Tokens;
import vn.election.testing.TestEvents;

/** Unit results (M-5) from the minutes, the rounds the law calls for (W-5, W-6, W-8) and certification. */
@QuarkusTest
class UnitResultsTest {

    @Inject
    ObjectMapper json;

    @Inject
    EntityManager em;

    @Test
    void aUnitIsDeterminedOnceEveryPollingAreaHasReported_M5_M8_W2_W3() {
        SmallElection e = SmallElection.define(json);
        var na = e.na; // 2 seats, 4 candidates; PA1 1000, PA2 800, PA3 600 voters
        e.submit(e.minutes(e.pa1, na, 900, 20, List.of(380, 500), 600, 500, 200, 80))
                .statusCode(201);
        result(e, na)
                .body("status", equalTo("FIRST_COUNT"))
                .body("progress.pollingAreasReported", equalTo(1))
                .body("progress.pollingAreasTotal", equalTo(3))
                .body("provisional", equalTo(true))
                .body("totals.valid", equalTo(880));

        e.submit(e.minutes(e.pa2, na, 700, 0, List.of(0, 700), 500, 400, 300, 200))
                .statusCode(201);
        e.submit(e.minutes(e.pa3, na, 500, 10, List.of(90, 400), 400, 300, 100, 90))
                .statusCode(201);

        // 2100 of 2400 took part (87.50 %); 2070 valid (98.57 %) + 30 invalid (1.43 %); half of 2070 is 1035:
        // candidate 0 has 1500 (72.46 %), candidate 1 has 1200 (57.97 %): both elected
        result(e, na)
                .body("status", equalTo("VALID"))
                .body("reason", equalTo("W-2, W-3: 2 of 2 seats filled"))
                .body("progress.pollingAreasReported", equalTo(3))
                .body("totals.totalVoters", equalTo(2400))
                .body("totals.votersParticipated", equalTo(2100))
                .body("totals.turnoutPercent", equalTo(87.50f))
                .body("totals.validPercent", equalTo(98.57f))
                .body("totals.invalidPercent", equalTo(1.43f))
                .body("candidates.votes", contains(1500, 1200, 600, 370))
                .body("candidates.percentOfValid", contains(72.46f, 57.97f, 28.99f, 17.87f))
                .body("candidates.elected", contains(true, true, false, false));

        JsonNode event = resultEvent(na.id(), UnitResultDetermined.TYPE, "VALID");
        assertEquals(1, event.get("round").asInt());
        assertEquals(
                List.of(na.candidate(0).toString(), na.candidate(1).toString()),
                json.convertValue(event.get("elected"), List.class));
    }

    /**
     * One batch carrying every commune-council minutes (M-5, CK-7, W-2, W-3): each of the two units is summed
     * from its own minutes and determined exactly once, in that batch. Commune 1 (2 seats, PA1 + PA2):
     * 900 + 700 = 1600 took part of 1800, all valid, half is 800; candidates 600 + 500 = 1100 and 500 + 400
     * = 900 elected, 300 + 100 = 400 not. Commune 2 (1 seat, PA3): 500 of 600, half of 500 valid is 250;
     * 300 elected, 200 not.
     */
    @Test
    void aBatchTouchingSeveralUnitsOfABodyDeterminesEachOnceFromItsOwnMinutes_M5_CK7_W2_W3() {
        SmallElection e = SmallElection.define(json);
        var commune1 = e.commune1Unit;
        var commune2 = e.commune2Unit;
        given().header(Tokens.NEC)
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "minutes",
                        List.of(
                                e.minutes(e.pa1, commune1, 900, 0, List.of(400, 500), 600, 500, 300),
                                e.minutes(e.pa2, commune1, 700, 0, List.of(400, 300), 500, 400, 100),
                                e.minutes(e.pa3, commune2, 500, 0, List.of(500), 300, 200))))
                .post("/api/v1/elections/" + e.id + "/minutes/batch")
                .then()
                .statusCode(200)
                .body("accepted", equalTo(3))
                .body("items.status", contains(201, 201, 201));

        result(e, commune1)
                .body("status", equalTo("VALID"))
                .body("reason", equalTo("W-2, W-3: 2 of 2 seats filled"))
                .body("progress.pollingAreasReported", equalTo(2))
                .body("totals.totalVoters", equalTo(1800))
                .body("totals.votersParticipated", equalTo(1600))
                .body("totals.valid", equalTo(1600))
                .body("candidates.votes", contains(1100, 900, 400))
                .body("candidates.elected", contains(true, true, false));
        result(e, commune2)
                .body("status", equalTo("VALID"))
                .body("reason", equalTo("W-2, W-3: 1 of 1 seat filled"))
                .body("progress.pollingAreasReported", equalTo(1))
                .body("totals.totalVoters", equalTo(600))
                .body("candidates.votes", contains(300, 200))
                .body("candidates.elected", contains(true, false));
        assertEquals(1L, determinations(commune1));
        assertEquals(1L, determinations(commune2));
    }

    @Test
    void tooFewElectedInACouncilCallsForAnAdditionalElectionWithTheOthers_W5() {
        SmallElection e = SmallElection.define(json);
        var unit = e.commune1Unit; // 2 seats, 3 candidates; PA1 and PA2
        e.submit(e.minutes(e.pa1, unit, 900, 0, List.of(900), 600, 200, 100)).statusCode(201);
        e.submit(e.minutes(e.pa2, unit, 700, 0, List.of(700), 500, 100, 100)).statusCode(201);

        // 1600 valid: only candidate 0 (1100) has more than 800; 1 of 2 is below two thirds
        // the unit waits in round 1 for the competent body to open the bầu thêm (D-8)
        result(e, unit)
                .body("status", equalTo("NEEDS_ADDITIONAL_ELECTION"))
                .body("round", equalTo(1))
                .body("roundKind", equalTo("FIRST"))
                .body("roundSeats", equalTo(2))
                .body("rounds[0].reason", startsWith("W-5: 1 of 2 seats filled, below two thirds"));
        resultEvent(unit.id(), UnitResultDetermined.TYPE, "NEEDS_ADDITIONAL_ELECTION");
        e.openSecondRound(unit);
        result(e, unit)
                .body("status", equalTo("ADDITIONAL_ELECTION_COUNT"))
                .body("round", equalTo(2))
                .body("roundKind", equalTo("ADDITIONAL"))
                .body("roundSeats", equalTo(1));

        // round 1 is closed (D-7); the bầu thêm ballot holds the first list's candidates not elected
        Map<String, Object> late = e.minutes(e.pa1, unit, 900, 0, List.of(900), 600, 200, 100);
        late.put("correctionReason", "Sửa sau");
        e.submit(late).statusCode(422).body("errors[0].code", equalTo("D-7"));
        e.submit(SmallElection.inRound2(e.minutes(e.pa1, unit, 800, 0, List.of(800), 100, 500, 200)))
                .statusCode(422)
                .body("errors.code", contains("M-3"));

        e.submit(roundTwo(e.minutes(e.pa1, unit, 800, 0, List.of(800), 0, 500, 300), unit))
                .statusCode(201)
                .body("round", equalTo(2));
        e.submit(roundTwo(e.minutes(e.pa2, unit, 600, 0, List.of(600), 0, 400, 200), unit))
                .statusCode(201);

        // 1400 valid: candidate 1 has 900 > 700
        result(e, unit)
                .body("status", equalTo("ADDITIONAL_ELECTION_DONE"))
                .body("rounds", hasSize(2))
                .body("rounds[0].elected", contains(unit.candidate(0).toString()))
                .body("rounds[1].elected", contains(unit.candidate(1).toString()))
                .body("rounds[1].reason", equalTo("W-5: bầu thêm, 1 of 1 seat filled"));
    }

    /**
     * W-5, M-5: after a bầu thêm is called, the first round keeps its votes in {@code rounds[0]}; the top-level
     * figures are the current round's, and the first round's winner shows as elected in round 1, without
     * votes of round 2. Commune 1 (2 seats, PA1 1000 + PA2 800 voters). Round 1: 900 + 700 = 1600 took part
     * of 1800 (88.89 %), all valid; candidate 0 has 600 + 500 = 1100 (68.75 %), 1 has 200 + 100 = 300
     * (18.75 %), 2 has 100 + 100 = 200 (12.50 %); only 1100 is over 800. Round 2 (1 seat, candidates 1 and
     * 2): 800 + 600 = 1400 (77.78 %); candidate 1 has 500 + 400 = 900 (64.29 %), 2 has 300 + 200 = 500 (35.71 %).
     */
    @Test
    void eachRoundKeepsItsOwnVotesAndTheFirstRoundsWinnerStaysElected_W5_M5() {
        SmallElection e = SmallElection.define(json);
        var unit = e.commune1Unit;
        String c0 = unit.candidate(0).toString();
        String c1 = unit.candidate(1).toString();
        String c2 = unit.candidate(2).toString();
        e.submit(e.minutes(e.pa1, unit, 900, 0, List.of(900), 600, 200, 100)).statusCode(201);
        e.submit(e.minutes(e.pa2, unit, 700, 0, List.of(700), 500, 100, 100)).statusCode(201);
        e.openSecondRound(unit);

        for (String view : List.of("results", "published")) {
            unitResult(e, unit, view)
                    .body("round", equalTo(2))
                    .body("totals.votersParticipated", equalTo(0))
                    .body("candidates.candidateId", contains(c0))
                    .body("candidates[0].elected", equalTo(true))
                    .body("candidates[0].electedInRound", equalTo(1))
                    .body("candidates[0].votes", nullValue())
                    .body("candidates[0].percentOfValid", nullValue())
                    .body("rounds", hasSize(1));
            firstRound(unitResult(e, unit, view), c0, c1, c2);
        }

        e.submit(roundTwo(e.minutes(e.pa1, unit, 800, 0, List.of(800), 0, 500, 300), unit))
                .statusCode(201);
        e.submit(roundTwo(e.minutes(e.pa2, unit, 600, 0, List.of(600), 0, 400, 200), unit))
                .statusCode(201);

        for (String view : List.of("results", "published")) {
            unitResult(e, unit, view)
                    .body("status", equalTo("ADDITIONAL_ELECTION_DONE"))
                    .body("totals.totalVoters", equalTo(1800))
                    .body("totals.votersParticipated", equalTo(1400))
                    .body("totals.turnoutPercent", equalTo(77.78f))
                    .body("totals.valid", equalTo(1400))
                    .body("candidates.candidateId", contains(c0, c1, c2))
                    .body("candidates.votes", contains(null, 900, 500))
                    .body("candidates.percentOfValid", contains(null, 64.29f, 35.71f))
                    .body("candidates.elected", contains(true, true, false))
                    .body("candidates.electedInRound", contains(1, 2, null))
                    .body("rounds[1].totals.valid", equalTo(1400))
                    .body("rounds[1].candidates.candidateId", contains(c1, c2))
                    .body("rounds[1].candidates.votes", contains(900, 500))
                    .body("rounds[1].candidates.percentOfValid", contains(64.29f, 35.71f))
                    .body("rounds[1].candidates.electedInRound", contains(2, null));
            firstRound(unitResult(e, unit, view), c0, c1, c2);
        }
    }

    /** Round 1 of the unit above, as its votes were counted (W-5, M-5). */
    private static void firstRound(ValidatableResponse result, String c0, String c1, String c2) {
        result.body("rounds[0].round", equalTo(1))
                .body("rounds[0].totals.totalVoters", equalTo(1800))
                .body("rounds[0].totals.votersParticipated", equalTo(1600))
                .body("rounds[0].totals.turnoutPercent", equalTo(88.89f))
                .body("rounds[0].totals.valid", equalTo(1600))
                .body("rounds[0].candidates.candidateId", contains(c0, c1, c2))
                .body("rounds[0].candidates.votes", contains(1100, 300, 200))
                .body("rounds[0].candidates.percentOfValid", contains(68.75f, 18.75f, 12.50f))
                .body("rounds[0].candidates.elected", contains(true, false, false))
                .body("rounds[0].candidates.electedInRound", contains(1, null, null));
    }

    /**
     * A batch writes each touched unit's state row once (the determination, the time and the change number
     * together, at commit), not once per step: 3 minutes of commune 1 (PA1, PA2) and commune 2 (PA3) in one
     * batch touch 2 units, so 2 updates of unit_round (M-5, CK-7 figures as in the batch test above).
     */
    /**
     * CK-7 with corrections: a unit's figures are kept as running sums, and a correction takes back what
     * the version it replaces brought. Commune 1 (2 seats, PA1 1000 + PA2 800 voters): PA1 first sends
     * 900 took part, votes 600/500/300, then corrects to 880 took part, 20 invalid, votes 560/500/260
     * (n1 400 + 2 x n2 460 = 1320 votes); PA2 sends 700, votes 500/400/100. The unit is then
     * 880 + 700 = 1580 took part, 860 + 700 = 1560 valid, 20 invalid, votes 1060/900/360 (2320): the corrected
     * version counts, the first one no longer does; and the kept sums equal a sum over the current
     * minutes written out in SQL.
     */
    @Test
    void aCorrectionReplacesItsVersionInTheUnitsSums_CK7() {
        SmallElection e = SmallElection.define(json);
        var unit = e.commune1Unit;
        e.submit(e.minutes(e.pa1, unit, 900, 0, List.of(400, 500), 600, 500, 300))
                .statusCode(201);
        Map<String, Object> corrected = e.minutes(e.pa1, unit, 880, 20, List.of(400, 460), 560, 500, 260);
        corrected.put("correctionReason", "Hai mươi phiếu không hợp lệ bị tính là hợp lệ");
        e.submit(corrected).statusCode(201).body("version", equalTo(2));
        e.submit(e.minutes(e.pa2, unit, 700, 0, List.of(400, 300), 500, 400, 100))
                .statusCode(201);

        result(e, unit)
                .body("progress.pollingAreasReported", equalTo(2))
                .body("totals.votersParticipated", equalTo(1580))
                .body("totals.valid", equalTo(1560))
                .body("totals.invalid", equalTo(20))
                .body("candidates.votes", contains(1060, 900, 360));

        Object[] kept = QuarkusTransaction.requiringNew().call(() ->
                (Object[]) em.createNativeQuery("""
                        select reported, participated, valid, invalid, (select sum(v) from unnest(candidate_votes) v)
                        from unit_tally where unit_id = ?1 and round = 1""").setParameter(1, unit.id()).getSingleResult());
        Object[] summed = QuarkusTransaction.requiringNew().call(() ->
                (Object[]) em.createNativeQuery("""
                        select count(*), sum(voters_participated), sum(valid), sum(invalid),
                               (select sum(v) from count_minutes c, unnest(c.candidate_votes) v
                                where c.current and c.unit_id = ?1)
                        from count_minutes where current and unit_id = ?1""").setParameter(1, unit.id()).getSingleResult());
        assertEquals(List.of(2L, 1580L, 1560L, 20L, 2320L), numbers(kept));
        assertEquals(numbers(summed), numbers(kept));
    }

    private static List<Long> numbers(Object[] row) {
        return java.util.Arrays.stream(row).map(v -> ((Number) v).longValue()).toList();
    }

    @Test
    void aBatchWritesEachTouchedUnitsStateOnce_M5() {
        SmallElection e = SmallElection.define(json);
        EntityStatistics unitRounds = em.getEntityManagerFactory()
                .unwrap(SessionFactory.class)
                .getStatistics()
                .getEntityStatistics(UnitRound.class.getName());
        long before = unitRounds.getUpdateCount();
        given().header(Tokens.NEC)
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "minutes",
                        List.of(
                                e.minutes(e.pa1, e.commune1Unit, 900, 0, List.of(400, 500), 600, 500, 300),
                                e.minutes(e.pa2, e.commune1Unit, 700, 0, List.of(400, 300), 500, 400, 100),
                                e.minutes(e.pa3, e.commune2Unit, 500, 0, List.of(500), 300, 200))))
                .post("/api/v1/elections/" + e.id + "/minutes/batch")
                .then()
                .statusCode(200)
                .body("accepted", equalTo(3));
        assertEquals(2, unitRounds.getUpdateCount() - before);
    }

    @Test
    void turnoutNotOverHalfCallsForARepeatElectionWithTheSameList_W1_W6() {
        SmallElection e = SmallElection.define(json);
        var unit = e.commune2Unit; // 1 seat, 2 candidates; PA3, 600 voters
        e.submit(e.minutes(e.pa3, unit, 300, 0, List.of(300), 200, 100)).statusCode(201);
        result(e, unit)
                .body("status", equalTo("NEEDS_REPEAT_ELECTION"))
                .body("round", equalTo(1))
                .body("rounds[0].reason", startsWith("W-1: 300 of 600 voters took part (50.00%), not over half"));
        e.openSecondRound(unit);
        result(e, unit)
                .body("status", equalTo("REPEAT_ELECTION_COUNT"))
                .body("round", equalTo(2))
                .body("roundKind", equalTo("REPEAT"))
                .body("roundSeats", equalTo(1));

        // the bầu lại is recognized at 250 of 600, and is not repeated
        e.submit(SmallElection.inRound2(e.minutes(e.pa3, unit, 250, 0, List.of(250), 100, 150)))
                .statusCode(201)
                .body("round", equalTo(2));
        result(e, unit)
                .body("status", equalTo("REPEAT_ELECTION_DONE"))
                .body("rounds[1].elected", contains(unit.candidate(1).toString()))
                .body("rounds[1].reason", startsWith("W-6"));
    }

    @Test
    void certificationLocksTheResultAndChecksTheBoardsFigures_W8_CK7() {
        SmallElection e = SmallElection.define(json);
        var unit = e.commune2Unit;
        e.certify(e.na, Map.of()).statusCode(409);
        e.submit(e.minutes(e.pa3, unit, 500, 0, List.of(500), 300, 200)).statusCode(201);

        e.certify(unit, Map.of("valid", 499, "votes", Map.of(unit.candidate(0).toString(), 301)))
                .statusCode(422)
                .body("errors.code", contains("CK-7", "CK-7"))
                .body(
                        "errors[0].message",
                        equalTo("valid 499 differs from 500, the sum of the polling areas' minutes"));
        e.certify(unit, Map.of("valid", 500, "votersParticipated", 500))
                .statusCode(200)
                .body("status", equalTo("FINAL"))
                .body("provisional", equalTo(false));

        Map<String, Object> correction = e.minutes(e.pa3, unit, 500, 0, List.of(500), 290, 210);
        correction.put("correctionReason", "Đếm lại");
        e.submit(correction).statusCode(409);
        e.certify(unit, Map.of()).statusCode(409);
        JsonNode certified = resultEvent(unit.id(), UnitResultCertified.TYPE, null);
        assertEquals("COMMUNE_COUNCIL", certified.get("body").asText());
    }

    /**
     * The competent committee certifies (W-8): the committee of the unit's administrative unit or one above
     * it, or the council; not the unit's board, whose figures it checks, nor another commune's committee.
     */
    @Test
    void onlyTheCompetentCommitteeOrTheCouncilCertifies_W8() {
        SmallElection e = SmallElection.define(json);
        e.submit(e.minutes(e.pa3, e.commune2Unit, 500, 0, List.of(500), 300, 200))
                .statusCode(201);
        e.submit(e.minutes(e.pa1, e.na, 900, 20, List.of(380, 500), 600, 500, 200, 80))
                .statusCode(201);
        e.submit(e.minutes(e.pa2, e.na, 700, 0, List.of(0, 700), 500, 400, 300, 200))
                .statusCode(201);
        e.submit(e.minutes(e.pa3, e.na, 500, 10, List.of(90, 400), 400, 300, 100, 90))
                .statusCode(201);

        certifyAs(e, e.commune2Unit, Tokens.board(e.commune2Unit.id())).statusCode(403);
        certifyAs(e, e.commune2Unit, Tokens.committee(e.commune1))
                .statusCode(403)
                .contentType("application/problem+json")
                .body("errors[0].code", equalTo("JURISDICTION"));
        // an NA unit is the province's: a commune's committee inside the province does not certify it
        certifyAs(e, e.na, Tokens.committee(e.commune1)).statusCode(403);
        Header province = Tokens.committee(e.province);
        certifyAs(e, e.na, province).statusCode(200).body("status", equalTo("FINAL"));
        assertEquals(Tokens.subject(province), certifier(e.na));
        // the council certifies anywhere
        certifyAs(e, e.commune2Unit, Tokens.NEC).statusCode(200);
    }

    @Test
    void provinceAndNationRollUpFromTheUnits_M6_M7_CK7() {
        SmallElection e = SmallElection.define(json);
        e.submit(e.minutes(e.pa1, e.na, 900, 20, List.of(380, 500), 600, 500, 200, 80))
                .statusCode(201);
        e.submit(e.minutes(e.pa2, e.na, 700, 0, List.of(0, 700), 500, 400, 300, 200))
                .statusCode(201);
        e.submit(e.minutes(e.pa3, e.na, 500, 10, List.of(90, 400), 400, 300, 100, 90))
                .statusCode(201);
        e.submit(e.minutes(e.pa3, e.commune2Unit, 500, 0, List.of(500), 300, 200))
                .statusCode(201);

        for (String query : List.of("", "?province=" + e.province)) {
            given().get("/api/v1/elections/" + e.id + "/results/summary" + query)
                    .then()
                    .statusCode(200)
                    .body("bodies.body", contains("COMMUNE_COUNCIL", "NATIONAL_ASSEMBLY", "PROVINCIAL_COUNCIL"))
                    // commune councils: 2 + 1 seats, 1 elected in commune 2; PA3 of the 3 polling areas reported
                    .body("bodies[0].units", equalTo(2))
                    .body("bodies[0].seats", equalTo(3))
                    .body("bodies[0].elected", equalTo(1))
                    .body("bodies[0].vacant", equalTo(2))
                    .body("bodies[0].pollingAreasReported", equalTo(1))
                    .body("bodies[0].pollingAreasTotal", equalTo(3))
                    .body("bodies[0].unitsByStatus.VALID", equalTo(1))
                    .body("bodies[0].unitsByStatus.FIRST_COUNT", equalTo(1))
                    .body("bodies[0].complete", equalTo(false))
                    // the NA unit: 2100 of 2400 (87.50 %), both seats filled, nothing left to hold
                    .body("bodies[1].votersParticipated", equalTo(2100))
                    .body("bodies[1].totalVoters", equalTo(2400))
                    .body("bodies[1].turnoutPercent", equalTo(87.50f))
                    .body("bodies[1].elected", equalTo(2))
                    .body("bodies[1].complete", equalTo(true))
                    .body("bodies[2].pollingAreasReported", equalTo(0));
        }
        given().get("/api/v1/elections/" + e.id + "/results/summary?province=elsewhere")
                .then()
                .body("bodies", hasSize(0));
    }

    /**
     * M-6, CK-7 under the 2021 ruleset: the communes lie in a district, not directly in the province, and the
     * province's summary still sums its communes' councils. Commune 1's unit: PA1 900 of 1000 (880 valid, 20
     * invalid), PA2 700 of 800 (all valid); commune 2's: PA3 500 of 600 (all valid). So 3 units' polling areas
     * of 3, 2100 of 2400 took part (87.50 %), 2080 valid and 20 invalid; commune 1 elects 1300 and 900 of 1580
     * valid (both over 790), commune 2 elects 300 of 500: 3 of 3 seats. The published reader, which walks the
     * tree, says the same.
     */
    @Test
    void aProvinceOf2021SumsTheCommuneCouncilsOfItsDistricts_M6_CK7() {
        SmallElection e = SmallElection.define2021(json);
        e.submit(e.minutes(e.pa1, e.commune1Unit, 900, 20, List.of(380, 500), 700, 500, 180))
                .statusCode(201);
        e.submit(e.minutes(e.pa2, e.commune1Unit, 700, 0, List.of(200, 500), 600, 400, 200))
                .statusCode(201);
        e.submit(e.minutes(e.pa3, e.commune2Unit, 500, 0, List.of(500), 300, 200))
                .statusCode(201);

        String communeCouncil = "bodies.find { it.body == 'COMMUNE_COUNCIL' }";
        ValidatableResponse published = given().get(
                        "/api/v1/elections/" + e.id + "/published/administrative-units/" + e.province)
                .then()
                .statusCode(200);
        for (String query : List.of("", "?province=" + e.province)) {
            ValidatableResponse summary = given().get("/api/v1/elections/" + e.id + "/results/summary" + query)
                    .then()
                    .statusCode(200)
                    .body(communeCouncil + ".units", equalTo(2))
                    .body(communeCouncil + ".seats", equalTo(3))
                    .body(communeCouncil + ".elected", equalTo(3))
                    .body(communeCouncil + ".vacant", equalTo(0))
                    .body(communeCouncil + ".pollingAreasReported", equalTo(3))
                    .body(communeCouncil + ".pollingAreasTotal", equalTo(3))
                    .body(communeCouncil + ".totalVoters", equalTo(2400))
                    .body(communeCouncil + ".votersParticipated", equalTo(2100))
                    .body(communeCouncil + ".turnoutPercent", equalTo(87.50f))
                    .body(communeCouncil + ".valid", equalTo(2080))
                    .body(communeCouncil + ".invalid", equalTo(20));
            for (String figure : List.of(
                    "units",
                    "seats",
                    "elected",
                    "pollingAreasReported",
                    "pollingAreasTotal",
                    "totalVoters",
                    "votersParticipated",
                    "turnoutPercent",
                    "valid",
                    "invalid")) {
                assertEquals(
                        published.extract().<Object>path(communeCouncil + "." + figure),
                        summary.extract().<Object>path(communeCouncil + "." + figure),
                        figure + query);
            }
        }
    }

    /** Minutes of the bầu thêm, whose ballot lacks candidate 0, elected in round 1 (W-5). */
    private static Map<String, Object> roundTwo(Map<String, Object> minutes, SmallElection.Unit unit) {
        SmallElection.inRound2(minutes);
        @SuppressWarnings("unchecked")
        Map<String, Integer> votes = (Map<String, Integer>) minutes.get("votes");
        votes.remove(unit.candidate(0).toString());
        return minutes;
    }

    /** One unit's result as {@code /results/units} or {@code /published/units} shows it. */
    private static ValidatableResponse unitResult(SmallElection e, SmallElection.Unit unit, String view) {
        return given().get("/api/v1/elections/" + e.id + "/" + view + "/units/" + unit.id())
                .then()
                .statusCode(200);
    }

    private static ValidatableResponse result(SmallElection e, SmallElection.Unit unit) {
        return given().get("/api/v1/elections/" + e.id + "/results/units/" + unit.id())
                .then()
                .statusCode(200);
    }

    private static ValidatableResponse certifyAs(SmallElection e, SmallElection.Unit unit, Header token) {
        return given().header(token)
                .contentType(ContentType.JSON)
                .body(Map.of())
                .post("/api/v1/elections/" + e.id + "/results/units/" + unit.id() + "/certification")
                .then();
    }

    /** How many UnitResultDetermined events the unit's determinations sent. */
    private long determinations(SmallElection.Unit unit) {
        return SentEvents.count(
                em, Topics.TALLY_RESULTS, UnitResultDetermined.TYPE, unit.id().toString());
    }

    /** Who certified the unit, as recorded (every write is attributable). */
    private String certifier(SmallElection.Unit unit) {
        return QuarkusTransaction.requiringNew()
                .call(() -> (String) em.createNativeQuery("select certified_by from unit_round where unit_id = ?1")
                        .setParameter(1, unit.id())
                        .getSingleResult());
    }

    private JsonNode resultEvent(UUID unit, String type, String status) {
        List<ConsumerRecord<String, String>> seen = TestEvents.readUntil(
                Topics.TALLY_RESULTS,
                Duration.ofSeconds(30),
                records -> records.stream().anyMatch(r -> matches(r, unit, type, status)));
        return seen.stream()
                .filter(r -> matches(r, unit, type, status))
                .findFirst()
                .map(r -> read(r.value()))
                .orElseThrow(() -> new AssertionError("no " + type + " " + status + " for unit " + unit));
    }

    private boolean matches(ConsumerRecord<String, String> r, UUID unit, String type, String status) {
        return unit.toString().equals(r.key())
                && type.equals(TestEvents.header(r, "ce_type"))
                && (status == null
                        || status.equals(read(r.value()).get("status").asText()));
    }

    private JsonNode read(String text) {
        try {
            return json.readTree(text);
        } catch (Exception ex) {
            throw new IllegalStateException(ex);
        }
    }
}
