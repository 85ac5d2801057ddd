package vn.election.tally.minutes;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.election.events.Body;
import vn.election.tally.SmallElection;
import vn.election.tally.Tokens;

/**
 * The denominator of W-1 is the registry's voter list, never a figure the team writes (D-18, D-19, D-20).
 *
 * <p>The unit is commune 2's council (1 seat, 2 candidates), whose only polling area is PA3; the registry's list for
 * PA3 is sent here as 2,000 voters for every body. Over half of 2,000 is 1,001 or more.
 */
@QuarkusTest
class VoterListDenominatorTest {

    private static final Map<Body, Integer> TWO_THOUSAND =
            Map.of(Body.NATIONAL_ASSEMBLY, 2_000, Body.PROVINCIAL_COUNCIL, 2_000, Body.COMMUNE_COUNCIL, 2_000);

    @Inject
    ObjectMapper json;

    /** An election whose PA3 lists 2,000 voters for every body (version 1, replacing the fixture's 600). */
    private SmallElection listing2000AtPa3() {
        SmallElection e = SmallElection.define(json);
        e.sendVoterList(e.pa3, TWO_THOUSAND, 1);
        e.awaitListed(e.commune2Unit, e.pa3, 2_000);
        return e;
    }

    /** PA3's minutes for commune 2's council: all {@code participated} ballots valid, split 60/40-ish. */
    private static Map<String, Object> minutes(SmallElection e, int totalVoters, int participated, int first) {
        Map<String, Object> m =
                e.minutes(e.pa3, e.commune2Unit, participated, 0, List.of(participated), first, participated - first);
        m.put("totalVoters", totalVoters);
        return m;
    }

    @Test
    void minutesThatUnderstateTheListAreRefused_D18() {
        SmallElection e = listing2000AtPa3();

        // the wrong path: 950 of 1,800 would be over half, but the list has 2,000
        e.submit(minutes(e, 1_800, 950, 600))
                .statusCode(422)
                .contentType("application/problem+json")
                .body("errors.code", contains("D-18"))
                .body("errors[0].field", equalTo("totalVoters"))
                .body(
                        "errors[0].message",
                        equalTo("totalVoters 1800 differs from the 2000 voters on the polling area's finalized list "
                                + "for COMMUNE_COUNCIL"));
        given().header(Tokens.NEC)
                .get("/api/v1/elections/" + e.id + "/polling-areas/" + e.pa3 + "/minutes/COMMUNE_COUNCIL/history")
                .then()
                .statusCode(404);
    }

    @Test
    void turnoutOf950Of2000IsNotOverHalf_W1() {
        SmallElection e = listing2000AtPa3();

        e.submit(minutes(e, 2_000, 950, 600)).statusCode(201).body("warnings", contains("CK-10"));

        result(e, e.commune2Unit)
                .body("status", equalTo("NEEDS_REPEAT_ELECTION"))
                .body("rounds[0].reason", startsWith("W-1: 950 of 2000 voters took part (47.50%), not over half"));
    }

    @Test
    void turnoutOfExactlyHalfIsNotOverHalf_W1() {
        SmallElection e = listing2000AtPa3();

        e.submit(minutes(e, 2_000, 1_000, 600)).statusCode(201);

        result(e, e.commune2Unit)
                .body("status", equalTo("NEEDS_REPEAT_ELECTION"))
                .body("rounds[0].reason", startsWith("W-1: 1000 of 2000 voters took part (50.00%), not over half"));
    }

    @Test
    void turnoutOf1001Of2000Counts_W1() {
        SmallElection e = listing2000AtPa3();

        e.submit(minutes(e, 2_000, 1_001, 601)).statusCode(201).body("warnings", empty());

        result(e, e.commune2Unit)
                .body("status", equalTo("VALID"))
                .body("rounds[0].totals.totalVoters", equalTo(2_000))
                .body("rounds[0].totals.votersParticipated", equalTo(1_001));
    }

