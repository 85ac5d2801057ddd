package vn.election.tally.minutes;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.http.Header;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.election.events.Topics;
import vn.election.events.access.Roles;
import vn.election.events.tally.MinutesAccepted;
import vn.election.tally.SmallElection;
import vn.election.tally.Tokens;
import vn.election.testing.TestClock;
import vn.election.testing.TestEvents;

/**
 * Count minutes (M-3): each check of M-9 failing alone, warnings, corrections with history, idempotent
 * submission and the batch. The unit is commune 1's council (2 seats, 3 candidates) at PA1, 1000 voters:
 * 900 took part, 880 valid + 20 invalid; n_1 = 380, n_2 = 500 (Σ = 880, Σk·n_k = 1380 = 700 + 500 + 180).
 */
@QuarkusTest
class MinutesTest {

    private static SmallElection e;

    @Inject
    ObjectMapper json;

    @Inject
    TestClock clock;

    @BeforeEach
    void election() {
        if (e == null) {
            e = SmallElection.define(json);
        }
        clock.set(OffsetDateTime.parse("2026-03-15T21:00:00+07:00"));
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private Map<String, Object> good(UUID area) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("pollingAreaId", area);
        m.put("body", "COMMUNE_COUNCIL");
        m.put("round", 1);
        m.put("totalVoters", 1000);
        m.put("votersParticipated", 900);
        m.put("ballotsIssued", 900);
        m.put("ballotsReceived", 900);
        m.put("valid", 880);
        m.put("invalid", 20);
        m.put("ballotsByCount", List.of(380, 500));
        m.put("votes", votes(700, 500, 180));
        return m;
    }

    /**
     * Clean minutes of the provincial council (3 seats, 5 candidates) where every one of {@code voted}
     * ballots is valid and elects 3 persons, so the votes must add up to 3 x voted (CK-6).
     */
    private Map<String, Object> provincialMinutes(UUID area, int onList, int voted, int... votes) {
        Map<String, Object> m = good(area);
        m.put("body", "PROVINCIAL_COUNCIL");
        m.put("totalVoters", onList);
        m.put("votersParticipated", voted);
        m.put("ballotsIssued", voted);
        m.put("ballotsReceived", voted);
        m.put("valid", voted);
        m.put("invalid", 0);
        m.put("ballotsByCount", List.of(0, 0, voted));
        Map<String, Integer> byCandidate = new LinkedHashMap<>();
        for (int i = 0; i < votes.length; i++) {
            byCandidate.put(e.provincial.candidate(i).toString(), votes[i]);
        }
        m.put("votes", byCandidate);
        return m;
    }

    private Map<String, Integer> votes(int... counts) {
        Map<String, Integer> votes = new LinkedHashMap<>();
        for (int i = 0; i < counts.length; i++) {
            votes.put(e.commune1Unit.candidate(i).toString(), counts[i]);
        }
        return votes;
    }

    /** Rejected with exactly these check ids, and nothing stored. */
    private ValidatableResponse rejected(Map<String, Object> minutes, String... checks) {
        ValidatableResponse response = e.submit(minutes)
                .statusCode(422)
                .contentType("application/problem+json")
                .body("errors.code", contains(checks));
        given().header(Tokens.NEC)
                .get("/api/v1/elections/" + e.id + "/polling-areas/" + minutes.get("pollingAreaId")
                        + "/minutes/COMMUNE_COUNCIL/history")
                .then()
                .statusCode(404);
        return response;
    }

    @Test
    void moreParticipantsThanListedVotersIsRefused_CK1() {
        Map<String, Object> m = good(e.pa1);
        m.put("votersParticipated", 1001);
        rejected(m, "CK-1")
                .body("errors[0].field", equalTo("votersParticipated"))
                .body("errors[0].message", equalTo("votersParticipated 1001 exceeds totalVoters 1000"));
    }

