package vn.election.tally.results;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import vn.election.events.Topics;
import vn.election.events.registry.CandidateNotRecognized;
import vn.election.events.tally.UnitResultDetermined;
import vn.election.tally.SentEvents;
import vn.election.tally.SmallElection;
import vn.election.testing.TestEvents;

/**
 * C-5 found after the vote: the person is recognized as elected at no level. The tally leaves them out of the
 * unit's elected and shows why; their seat stays vacant (D-40); a determined or certified unit is announced and
 * published again, and a finding already known changes nothing (D-41).
 */
@QuarkusTest
class NotRecognizedTest {

    private static final String FINDING = "also stands for the provincial and the district council";

    @Inject
    ObjectMapper json;

    @Inject
    EntityManager em;

    /**
     * Commune 1 (2 seats; PA1 1000 and PA2 800 voters): PA1 600 valid ballots, A 360, B 330, C 180 (330 with one
     * name, 270 with two: 330 + 540 = 870 votes); PA2 400 valid, A 240, B 220, C 120 (220 + 2 x 180 = 580). So
     * 1000 of 1800 took part, 1000 valid, half is 500: A 600 and B 550 elected, C 300 not (W-2, W-3). The finding
     * on B leaves only A elected, B "not recognized (C-5)", and B's seat vacant: C does not take it, and the unit
     * stays VALID with no bầu thêm (D-40). The finding sent again, under its own id or a new one, is applied once.
     */
    @Test
    void aWinnerFoundToBreakC5LeavesTheElectedAndTheSeatStaysVacant_C5_D40_D41() {
        SmallElection e = SmallElection.define(json);
        var unit = e.commune1Unit;
        UUID a = unit.candidate(0);
        UUID b = unit.candidate(1);
        UUID c = unit.candidate(2);
        e.submit(e.minutes(e.pa1, unit, 600, 0, List.of(330, 270), 360, 330, 180))
                .statusCode(201);
        e.submit(e.minutes(e.pa2, unit, 400, 0, List.of(220, 180), 240, 220, 120))
                .statusCode(201);
        result(e, unit, "results")
                .body("status", equalTo("VALID"))
                .body("candidates.votes", contains(600, 550, 300))
                .body("candidates.elected", contains(true, true, false));
        assertEquals(1L, determinations(unit));

        UUID eventId = UUID.randomUUID();
        send(e, new CandidateNotRecognized(e.id, unit.id(), b, "C-5", FINDING), eventId);
        awaitNotRecognized(e, unit, b);

        String reason = "W-2, W-3: 2 of 2 seats filled; Ứng cử viên 2 not recognized (C-5): " + FINDING
                + "; the seat stays vacant (D-40)";
        for (String view : List.of("results", "published")) {
            result(e, unit, view)
                    .body("status", equalTo("VALID"))
                    .body("round", equalTo(1))
                    .body("reason", equalTo(reason))
                    .body("candidates.candidateId", contains(a.toString(), b.toString(), c.toString()))
                    .body("candidates.votes", contains(600, 550, 300))
                    .body("candidates.elected", contains(true, false, false))
                    .body("candidates.notRecognized", contains(null, "not recognized (C-5): " + FINDING, null))
                    .body("rounds", hasSize(1))
                    .body("rounds[0].elected", contains(a.toString()))
                    .body("rounds[0].reason", equalTo(reason));
        }
        // commune councils: 2 + 1 seats, only A elected (commune 2 has not reported)
        given().get("/api/v1/elections/" + e.id + "/results/summary")
                .then()
                .body("bodies[0].body", equalTo("COMMUNE_COUNCIL"))
                .body("bodies[0].elected", equalTo(1))
                .body("bodies[0].vacant", equalTo(2));
        assertEquals(2L, determinations(unit)); // announced again with the new elected (D-41)

        // D-41: the same event again and the same finding under a new id change nothing; a finding on C (not
        // elected), sent after them on the same key, shows when they have all been consumed
        send(e, new CandidateNotRecognized(e.id, unit.id(), b, "C-5", FINDING), eventId);
        send(e, new CandidateNotRecognized(e.id, unit.id(), b, "C-5", "a second wording"), UUID.randomUUID());
        send(e, new CandidateNotRecognized(e.id, unit.id(), c, "C-5", FINDING), UUID.randomUUID());
        awaitNotRecognized(e, unit, c);
        result(e, unit, "published")
                .body("reason", equalTo(reason))
                .body("candidates.elected", contains(true, false, false))
                .body("candidates[1].notRecognized", equalTo("not recognized (C-5): " + FINDING));
        assertEquals(2L, determinations(unit)); // C was not elected: no round changed
        assertEquals(1L, findings(b));
    }

