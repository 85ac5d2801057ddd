package vn.election.tally.minutes;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.election.tally.SmallElection;
import vn.election.tally.Tokens;

/**
 * The complaints section of count minutes (M-3) and its sums in the unit's result (M-5), D-12: optional,
 * absent is "none recorded", and settled + passed to the board ≤ received.
 */
@QuarkusTest
class MinutesComplaintsTest {

    private static final String HOW = "Giải thích cho cử tri về cách gạch tên; cử tri đồng ý";

    @Inject
    ObjectMapper json;

    /**
     * Commune 1's council (PA1, PA2). PA1 records 3 complaints, 2 settled, 1 passed to the board; PA2 records
     * none: the unit sums 1 minutes recording, 3 / 2 / 1. A correction of PA1 to 4 received, 2 settled, 2
     * passed replaces its section: 4 / 2 / 2.
     */
    @Test
    void theComplaintsSectionIsKeptAndSummedIntoTheUnit_M3_M5_D12() {
        SmallElection e = SmallElection.define(json);
        var unit = e.commune1Unit;
        e.submit(withComplaints(e.minutes(e.pa1, unit, 900, 0, List.of(400, 500), 600, 500, 300), 3, 2, 1))
                .statusCode(201)
                .body("complaints.received", equalTo(3))
                .body("complaints.resolved", equalTo(2))
                .body("complaints.forwarded", equalTo(1))
                .body("complaints.resolution", equalTo(HOW));
        e.submit(e.minutes(e.pa2, unit, 700, 0, List.of(400, 300), 500, 400, 100))
                .statusCode(201)
                .body("complaints", nullValue());

        complaints(result(e, unit))
                .body("minutesRecording", equalTo(1))
                .body("received", equalTo(3))
                .body("resolvedByTeams", equalTo(2))
                .body("forwardedToBoard", equalTo(1));
        given().get("/api/v1/elections/" + e.id + "/published/units/" + unit.id())
                .then()
                .statusCode(200)
                .body("totals.complaints.received", equalTo(3))
                .body("rounds[0].totals.complaints.forwardedToBoard", equalTo(1));

        Map<String, Object> correction =
                withComplaints(e.minutes(e.pa1, unit, 900, 0, List.of(400, 500), 600, 500, 300), 4, 2, 2);
        correction.put("round", 1);
        correction.put("correctionReason", "Bỏ sót một khiếu nại");
        e.submit(correction).statusCode(201);
        complaints(result(e, unit))
                .body("minutesRecording", equalTo(1))
                .body("received", equalTo(4))
                .body("resolvedByTeams", equalTo(2))
                .body("forwardedToBoard", equalTo(2));
    }

    /** D-12: 2 settled + 1 passed of 3 received is accepted (the boundary); 2 + 2 of 3 is refused, naming D-12. */
    @Test
    void settledAndPassedAreAtMostTheComplaintsReceived_D12() {
        SmallElection e = SmallElection.define(json);
        var unit = e.commune2Unit;
        e.submit(withComplaints(e.minutes(e.pa3, unit, 500, 0, List.of(500), 300, 200), 3, 2, 2))
                .statusCode(422)
                .body("errors.field", contains("complaints.resolved"))
                .body("errors.code", contains("D-12"));
        e.submit(withComplaints(e.minutes(e.pa3, unit, 500, 0, List.of(500), 300, 200), 3, 2, 1))
                .statusCode(201);
    }

    private static Map<String, Object> withComplaints(
            Map<String, Object> minutes, int received, int resolved, int forwarded) {
        Map<String, Object> section = new HashMap<>();
        section.put("received", received);
        section.put("resolved", resolved);
        section.put("forwarded", forwarded);
        section.put("resolution", HOW);
        minutes.put("complaints", section);
        return minutes;
    }

    private static ValidatableResponse result(SmallElection e, SmallElection.Unit unit) {
        return given().header(Tokens.NEC)
                .get("/api/v1/elections/" + e.id + "/results/units/" + unit.id())
                .then()
                .statusCode(200);
    }

    private static ValidatableResponse complaints(ValidatableResponse result) {
        return result.rootPath("totals.complaints");
    }
}