    @Test
    void moreBallotsReceivedThanIssuedIsRefused_CK2() {
        Map<String, Object> m = good(e.pa1);
        m.put("ballotsReceived", 901);
        m.put("valid", 881);
        m.put("ballotsByCount", List.of(381, 500));
        m.put("votes", votes(700, 500, 181));
        rejected(m, "CK-2").body("errors[0].message", equalTo("ballotsReceived 901 exceeds ballotsIssued 900"));
    }

    @Test
    void validPlusInvalidMustMakeTheBallotsReceived_CK3() {
        Map<String, Object> m = good(e.pa1);
        m.put("invalid", 21);
        rejected(m, "CK-3")
                .body("errors[0].message", equalTo("valid 880 + invalid 21 = 901, but ballotsReceived is 900"));
    }

    @Test
    void votesAboveTheValidBallotsAreRefused_CK5() {
        Map<String, Object> m = good(e.pa1);
        m.put("votes", votes(881, 499, 0));
        rejected(m, "CK-5").body("errors[0].field", equalTo("votes[" + e.commune1Unit.candidate(0) + "]"));
    }

    @Test
    void negativeVotesAreRefused_CK5() {
        Map<String, Object> m = good(e.pa1);
        m.put("votes", votes(700, 690, -10));
        rejected(m, "CK-5").body("errors[0].message", equalTo("votes -10 are outside 0..880 (valid ballots)"));
    }

    @Test
    void ballotsByCountMustAddUpToTheValidBallotsAndTheVotes_CK6() {
        Map<String, Object> m = good(e.pa1);
        m.put("ballotsByCount", List.of(370, 500));
        rejected(m, "CK-6", "CK-6")
                .body("errors.message", contains("Σn_k = 870, but valid is 880", "Σvotes = 1380, but Σk·n_k = 1370"));
    }

    @Test
    void noValidBallotElectsMoreThanTheSeats_CK6() {
        Map<String, Object> m = good(e.pa1);
        m.put("ballotsByCount", List.of(380, 500, 0));
        rejected(m, "CK-6").body("errors[0].message", containsString("elects at most 2"));
    }

    @Test
    void theBallotInventoryMustBalance_CK8() {
        Map<String, Object> m = good(e.pa1);
        m.put("inventory", Map.of("receivedFromCommune", 1000, "unused", 90, "spoiled", 5));
        rejected(m, "CK-8")
                .body(
                        "errors[0].message",
                        equalTo(
                                "receivedFromCommune 1000 differs from ballotsIssued 900 + unused 90 + spoiled 5 = 995"));
    }

    @Test
    void moreBallotsIssuedThanListedVotersIsRefused_CK9() {
        Map<String, Object> m = good(e.pa1);
        m.put("ballotsIssued", 1001);
        rejected(m, "CK-9").body("errors[0].field", equalTo("ballotsIssued"));
    }

    @Test
    void invalidBallotsByReasonMustAddUp_B1() {
        Map<String, Object> m = good(e.pa1);
        m.put("invalidByReason", Map.of("NO_STAMP", 5, "OVER_SEATS", 10));
        rejected(m, "B-1")
                .body("errors[0].message", equalTo("invalid ballots by reason add up to 15, but invalid is 20"));
    }

    @Test
    void votesNameExactlyTheCandidatesOnTheBallot_M3() {
        Map<String, Object> m = good(e.pa1);
        Map<String, Integer> votes = votes(700, 500);
        votes.put(UUID.randomUUID().toString(), 180);
        m.put("votes", votes);
        rejected(m, "M-3", "M-3");
    }

    @Test
    void everyFailedCheckIsListedAtOnce_M9() {
        Map<String, Object> m = good(e.pa1);
        m.put("votersParticipated", 1001);
        m.put("ballotsIssued", 1001);
        m.put("invalid", 21);
        rejected(m, "CK-1", "CK-3", "CK-9");
    }

