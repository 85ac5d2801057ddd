package vn.election.tally.term;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.http.Header;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.election.events.Topics;
import vn.election.events.tally.ByElectionDefined;
import vn.election.events.tally.DeputyVacancyRecorded;
import vn.election.tally.SentEvents;
import vn.election.tally.SmallElection;
import vn.election.tally.Tokens;
import vn.election.testing.TestClock;

/**
 * Vacancies and by-elections during the term (W-7, D-13), on the 2026 election: the term runs from 15 March
 * 2026 to 15 March 2031. "Today" is 1 January 2028.
 */
@QuarkusTest
class TermTest {

    @Inject
    ObjectMapper json;

    @Inject
    TestClock clock;

    @Inject
    EntityManager em;

    @BeforeEach
    void today() {
        clock.set(OffsetDateTime.parse("2028-01-01T09:00:00+07:00"));
    }

    @AfterEach
    void reset() {
        clock.reset();
    }

    /**
     * The NA unit (2 seats) elects candidates 0 and 1 and is certified: 2 of 2 seats sit, none missing, so no
     * by-election (W-7 needs more than 10 %). Candidate 0 leaves: 1 of 2 missing (50 %), so a by-election
     * three years before the term's end is defined, with those figures; exactly two years before is refused.
     */
    @Test
    void anNaByElectionOnceMoreThanATenthOfTheSeatsAreMissing_W7_D13() {
        SmallElection e = SmallElection.define(json);
        var na = e.na;
        e.submit(e.minutes(e.pa1, na, 900, 20, List.of(380, 500), 600, 500, 200, 80))
                .statusCode(201);
        e.submit(e.minutes(e.pa2, na, 700, 0, List.of(0, 700), 500, 400, 300, 200))
                .statusCode(201);
        e.submit(e.minutes(e.pa3, na, 500, 10, List.of(90, 400), 400, 300, 100, 90))
                .statusCode(201);
        e.certify(na).statusCode(200);
        Map<String, Object> byElection = Map.of(
                "body", "NATIONAL_ASSEMBLY", "ground", "VACANCIES", "date", "2028-03-15", "unitIds", List.of(na.id()));

        post(e, Tokens.NEC, "/by-elections", byElection)
                .statusCode(422)
                .body("errors.field", contains("ground"))
                .body("errors.code", contains("W-7"));

        // only the council records an NA deputy's leaving, not the province's committee
        Map<String, Object> vacancy =
                Map.of("candidateId", na.candidate(0), "leftOn", "2027-12-31", "reason", "Thôi làm nhiệm vụ");
        post(e, Tokens.committee(e.province), "/vacancies", vacancy).statusCode(403);
        post(e, Tokens.NEC, "/vacancies", vacancy)
                .statusCode(201)
                .body("unitId", equalTo(na.id().toString()))
                .body("body", equalTo("NATIONAL_ASSEMBLY"));
        post(e, Tokens.NEC, "/vacancies", vacancy).statusCode(409);

        post(e, Tokens.NEC, "/by-elections", byElection)
                .statusCode(201)
                .body("seats", equalTo(2))
                .body("sitting", equalTo(1));
        post(
                        e,
                        Tokens.NEC,
                        "/by-elections",
                        Map.of(
                                "body", "NATIONAL_ASSEMBLY",
                                "ground", "VACANCIES",
                                "date", "2029-03-15",
                                "unitIds", List.of(na.id())))
                .statusCode(422)
                .body("errors.field", contains("date"))
                .body("errors.code", contains("W-7"));
        given().get("/api/v1/elections/" + e.id + "/by-elections")
                .then()
                .statusCode(200)
                .body("date", contains("2028-03-15"));
        given().get("/api/v1/elections/" + e.id + "/vacancies")
                .then()
                .statusCode(200)
                .body("candidateId", contains(na.candidate(0).toString()));
        assertEquals(
                1,
                SentEvents.count(
                        em,
                        Topics.TALLY_RESULTS,
                        DeputyVacancyRecorded.TYPE,
                        na.id().toString()));
        assertEquals(1, SentEvents.count(em, Topics.TALLY_RESULTS, ByElectionDefined.TYPE, e.id.toString()));
    }

