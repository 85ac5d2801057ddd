package vn.election.tally.complaint;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.http.Header;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.election.events.Topics;
import vn.election.events.access.Roles;
import vn.election.events.tally.ResultComplaintFiled;
import vn.election.events.tally.ResultComplaintResolved;
import vn.election.tally.SentEvents;
import vn.election.tally.SmallElection;
import vn.election.tally.Tokens;
import vn.election.tally.announcement.AnnouncementTestSupport;
import vn.election.testing.TestClock;

/**
 * Complaints about results (R-2, D-16, D-17) in the 2026 {@link SmallElection}. The NA's results are announced on
 * 20 March 2026, 10:00: a complaint is filed until 25 March (the fifth day after) and refused from 26 March; the
 * council settles it within 30 days of its filing. Commune 2's council results, announced the same day by its
 * committee, are settled by that committee within 20 days.
 */
@QuarkusTest
class ResultComplaintTest {

    static final OffsetDateTime ANNOUNCED = OffsetDateTime.parse("2026-03-20T10:00:00+07:00");
    /** A citizen who came to the committee in person: an official files for them (D-16). */
    static final Header OFFICIAL = Tokens.as(Roles.TEAM, "polling-area:" + java.util.UUID.randomUUID());

    @Inject
    ObjectMapper json;

    @Inject
    TestClock clock;

    @Inject
    EntityManager em;

    SmallElection e;

    @BeforeEach
    void election() {
        clock.set(OffsetDateTime.parse("2026-03-16T10:00:00+07:00"));
        e = SmallElection.define(json);
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void aComplaintBeforeTheUnitsResultsAreAnnouncedIsRefused_D17() {
        AnnouncementTestSupport.certifyNa(e);
        file(OFFICIAL, e.na).statusCode(422).body("errors.code", contains("D-17"));
    }

    @Test
    void aComplaintIsFiledUpToTheFifthDayAfterTheAnnouncementAndRefusedOnTheSixth_R2() {
        announceNa();

        clock.set(OffsetDateTime.parse("2026-03-25T23:59:00+07:00"));
        // filed on 25 March: the council settles it by 25 March + 30 days = 24 April
        file(OFFICIAL, e.na)
                .statusCode(201)
                .body("resolver", equalTo("nation"))
                .body("resolutionDue", equalTo("2026-04-24"))
                .body("complainantName", equalTo("Trần Văn Bình"))
                .body("decision", nullValue());

        clock.set(OffsetDateTime.parse("2026-03-26T00:00:00+07:00"));
        file(OFFICIAL, e.na).statusCode(422).body("errors.code", contains("R-2"));
        assertEquals(1, SentEvents.count(em, Topics.TALLY_ANNOUNCEMENTS, ResultComplaintFiled.TYPE, e.id.toString()));
    }

    @Test
    void aCouncilsComplaintGoesToTheCommitteeOfItsLevelWithin20Days_R2() {
        AnnouncementTestSupport.certifyCommune2(e);
        clock.set(ANNOUNCED);
        AnnouncementTestSupport.announce(e, Tokens.committee(e.commune2), "COMMUNE_COUNCIL", e.commune2)
                .statusCode(201);

        // filed on 20 March: 20 March + 20 days = 9 April
        file(OFFICIAL, e.commune2Unit)
                .statusCode(201)
                .body("resolver", equalTo("admin-unit:" + e.commune2))
                .body("resolutionDue", equalTo("2026-04-09"));
    }

    @Test
    void theCompetentBodyDecidesOnceAndTheDecisionIsPublishedWithoutPersonalData_R2() {
        announceNa();
        clock.set(OffsetDateTime.parse("2026-03-21T09:00:00+07:00"));
        String id = file(Tokens.NEC, e.na).statusCode(201).extract().path("id");

        clock.set(OffsetDateTime.parse("2026-04-01T09:00:00+07:00"));
        decide(Tokens.committee(e.province), id, upheld("ANNULMENT")).statusCode(403);
        decide(Tokens.NEC, id, Map.of("outcome", "DISMISSED", "remedy", "RECOUNT", "reason", "Không có căn cứ"))
                .statusCode(422)
                .body("errors.code", contains("REMEDY"));
        decide(Tokens.NEC, id, upheld("ANNULMENT"))
                .statusCode(200)
                .body("decision.outcome", equalTo("UPHELD"))
                .body("decision.remedy", equalTo("ANNULMENT"))
                .body("decision.decidedBy", equalTo(Tokens.subject(Tokens.NEC)));
        decide(Tokens.NEC, id, upheld("RECOUNT")).statusCode(409);

        given().get("/api/v1/elections/" + e.id + "/complaints/decisions")
                .then()
                .statusCode(200)
                .body("id", contains(id))
                .body("[0].decision.remedy", equalTo("ANNULMENT"))
                .body("[0]", not(hasKey("complainantName")))
                .body("[0]", not(hasKey("complainantContact")));
        given().header(Tokens.NEC)
                .get("/api/v1/elections/" + e.id + "/complaints")
                .then()
                .statusCode(200)
                .body("complainantContact", contains("0912 345 678"));
        assertEquals(
                1, SentEvents.count(em, Topics.TALLY_ANNOUNCEMENTS, ResultComplaintResolved.TYPE, e.id.toString()));
    }

    @Test
    void anOpenComplaintIsOverdueTheDayAfterItsDeadline_R2() {
        announceNa();
        clock.set(OffsetDateTime.parse("2026-03-21T09:00:00+07:00"));
        String id = file(OFFICIAL, e.na).statusCode(201).extract().path("id");

        // filed on 21 March: due by 20 April
        clock.set(OffsetDateTime.parse("2026-04-20T23:59:00+07:00"));
        overdue().body("", empty());
        clock.set(OffsetDateTime.parse("2026-04-21T00:00:00+07:00"));
        overdue().body("id", contains(id)).body("[0].resolutionDue", equalTo("2026-04-20"));

        decide(Tokens.NEC, id, upheld("RECOUNT")).statusCode(200);
        overdue().body("", empty());
    }

    private void announceNa() {
        AnnouncementTestSupport.certifyNa(e);
        clock.set(ANNOUNCED);
        AnnouncementTestSupport.announce(e, Tokens.NEC, "NATIONAL_ASSEMBLY", null)
                .statusCode(201);
    }

    private ValidatableResponse file(Header who, SmallElection.Unit unit) {
        return given().header(who)
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "unitId", unit.id(),
                        "text", "Số phiếu ở khu vực bỏ phiếu số 1 bị ghi sai",
                        "complainantName", "Trần Văn Bình",
                        "complainantContact", "0912 345 678"))
                .post("/api/v1/elections/" + e.id + "/complaints")
                .then();
    }

    private ValidatableResponse decide(Header who, String id, Map<String, Object> decision) {
        return given().header(who)
                .contentType(ContentType.JSON)
                .body(decision)
                .post("/api/v1/elections/" + e.id + "/complaints/" + id + "/decision")
                .then();
    }

    private ValidatableResponse overdue() {
        return given().header(Tokens.NEC)
                .get("/api/v1/elections/" + e.id + "/complaints/overdue")
                .then()
                .statusCode(200);
    }

    private static Map<String, Object> upheld(String remedy) {
        Map<String, Object> d = new HashMap<>();
        d.put("outcome", "UPHELD");
        d.put("remedy", remedy);
        d.put("reason", "Biên bản khu vực bỏ phiếu số 1 ghi sai số phiếu");
        return d;
    }
}
