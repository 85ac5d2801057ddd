package vn.election.tally.announcement;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.election.events.Topics;
import vn.election.events.tally.ResultsAnnounced;
import vn.election.tally.SmallElection;
import vn.election.tally.Tokens;
import vn.election.testing.TestClock;
import vn.election.testing.TestEvents;

/**
 * The announcement of results (R-2, D-14, D-15) in the 2026 {@link SmallElection}: election day 15 March 2026, so
 * the NA's and the councils' results are due by 25 March (10 days). The NA unit (2 seats): PA1 900 took part, 20
 * invalid; PA2 700, 0; PA3 500, 10: 2070 valid; candidate 1 has 600 + 500 + 400 = 1500 (72.46 %), candidate 2 has
 * 500 + 400 + 300 = 1200 (57.97 %), both over 1035; candidates 3 and 4 have 600 and 370.
 */
@QuarkusTest
class AnnouncementTest {

    static final OffsetDateTime COUNTED = OffsetDateTime.parse("2026-03-16T10:00:00+07:00");
    static final OffsetDateTime LAST_MINUTE_OF_25_MARCH = OffsetDateTime.parse("2026-03-25T23:59:00+07:00");
    static final OffsetDateTime FIRST_MINUTE_OF_26_MARCH = OffsetDateTime.parse("2026-03-26T00:00:00+07:00");

    @Inject
    ObjectMapper json;

    @Inject
    TestClock clock;

    SmallElection e;

