package vn.election.registry.voter;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import vn.election.registry.TestData;
import vn.election.registry.Tokens;
import vn.election.testing.TestClock;

/**
 * V-9: the voter lists change until 24 hours before voting starts. With election day 2031-05-04 (a Sunday),
 * voting starts at 07:00 Vietnam time that day (ED-2), so the lists close at 07:00 on 2031-05-03.
 */
@QuarkusTest
class VoterListWindowTest {

    /** 24h01m before voting starts at 2031-05-04T07:00+07:00. */
    private static final OffsetDateTime JUST_BEFORE_CLOSE = OffsetDateTime.parse("2031-05-03T06:59:00+07:00");
    /** 23h59m before voting starts. */
    private static final OffsetDateTime JUST_AFTER_CLOSE = OffsetDateTime.parse("2031-05-03T07:01:00+07:00");

    @Inject
    TestClock clock;

    @AfterEach
    void systemClock() {
        clock.reset();
    }

    @Test
    void listsChange24h01mBeforeVotingStarts_V9() {
        TestData.Structure s = TestData.structure2026();
        String area = s.pollingArea(1, true);
        String citizen = VoterListTest.nextId();
        clock.set(JUST_BEFORE_CLOSE);

        VoterListTest.importArea(
                        s, area, "citizen_id,full_name,birth_date\n" + citizen + ",Đến Kịp,1970-01-01\n", false)
                .statusCode(200)
                .body("accepted", equalTo(1));
        given().header(Tokens.NEC)
                .when()
                .delete("/api/v1/elections/" + s.electionId() + "/voters/" + citizen)
                .then()
                .statusCode(204);
    }

    @Test
    void listsAreFrozen23h59mBeforeVotingStarts_V9() {
        TestData.Structure s = TestData.structure2026();
        String area = s.pollingArea(1, true);
        String listed = VoterListTest.nextId();
        VoterListTest.importArea(
                        s, area, "citizen_id,full_name,birth_date\n" + listed + ",Đã Có Tên,1970-01-01\n", false)
                .statusCode(200);
        clock.set(JUST_AFTER_CLOSE);

        VoterListTest.importArea(
                        s,
                        area,
                        "citizen_id,full_name,birth_date\n" + VoterListTest.nextId() + ",Đến Muộn,1970-01-01\n",
                        false)
                .statusCode(409)
                .body("errors[0].field", equalTo("electionId"))
                .body("errors[0].code", equalTo("V-9"))
                .body(
                        "errors[0].message",
                        equalTo("lists change until 2031-05-03T07:00+07:00, 24 hours before " + "voting starts"));
        given().header(Tokens.NEC)
                .when()
                .delete("/api/v1/elections/" + s.electionId() + "/voters/" + listed)
                .then()
                .statusCode(409)
                .body("errors[0].code", equalTo("V-9"));
        given().header(Tokens.NEC)
                .when()
                .get("/api/v1/elections/" + s.electionId() + "/voters/" + listed)
                .then()
                .statusCode(200);
    }
}