    @Test
    void aMoveOutAfterFinalizationReplacesTheCountAndALateOlderCountChangesNothing_V9_D20() {
        SmallElection e = listing2000AtPa3();
        Map<Body, Integer> oneLess =
                Map.of(Body.NATIONAL_ASSEMBLY, 1_999, Body.PROVINCIAL_COUNCIL, 1_999, Body.COMMUNE_COUNCIL, 1_999);
        e.sendVoterList(e.pa3, oneLess, 2);
        e.awaitListed(e.commune2Unit, e.pa3, 1_999);

        // version 1 again, delivered late: older than what the tally holds. PA2's list (801) comes after it on the
        // same partition, so once PA2 shows 801 the late count has been read.
        e.sendVoterList(e.pa3, TWO_THOUSAND, 1);
        e.sendVoterList(
                e.pa2, Map.of(Body.NATIONAL_ASSEMBLY, 801, Body.PROVINCIAL_COUNCIL, 801, Body.COMMUNE_COUNCIL, 801), 1);
        e.awaitListed(e.commune1Unit, e.pa2, 801);
        assertEquals(1_999, e.unitView(e.commune2Unit).getInt("pollingAreas.find { it.id == '" + e.pa3 + "' }.voters"));

        e.submit(minutes(e, 2_000, 1_500, 900))
                .statusCode(422)
                .body("errors.code", contains("D-18"))
                .body("errors[0].message", startsWith("totalVoters 2000 differs from the 1999 voters"));
        e.submit(minutes(e, 1_999, 1_500, 900)).statusCode(201);
    }

    @Test
    void eachBodyIsCheckedAgainstItsOwnListsCount_V6_D18() {
        SmallElection e = SmallElection.define(json);
        // one of PA1's 2,000 voters is a temporary resident under 12 months: NA and province only (V-6, 2026)
        e.sendVoterList(
                e.pa1,
                Map.of(Body.NATIONAL_ASSEMBLY, 2_000, Body.PROVINCIAL_COUNCIL, 2_000, Body.COMMUNE_COUNCIL, 1_999),
                1);
        e.awaitListed(e.commune1Unit, e.pa1, 1_999);
        Map<String, Object> commune = e.minutes(e.pa1, e.commune1Unit, 900, 20, List.of(380, 500), 700, 500, 180);
        Map<String, Object> national = e.minutes(e.pa1, e.na, 900, 20, List.of(380, 500), 600, 500, 200, 80);

        commune.put("totalVoters", 2_000);
        e.submit(commune).statusCode(422).body("errors.code", contains("D-18"));
        commune.put("totalVoters", 1_999);
        e.submit(commune).statusCode(201);
        national.put("totalVoters", 2_000);
        e.submit(national).statusCode(201);
    }

    @Test
    void minutesWaitForTheirPollingAreasList_D19() {
        SmallElection e = SmallElection.define(json);
        UUID area = e.pollingAreaWithoutList();
        Map<String, Object> waiting = e.minutes(area, e.commune2Unit, 400, 0, List.of(400), 250, 150);
        waiting.put("totalVoters", 500);
        Map<String, Object> pa3 = e.minutes(e.pa3, e.commune2Unit, 500, 0, List.of(500), 300, 200);

        e.submit(waiting)
                .statusCode(409)
                .contentType("application/problem+json")
                .body("errors.code", contains("D-19"))
                .body("errors[0].field", equalTo("totalVoters"));
        batch(e, waiting, pa3)
                .body("items.status", contains(409, 201))
                .body("items[0].problem.errors.code", contains("D-19"));

        e.sendVoterList(
                area, Map.of(Body.NATIONAL_ASSEMBLY, 500, Body.PROVINCIAL_COUNCIL, 500, Body.COMMUNE_COUNCIL, 500), 1);
        e.awaitListed(e.commune2Unit, area, 500);
        e.submit(waiting).statusCode(201);
    }

    @Test
    void aBatchChecksEachItemAgainstItsOwnList_D18() {
        SmallElection e = SmallElection.define(json);
        Map<String, Object> right = e.minutes(e.pa1, e.commune1Unit, 900, 20, List.of(380, 500), 700, 500, 180);
        Map<String, Object> wrong = e.minutes(e.pa2, e.commune1Unit, 700, 0, List.of(100, 600), 600, 500, 200);
        wrong.put("totalVoters", 1_000); // PA2 lists 800

        batch(e, right, wrong)
                .body("items.status", contains(201, 422))
                .body("items[1].problem.errors.code", contains("D-18"));
    }

    @SafeVarargs
    private static ValidatableResponse batch(SmallElection e, Map<String, Object>... items) {
        return given().header(Tokens.NEC)
                .contentType(ContentType.JSON)
                .body(Map.of("minutes", List.of(items)))
                .post("/api/v1/elections/" + e.id + "/minutes/batch")
                .then()
                .statusCode(200);
    }

    private static ValidatableResponse result(SmallElection e, SmallElection.Unit unit) {
        return given().get("/api/v1/elections/" + e.id + "/results/units/" + unit.id())
                .then()
                .statusCode(200);
    }
}