    /**
     * D-13: a vacancy is a deputy elected in a certified unit (candidate 2 lost; the commune 1 council unit is
     * not certified), leaving between election day and today.
     */
    @Test
    void aVacancyIsADeputyOfACertifiedUnitLeavingDuringTheTerm_D13() {
        SmallElection e = SmallElection.define(json);
        var unit = e.commune2Unit; // 1 seat: candidate 0 has 300 of 500
        e.submit(e.minutes(e.pa3, unit, 500, 0, List.of(500), 300, 200)).statusCode(201);
        Header committee = Tokens.committee(e.commune2);
        Map<String, Object> leaving =
                Map.of("candidateId", unit.candidate(0), "leftOn", "2027-06-01", "reason", "Từ trần");
        post(e, committee, "/vacancies", leaving).statusCode(422).body("errors.code", contains("D-13"));
        e.certify(unit).statusCode(200);

        post(
                        e,
                        committee,
                        "/vacancies",
                        Map.of("candidateId", unit.candidate(1), "leftOn", "2027-06-01", "reason", "-"))
                .statusCode(422)
                .body("errors.field", contains("candidateId"));
        post(
                        e,
                        committee,
                        "/vacancies",
                        Map.of("candidateId", unit.candidate(0), "leftOn", "2026-03-14", "reason", "-"))
                .statusCode(422)
                .body("errors.field", contains("leftOn"))
                .body("errors.code", contains("D-13"));
        post(
                        e,
                        committee,
                        "/vacancies",
                        Map.of("candidateId", unit.candidate(0), "leftOn", "2028-01-02", "reason", "-"))
                .statusCode(422)
                .body("errors.field", contains("leftOn"));
        // the province's committee is not the committee of the commune council's level
        post(e, Tokens.committee(e.province), "/vacancies", leaving).statusCode(403);
        post(e, committee, "/vacancies", leaving).statusCode(201).body("leftOn", equalTo("2027-06-01"));
    }

    /**
     * A commune council: commune 2's (1 seat) loses its deputy: 1 of 1 missing, more than a third; a by-election
     * on 14 September 2029 leaves 18 months and a day (allowed), on 15 September exactly 18 months (refused). A
     * new commune's council with 19 of 30 seats (under two thirds, 20) may hold one; with 20 it may not.
     */
    @Test
    void aCouncilByElectionWithMoreThan18MonthsLeft_W7_D13() {
        SmallElection e = SmallElection.define(json);
        var unit = e.commune2Unit;
        e.submit(e.minutes(e.pa3, unit, 500, 0, List.of(500), 300, 200)).statusCode(201);
        e.certify(unit).statusCode(200);
        Header committee = Tokens.committee(e.commune2);
        post(
                        e,
                        committee,
                        "/vacancies",
                        Map.of("candidateId", unit.candidate(0), "leftOn", "2027-06-01", "reason", "-"))
                .statusCode(201);

        post(e, committee, "/by-elections", councilByElection(e, "2029-09-15"))
                .statusCode(422)
                .body("errors.field", contains("date"));
        post(e, committee, "/by-elections", councilByElection(e, "2029-09-14"))
                .statusCode(201)
                .body("seats", equalTo(1))
                .body("sitting", equalTo(0));
        post(e, Tokens.committee(e.province), "/by-elections", councilByElection(e, "2029-09-14"))
                .statusCode(403);

        post(e, committee, "/by-elections", newCommune(e, 19)).statusCode(201);
        post(e, committee, "/by-elections", newCommune(e, 20))
                .statusCode(422)
                .body("errors.field", contains("newAdministrativeUnit.sitting"))
                .body("errors.code", contains("W-7"));
    }

    private static Map<String, Object> councilByElection(SmallElection e, String date) {
        return Map.of(
                "body",
                "COMMUNE_COUNCIL",
                "administrativeUnitCode",
                e.commune2,
                "ground",
                "VACANCIES",
                "date",
                date,
                "unitIds",
                List.of(e.commune2Unit.id()));
    }

    private static Map<String, Object> newCommune(SmallElection e, int sitting) {
        return Map.of(
                "body", "COMMUNE_COUNCIL",
                "administrativeUnitCode", e.commune2,
                "ground", "NEW_ADMINISTRATIVE_UNIT",
                "date", "2028-03-15",
                "newAdministrativeUnit", Map.of("seats", 30, "sitting", sitting));
    }

    private static ValidatableResponse post(SmallElection e, Header token, String path, Map<String, Object> body) {
        return given().header(token)
                .contentType(ContentType.JSON)
                .body(body)
                .post("/api/v1/elections/" + e.id + path)
                .then();
    }
}