    @Test
    void warningsAreAcceptedAndFlaggedAndTheEventSaysSo_CK2_CK4_CK10() {
        // PA2 lists 800 (D-18): 400 took part (CK-10: 50 %), 705 issued (CK-4), 700 received (CK-2)
        Map<String, Object> m = good(e.pa2);
        m.put("totalVoters", 800);
        m.put("votersParticipated", 400);
        m.put("ballotsIssued", 705);
        m.put("ballotsReceived", 700);
        m.put("valid", 680);
        m.put("ballotsByCount", List.of(180, 500));
        m.put("votes", votes(600, 400, 180));
        e.submit(m)
                .statusCode(201)
                .body("version", equalTo(1))
                .body("warnings", contains("CK-2", "CK-4", "CK-10"))
                .body("firstTimeRight", equalTo(false))
                .body("onTime", equalTo(true));

        JsonNode event = minutesAccepted(e.pa2, "COMMUNE_COUNCIL");
        assertEquals(e.commune1Unit.id().toString(), event.get("unitId").asText());
        assertEquals(List.of("CK-2", "CK-4", "CK-10"), json.convertValue(event.get("warnings"), List.class));
        assertTrue(event.get("onTime").asBoolean());
    }

    @Test
    void correctionsAreNewVersionsWithAReasonAndTheHistoryIsKept() {
        Map<String, Object> m = good(e.pa1);
        m.put("body", "NATIONAL_ASSEMBLY");
        m.put("ballotsByCount", List.of(380, 500));
        m.put(
                "votes",
                Map.of(
                        e.na.candidate(0).toString(),
                        700,
                        e.na.candidate(1).toString(),
                        500,
                        e.na.candidate(2).toString(),
                        100,
                        e.na.candidate(3).toString(),
                        80));
        e.submit(m).statusCode(201).body("version", equalTo(1)).body("firstTimeRight", equalTo(true));

        e.submit(m).statusCode(409).body("detail", containsString("needs a correctionReason"));
        m.put(
                "votes",
                Map.of(
                        e.na.candidate(0).toString(),
                        690,
                        e.na.candidate(1).toString(),
                        510,
                        e.na.candidate(2).toString(),
                        100,
                        e.na.candidate(3).toString(),
                        80));
        m.put("correctionReason", "Cộng nhầm phiếu của hai người ứng cử");
        e.submit(m).statusCode(201).body("version", equalTo(2)).body("firstTimeRight", equalTo(false));

        given().header(Tokens.NEC)
                .get("/api/v1/elections/" + e.id + "/polling-areas/" + e.pa1 + "/minutes/NATIONAL_ASSEMBLY/history")
                .then()
                .statusCode(200)
                .body("version", contains(1, 2))
                .body("current", contains(false, true))
                .body("correctionReason[1]", equalTo("Cộng nhầm phiếu của hai người ứng cử"))
                .body("votes[0]." + e.na.candidate(0), equalTo(700));
    }

    @Test
    void aRetryWithTheSameIdempotencyKeyGetsTheFirstAnswer() {
        Map<String, Object> m = provincialMinutes(e.pa3, 600, 500, 400, 400, 300, 200, 200);
        String key = UUID.randomUUID().toString();
        Header team = Tokens.team(e.pa3);

        String first = given().header(team)
                .contentType(ContentType.JSON)
                .header("Idempotency-Key", key)
                .body(m)
                .post("/api/v1/elections/" + e.id + "/minutes")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        given().header(team)
                .contentType(ContentType.JSON)
                .header("Idempotency-Key", key)
                .body(m)
                .post("/api/v1/elections/" + e.id + "/minutes")
                .then()
                .statusCode(201)
                .header("Idempotent-Replayed", "true")
                .body("id", equalTo(first));
        // the same key from another polling area's team is that caller's own key, not a way into this one's
        // answer: its request runs, and is refused outside its jurisdiction
        given().header(Tokens.team(e.pa1))
                .contentType(ContentType.JSON)
                .header("Idempotency-Key", key)
                .body(m)
                .post("/api/v1/elections/" + e.id + "/minutes")
                .then()
                .statusCode(403)
                .header("Idempotent-Replayed", nullValue());
        // a different request under the caller's own key is refused
        Map<String, Object> other = provincialMinutes(e.pa3, 600, 500, 400, 400, 300, 250, 150);
        given().header(team)
                .contentType(ContentType.JSON)
                .header("Idempotency-Key", key)
                .body(other)
                .post("/api/v1/elections/" + e.id + "/minutes")
                .then()
                .statusCode(422)
                .body("errors[0].code", equalTo("IdempotencyKeyReused"));
        given().header(team)
                .get("/api/v1/elections/" + e.id + "/polling-areas/" + e.pa3 + "/minutes/PROVINCIAL_COUNCIL/history")
                .then()
                .body("version", contains(1));
    }