    /**
     * Commune 2 (1 seat, PA3 600 voters): 500 took part, all valid, half is 250; candidate 0 has 300, elected,
     * and the committee certifies. The finding on candidate 0 afterwards leaves the seat vacant: the result
     * stays certified (FINAL) and shows the finding (D-40, D-41).
     */
    @Test
    void aCertifiedUnitShowsTheFindingToo_C5_D40_D41() {
        SmallElection e = SmallElection.define(json);
        var unit = e.commune2Unit;
        UUID winner = unit.candidate(0);
        e.submit(e.minutes(e.pa3, unit, 500, 0, List.of(500), 300, 200)).statusCode(201);
        e.certify(unit).statusCode(200);

        send(e, new CandidateNotRecognized(e.id, unit.id(), winner, "C-5", FINDING), UUID.randomUUID());
        awaitNotRecognized(e, unit, winner);

        for (String view : List.of("results", "published")) {
            result(e, unit, view)
                    .body("status", equalTo("FINAL"))
                    .body("provisional", equalTo(false))
                    .body("candidates.votes", contains(300, 200))
                    .body("candidates.elected", contains(false, false))
                    .body("candidates[0].notRecognized", equalTo("not recognized (C-5): " + FINDING))
                    .body("rounds[0].elected", hasSize(0))
                    .body(
                            "rounds[0].reason",
                            equalTo("W-2, W-3: 1 of 1 seat filled; Ứng cử viên 1 not recognized (C-5): " + FINDING
                                    + "; the seat stays vacant (D-40)"));
        }
        assertEquals(2L, determinations(unit));
    }

    /**
     * Found on election day, before the unit is determined (commune 2 as above, no minutes yet): the
     * determination leaves the person out the same way (D-40); it is announced once.
     */
    @Test
    void aFindingBeforeTheCountIsAppliedByTheDetermination_C5_D40() {
        SmallElection e = SmallElection.define(json);
        var unit = e.commune2Unit;
        UUID first = unit.candidate(0);
        send(e, new CandidateNotRecognized(e.id, unit.id(), first, "C-5", FINDING), UUID.randomUUID());
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> findings(first) == 1L);

        e.submit(e.minutes(e.pa3, unit, 500, 0, List.of(500), 300, 200)).statusCode(201);

        result(e, unit, "published")
                .body("status", equalTo("VALID"))
                .body("candidates.elected", contains(false, false))
                .body("candidates[0].notRecognized", equalTo("not recognized (C-5): " + FINDING))
                .body("candidates[1].notRecognized", nullValue())
                .body("rounds[0].elected", hasSize(0));
        assertEquals(1L, determinations(unit));
    }

    private void send(SmallElection e, CandidateNotRecognized finding, UUID eventId) {
        try {
            TestEvents.send(
                    Topics.REGISTRY_CANDIDATES,
                    e.id.toString(),
                    eventId.toString(),
                    CandidateNotRecognized.TYPE,
                    json.writeValueAsString(finding));
        } catch (JsonProcessingException ex) {
            throw new IllegalStateException(ex);
        }
    }

    private static void awaitNotRecognized(SmallElection e, SmallElection.Unit unit, UUID candidate) {
        Awaitility.await()
                .atMost(Duration.ofSeconds(30))
                .until(() -> given().get("/api/v1/elections/" + e.id + "/published/units/" + unit.id())
                                .jsonPath()
                                .getString("candidates.find { it.candidateId == '" + candidate + "' }.notRecognized")
                        != null);
    }

    private static ValidatableResponse result(SmallElection e, SmallElection.Unit unit, String view) {
        return given().get("/api/v1/elections/" + e.id + "/" + view + "/units/" + unit.id())
                .then()
                .statusCode(200);
    }

    /** How many UnitResultDetermined events the unit's determinations sent. */
    private long determinations(SmallElection.Unit unit) {
        return SentEvents.count(
                em, Topics.TALLY_RESULTS, UnitResultDetermined.TYPE, unit.id().toString());
    }

    private long findings(UUID candidate) {
        return QuarkusTransaction.requiringNew()
                .call(() -> ((Number) em.createNativeQuery(
                                        "select count(*) from candidate_not_recognized where candidate_id = ?1")
                                .setParameter(1, candidate)
                                .getSingleResult())
                        .longValue());
    }
}
