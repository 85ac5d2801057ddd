package vn.election.tally.announcement;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.http.Header;
import io.restassured.response.ValidatableResponse;
import java.util.List;
import java.util.Map;
import vn.election.tally.SmallElection;

/**
 * Brings units of a {@link SmallElection} to their certified results and announces them, for the tests of
 * announcements and of complaints. The NA unit (2 seats): PA1 900 took part, 20 invalid; PA2 700, 0; PA3 500, 10:
 * 2070 valid; candidate 1 has 600 + 500 + 400 = 1500 (72.46 %), candidate 2 has 500 + 400 + 300 = 1200 (57.97 %),
 * both over 1035.
 */
public final class AnnouncementTestSupport {

    private AnnouncementTestSupport() {}

    /** Counts the NA unit's three polling areas and has the province's committee certify it. */
    public static void certifyNa(SmallElection e) {
        var na = e.na;
        e.submit(e.minutes(e.pa1, na, 900, 20, List.of(380, 500), 600, 500, 200, 80))
                .statusCode(201);
        e.submit(e.minutes(e.pa2, na, 700, 0, List.of(0, 700), 500, 400, 300, 200))
                .statusCode(201);
        e.submit(e.minutes(e.pa3, na, 500, 10, List.of(90, 400), 400, 300, 100, 90))
                .statusCode(201);
        e.certify(na).statusCode(200);
    }

    /** Counts commune 2's council unit (1 seat, PA3: 500 took part, candidate 1 300 = 60.00 %) and certifies it. */
    public static void certifyCommune2(SmallElection e) {
        e.submit(e.minutes(e.pa3, e.commune2Unit, 500, 0, List.of(500), 300, 200))
                .statusCode(201);
        e.certify(e.commune2Unit).statusCode(200);
    }

    public static ValidatableResponse announce(SmallElection e, Header who, String body, String administrativeUnit) {
        return given().header(who)
                .contentType(ContentType.JSON)
                .body(
                        administrativeUnit == null
                                ? Map.of("body", body)
                                : Map.of("body", body, "administrativeUnitCode", administrativeUnit))
                .post("/api/v1/elections/" + e.id + "/announcements")
                .then();
    }
}