    @Test
    void aBatchAnswersEachItemOnItsOwn() {
        Map<String, Object> accepted = good(e.pa3);
        accepted.put("totalVoters", 600);
        accepted.put("votersParticipated", 500);
        accepted.put("ballotsIssued", 500);
        accepted.put("ballotsReceived", 500);
        accepted.put("valid", 500);
        accepted.put("invalid", 0);
        accepted.put("ballotsByCount", List.of(500));
        accepted.put(
                "votes",
                Map.of(
                        e.commune2Unit.candidate(0).toString(),
                        300,
                        e.commune2Unit.candidate(1).toString(),
                        200));
        Map<String, Object> broken = good(e.pa1);
        broken.put("invalid", 21);
        Map<String, Object> unknown = good(UUID.randomUUID());

        given().header(Tokens.NEC)
                .contentType(ContentType.JSON)
                .body(Map.of("minutes", List.of(accepted, broken, unknown)))
                .post("/api/v1/elections/" + e.id + "/minutes/batch")
                .then()
                .statusCode(200)
                .body("accepted", equalTo(1))
                .body("rejected", equalTo(2))
                .body("items.status", contains(201, 422, 404))
                .body("items[0].minutes.version", equalTo(1))
                .body("items[1].problem.errors.code", contains("CK-3"))
                .body("items[2].minutes", equalTo(null));
    }