    @BeforeEach
    void election() {
        clock.set(COUNTED);
        e = SmallElection.define(json);
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void theNationalAssemblysResultsAnnouncedOnTheTenthDayAreOnTimeAndListTheElected_R2_D14() {
        AnnouncementTestSupport.certifyNa(e);
        clock.set(LAST_MINUTE_OF_25_MARCH);

        AnnouncementTestSupport.announce(e, Tokens.NEC, "NATIONAL_ASSEMBLY", null)
                .statusCode(201)
                .body("deadline", equalTo("2026-03-25"))
                .body("late", equalTo(false))
                .body("units", contains(e.na.id().toString()))
                .body("elected.fullName", contains("Ứng cử viên 1", "Ứng cử viên 2"))
                .body("elected.votes", contains(1500, 1200))
                .body("elected.percentOfValid", contains(72.46f, 57.97f))
                .body("elected.unitName", contains("Đơn vị bầu cử số 1", "Đơn vị bầu cử số 1"))
                .body("elected.round", contains(1, 1));

        given().get("/api/v1/elections/" + e.id + "/elected?body=NATIONAL_ASSEMBLY")
                .then()
                .statusCode(200)
                .body(
                        "candidateId",
                        contains(e.na.candidate(0).toString(), e.na.candidate(1).toString()));
        given().get("/api/v1/elections/" + e.id + "/announcements")
                .then()
                .statusCode(200)
                .body("body", contains("NATIONAL_ASSEMBLY"));

        JsonNode event = announced();
        assertEquals("2026-03-25", event.get("deadline").asText());
        assertEquals(false, event.get("late").asBoolean());
        assertEquals(2, event.get("elected").size());
        assertEquals(e.na.id().toString(), event.get("units").get(0).asText());
    }

    @Test
    void anAnnouncedUnitRefusesMinutesCorrectionsAndCertification_D14() {
        AnnouncementTestSupport.certifyNa(e);
        AnnouncementTestSupport.announce(e, Tokens.NEC, "NATIONAL_ASSEMBLY", null)
                .statusCode(201);

        Map<String, Object> correction = e.minutes(e.pa1, e.na, 900, 20, List.of(380, 500), 601, 499, 200, 80);
        correction.put("correctionReason", "Ghi nhầm số phiếu");
        e.submit(correction).statusCode(422).body("errors.code", contains("D-14"));
        e.certify(e.na).statusCode(422).body("errors.code", contains("D-14"));
        AnnouncementTestSupport.announce(e, Tokens.NEC, "NATIONAL_ASSEMBLY", null)
                .statusCode(409);
    }

    @Test
    void aBodyWithAUnitNotCertifiedIsNotAnnounced_D14() {
        var na = e.na;
        e.submit(e.minutes(e.pa1, na, 900, 20, List.of(380, 500), 600, 500, 200, 80))
                .statusCode(201);

        AnnouncementTestSupport.announce(e, Tokens.NEC, "NATIONAL_ASSEMBLY", null)
                .statusCode(422)
                .body("errors.code", contains("D-14"))
                .body("errors.field", contains("units[" + na.id() + "]"));
        given().get("/api/v1/elections/" + e.id + "/announcements").then().body("", empty());
    }

    @Test
    void theAnnouncementOnTheEleventhDayIsStillMadeAndMarkedLate_R2_D15() {
        AnnouncementTestSupport.certifyNa(e);
        clock.set(LAST_MINUTE_OF_25_MARCH);
        overdue().body("", empty());

        clock.set(FIRST_MINUTE_OF_26_MARCH);
        // every scope is overdue now: the NA and the three councils (province, commune 1, commune 2)
        overdue()
                .body("", hasSize(4))
                .body("find { it.body == 'NATIONAL_ASSEMBLY' }.deadline", equalTo("2026-03-25"))
                .body("find { it.body == 'NATIONAL_ASSEMBLY' }.unitsNotAnnounced", equalTo(1));

        AnnouncementTestSupport.announce(e, Tokens.NEC, "NATIONAL_ASSEMBLY", null)
                .statusCode(201)
                .body("late", equalTo(true))
                .body("deadline", equalTo("2026-03-25"));
        overdue().body("body", contains("COMMUNE_COUNCIL", "COMMUNE_COUNCIL", "PROVINCIAL_COUNCIL"));
        assertEquals(true, announced().get("late").asBoolean());
    }

    @Test
    void aCouncilsResultsAreAnnouncedByTheCommitteeOfItsOwnAdministrativeUnit_D14() {
        AnnouncementTestSupport.certifyCommune2(e);

        // the NA's results are the council's alone; a commune's council is its own committee's, not the province's
        AnnouncementTestSupport.announce(e, Tokens.committee(e.province), "NATIONAL_ASSEMBLY", null)
                .statusCode(403);
        AnnouncementTestSupport.announce(e, Tokens.committee(e.province), "COMMUNE_COUNCIL", e.commune2)
                .statusCode(403);
        AnnouncementTestSupport.announce(e, Tokens.committee(e.commune1), "COMMUNE_COUNCIL", e.commune2)
                .statusCode(403);
        AnnouncementTestSupport.announce(e, Tokens.committee(e.commune2), "COMMUNE_COUNCIL", null)
                .statusCode(422)
                .body("errors.code", contains("D-14"));

        AnnouncementTestSupport.announce(e, Tokens.committee(e.commune2), "COMMUNE_COUNCIL", e.commune2)
                .statusCode(201)
                .body("administrativeUnitCode", equalTo(e.commune2))
                .body("units", contains(e.commune2Unit.id().toString()))
                .body("elected.votes", contains(300))
                .body("elected.percentOfValid", contains(60.00f));
        // commune 1's council is another scope, not certified
        AnnouncementTestSupport.announce(e, Tokens.committee(e.commune1), "COMMUNE_COUNCIL", e.commune1)
                .statusCode(422)
                .body("errors.code", contains("D-14"));
    }

    /**
     * W-5, D-14: commune 1's council (2 seats) elects only candidate 1 in round 1 (1100 of 1600 valid, 68.75 %) and
     * candidate 2 in its bầu thêm (900 of 1400 valid, 64.29 %): each is listed with the votes of their own round.
     */
    @Test
    void theElectedOfABauThemAreListedWithTheVotesOfTheRoundThatElectedThem_W5_D14() {
        var unit = e.commune1Unit;
        e.submit(e.minutes(e.pa1, unit, 900, 0, List.of(900), 600, 200, 100)).statusCode(201);
        e.submit(e.minutes(e.pa2, unit, 700, 0, List.of(700), 500, 100, 100)).statusCode(201);
        // 1 of 2 elected: the commune's committee opens the bầu thêm for the seat left (W-5, D-8)
        e.openSecondRound(unit);
        Map<String, Object> pa1 = e.minutes(e.pa1, unit, 800, 0, List.of(800), 0, 500, 300);
        Map<String, Object> pa2 = e.minutes(e.pa2, unit, 600, 0, List.of(600), 0, 400, 200);
        for (Map<String, Object> m : List.of(pa1, pa2)) {
            m.put("round", 2);
            @SuppressWarnings("unchecked")
            Map<String, Integer> votes = (Map<String, Integer>) m.get("votes");
            votes.remove(unit.candidate(0).toString());
            e.submit(m).statusCode(201);
        }
        e.certify(unit).statusCode(200);

        AnnouncementTestSupport.announce(e, Tokens.committee(e.commune1), "COMMUNE_COUNCIL", e.commune1)
                .statusCode(201)
                .body(
                        "elected.candidateId",
                        contains(unit.candidate(0).toString(), unit.candidate(1).toString()))
                .body("elected.votes", contains(1100, 900))
                .body("elected.percentOfValid", contains(68.75f, 64.29f))
                .body("elected.round", contains(1, 2));
    }

    private ValidatableResponse overdue() {
        return given().get("/api/v1/elections/" + e.id + "/announcements/overdue")
                .then()
                .statusCode(200);
    }

    private JsonNode announced() {
        String key = e.id.toString();
        List<ConsumerRecord<String, String>> seen = TestEvents.readUntil(
                Topics.TALLY_ANNOUNCEMENTS,
                Duration.ofSeconds(30),
                records -> records.stream().anyMatch(r -> key.equals(r.key())));
        return seen.stream()
                .filter(r -> key.equals(r.key()) && ResultsAnnounced.TYPE.equals(TestEvents.header(r, "ce_type")))
                .findFirst()
                .map(r -> {
                    try {
                        return json.readTree(r.value());
                    } catch (Exception ex) {
                        throw new IllegalStateException(ex);
                    }
                })
                .orElseThrow(() -> new AssertionError("no ResultsAnnounced for election " + key));
    }
}