    @Test
    void aCommuneCommitteesBatchRefusesOnlyTheItemsOutsideItsCommune() {
        SmallElection f = SmallElection.define(json);
        Header committee = Tokens.committee(f.commune1);
        given().header(committee)
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "minutes",
                        List.of(
                                f.minutes(f.pa1, f.commune1Unit, 900, 20, List.of(380, 500), 700, 500, 180),
                                f.minutes(f.pa3, f.commune2Unit, 500, 10, List.of(490), 300, 190),
                                f.minutes(f.pa2, f.na, 700, 0, List.of(0, 700), 500, 400, 300, 200))))
                .post("/api/v1/elections/" + f.id + "/minutes/batch")
                .then()
                .statusCode(200)
                .body("accepted", equalTo(2))
                .body("items.status", contains(201, 403, 201))
                .body("items[1].problem.errors[0].code", equalTo("JURISDICTION"))
                .body("items[0].minutes.submittedBy", equalTo(Tokens.subject(committee)))
                .body("items[2].minutes.submittedBy", equalTo(Tokens.subject(committee)));
        // PA3 lies in commune 2: nothing of it was stored
        given().header(Tokens.NEC)
                .get("/api/v1/elections/" + f.id + "/polling-areas/" + f.pa3 + "/minutes/COMMUNE_COUNCIL/history")
                .then()
                .statusCode(404);
    }

    @Test
    void aBoardSubmitsTheMinutesOfItsOwnUnitOnlyAndATeamThoseOfItsOwnPollingArea() {
        SmallElection f = SmallElection.define(json);
        Header naBoard = Tokens.board(f.na.id()); // PA1 votes in this NA unit, and in commune 1's council unit
        Map<String, Object> commune = f.minutes(f.pa1, f.commune1Unit, 900, 20, List.of(380, 500), 700, 500, 180);
        given().header(naBoard)
                .contentType(ContentType.JSON)
                .body(commune)
                .post("/api/v1/elections/" + f.id + "/minutes")
                .then()
                .statusCode(403)
                .contentType("application/problem+json")
                .body("errors[0].code", equalTo("JURISDICTION"));
        given().header(Tokens.team(f.pa2))
                .contentType(ContentType.JSON)
                .body(commune)
                .post("/api/v1/elections/" + f.id + "/minutes")
                .then()
                .statusCode(403);
        given().header(naBoard)
                .contentType(ContentType.JSON)
                .body(f.minutes(f.pa1, f.na, 900, 20, List.of(380, 500), 600, 500, 200, 80))
                .post("/api/v1/elections/" + f.id + "/minutes")
                .then()
                .statusCode(201)
                .body("submittedBy", equalTo(Tokens.subject(naBoard)));
        Header team = Tokens.team(f.pa1);
        given().header(team)
                .contentType(ContentType.JSON)
                .body(commune)
                .post("/api/v1/elections/" + f.id + "/minutes")
                .then()
                .statusCode(201)
                .body("submittedBy", equalTo(Tokens.subject(team)));
    }

    /**
     * D-22: a team acts in its polling area only, so its token must name one. A team token claiming the whole
     * nation does not fit its role and is refused before anything is read, though the minutes are good.
     */
    @Test
    void aTeamTokenClaimingTheNationIsRefused_D22() {
        SmallElection f = SmallElection.define(json);
        Map<String, Object> commune = f.minutes(f.pa1, f.commune1Unit, 900, 20, List.of(380, 500), 700, 500, 180);
        given().header(Tokens.as(Roles.TEAM, "nation"))
                .contentType(ContentType.JSON)
                .body(commune)
                .post("/api/v1/elections/" + f.id + "/minutes")
                .then()
                .statusCode(403)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("jurisdiction"))
                .body("errors[0].code", equalTo("D-22"));
        // nothing stored: PA1 has no commune council minutes
        given().header(Tokens.NEC)
                .get("/api/v1/elections/" + f.id + "/polling-areas/" + f.pa1 + "/minutes/COMMUNE_COUNCIL/history")
                .then()
                .statusCode(404);
    }

    @Test
    void minutesAcceptedAfterTheDeadlineAreLate_R2() {
        clock.set(OffsetDateTime.parse("2026-03-19T00:00:00+07:00"));
        Map<String, Object> m = provincialMinutes(e.pa2, 800, 700, 600, 500, 400, 300, 300);
        e.submit(m).statusCode(201).body("onTime", equalTo(false)).body("warnings", empty());
    }

    @Test
    void minutesOfAnUnknownElectionAre404() {
        given().header(Tokens.NEC)
                .contentType(ContentType.JSON)
                .body(good(e.pa1))
                .post("/api/v1/elections/" + UUID.randomUUID() + "/minutes")
                .then()
                .statusCode(404)
                .body("type", equalTo("/problems/not-found"));
    }

    @Test
    void aMissingFieldIs422NamingIt() {
        Map<String, Object> m = good(e.pa1);
        m.remove("valid");
        e.submit(m).statusCode(422).body("errors.field", hasItem(containsString("valid")));
    }

    private JsonNode minutesAccepted(UUID area, String body) {
        List<ConsumerRecord<String, String>> seen = TestEvents.readUntil(
                Topics.TALLY_MINUTES,
                Duration.ofSeconds(30),
                records -> records.stream().anyMatch(r -> isAccepted(r, area, body)));
        return seen.stream()
                .filter(r -> isAccepted(r, area, body))
                .findFirst()
                .map(r -> read(r.value()))
                .orElseThrow(() -> new AssertionError("no MinutesAccepted for " + area));
    }

    private boolean isAccepted(ConsumerRecord<String, String> r, UUID area, String body) {
        return area.toString().equals(r.key())
                && MinutesAccepted.TYPE.equals(TestEvents.header(r, "ce_type"))
                && body.equals(read(r.value()).get("body").asText());
    }

    private JsonNode read(String text) {
        try {
            return json.readTree(text);
        } catch (Exception ex) {
            throw new IllegalStateException(ex);
        }
    }
}
