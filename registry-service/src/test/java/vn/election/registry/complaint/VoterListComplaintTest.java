package vn.election.registry.complaint;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import vn.election.events.CloudEventHeaders;
import vn.election.events.Topics;
import vn.election.events.access.Roles;
import vn.election.events.registry.ComplaintStepTaken;
import vn.election.events.registry.VoterListFinalized;
import vn.election.registry.TestData;
import vn.election.registry.Tokens;
import vn.election.testing.TestClock;
import vn.election.testing.TestEvents;

/**
 * V-8 on the 2026 calendar: A's list is posted (finalized) on 3 February 2026; a complaint about it is made within
 * 30 days, until 5 March (February 2026 has 28 days), in days on the election's clock (Asia/Ho_Chi_Minh); the
 * commune committee answers within 5 days of the filing, changing the list through its V-9 machinery when it
 * upholds it; then the administrative court.
 */
@QuarkusTest
class VoterListComplaintTest {

    @Inject
    TestClock clock;

    @AfterEach
    void systemClock() {
        clock.reset();
    }

    private ComplaintFixture postedList(String... voters) {
        ComplaintFixture f = ComplaintFixture.of(clock, 5);
        f.listVoters(voters);
        clock.set(ComplaintFixture.POSTING);
        f.post();
        return f;
    }

    @Test
    void aComplaintOnThe30thDayAfterPostingIsTaken_onThe31stRefused_V8() {
        ComplaintFixture f = postedList(ComplaintFixture.nextCitizenId());
        // 23:59 on 5 March in Vietnam is 16:59 UTC: still the 30th day
        clock.set(OffsetDateTime.parse("2026-03-05T23:59:00+07:00"));
        f.fileAboutList(null)
                .statusCode(201)
                .body("filedOn", equalTo("2026-03-05"))
                .body("deadline", equalTo("2026-03-10"))
                .body("state", equalTo("FILED"))
                .body("overdue", equalTo(false))
                .body("steps[0].action", equalTo("FILE"))
                .body("steps[0].actor", equalTo(Tokens.subject(f.communeCommittee())));

        // 00:01 on 6 March in Vietnam is still 5 March in UTC: the 31st day all the same
        clock.set(OffsetDateTime.parse("2026-03-06T00:01:00+07:00"));
        f.fileAboutList(null)
                .statusCode(422)
                .body("errors[0].field", equalTo("pollingAreaId"))
                .body("errors[0].code", equalTo("V-8"))
                .body(
                        "errors[0].message",
                        equalTo("the list was posted on 2026-02-03: complaints about it are made within 30 days, "
                                + "until 2026-03-05; this one on 2026-03-06 is late"));
    }

    @Test
    void aListNotPostedYetTakesNoComplaint_V8() {
        ComplaintFixture f = ComplaintFixture.of(clock, 5);
        f.listVoters(ComplaintFixture.nextCitizenId());
        f.fileAboutList(null).statusCode(409).body("errors[0].code", equalTo("V-8"));
    }

    @Test
    void answeredOnDay5InTime_unansweredOnDay6Overdue_V8_D36() {
        ComplaintFixture f = postedList(ComplaintFixture.nextCitizenId());
        clock.set(OffsetDateTime.parse("2026-02-10T10:00:00+07:00"));
        String inTime = f.fileAboutList(null).statusCode(201).extract().path("id");
        String late = f.fileAboutList(null)
                .statusCode(201)
                .body("deadline", equalTo("2026-02-15"))
                .extract()
                .path("id");

        clock.set(OffsetDateTime.parse("2026-02-15T16:00:00+07:00"));
        overdue(f).body("", empty());
        f.answer(inTime, "{\"outcome\": \"REJECTED\", \"answer\": \"Không có căn cứ\"}")
                .statusCode(200)
                .body("complaint.state", equalTo("RESOLVED_REJECTED"))
                .body("complaint.answeredLate", equalTo(false));

        clock.set(OffsetDateTime.parse("2026-02-16T08:00:00+07:00"));
        overdue(f).body("id", contains(late)).body("[0].overdue", equalTo(true));
        // another province's committee sees none of C's complaints
        String elsewhere = TestData.province("Tỉnh Xa");
        given().header(Tokens.of(Roles.COMMITTEE, "admin-unit:" + elsewhere))
                .queryParam("overdue", true)
                .get(f.in("/complaints"))
                .then()
                .statusCode(200)
                .body("", empty());
        f.answer(late, "{\"outcome\": \"REJECTED\", \"answer\": \"Không có căn cứ\"}")
                .statusCode(200)
                .body("complaint.answeredLate", equalTo(true));
        overdue(f).body("", empty());
    }

    @Test
    void anUpheldComplaintAddsTheVoterAndPublishesTheCountsAgain_V8_V9() {
        String listed = ComplaintFixture.nextCitizenId();
        ComplaintFixture f = postedList(listed);
        String missing = ComplaintFixture.nextCitizenId();
        clock.set(OffsetDateTime.parse("2026-02-20T09:00:00+07:00"));
        String complaint = f.fileAboutList(missing).statusCode(201).extract().path("id");

        f.answer(
                        complaint,
                        "{\"outcome\": \"UPHELD\", \"answer\": \"Thường trú tại thôn 3: bổ sung\", \"listChange\": "
                                + "{\"kind\": \"ADD\", \"voter\": {\"citizenId\": \"" + missing + "\", "
                                + "\"fullName\": \"Đinh Thị Khiếu\", \"birthDate\": \"1990-04-12\"}}}")
                .statusCode(200)
                .body("complaint.state", equalTo("RESOLVED_UPHELD"))
                .body("complaint.listChange", equalTo("ADD"))
                .body("voter.citizenId", equalTo(missing))
                .body("voter.pollingAreaId", equalTo(f.area))
                .body("voter.underComplaint", equalTo(false));

        // the list now holds 2 voters, published again as the other changes of a finalized list are
        List<ConsumerRecord<String, String>> records = TestEvents.readUntil(
                Topics.REGISTRY_STRUCTURE, Duration.ofSeconds(60), seen -> countOfTwo(seen, f.area));
        assertTrue(countOfTwo(records, f.area), "VoterListFinalized of " + f.area + " with 2 voters");
        List<ConsumerRecord<String, String>> steps = TestEvents.readUntil(
                Topics.REGISTRY_COMPLAINTS, Duration.ofSeconds(60), seen -> stepsOf(seen, complaint) == 2);
        assertTrue(stepsOf(steps, complaint) == 2, "FILE and UPHOLD of " + complaint);
        assertTrue(
                steps.stream()
                        .noneMatch(r -> r.value().contains(missing) || r.value().contains("001085009999")),
                "no personal data in the complaints' events");
    }

    @Test
    void anUpheldComplaintRemovesOrCorrectsAVoterOfThatListOnly_V8() {
        String wrong = ComplaintFixture.nextCitizenId();
        String misspelt = ComplaintFixture.nextCitizenId();
        ComplaintFixture f = postedList(wrong, misspelt);
        clock.set(OffsetDateTime.parse("2026-02-20T09:00:00+07:00"));

        String removal = f.fileAboutList(wrong).statusCode(201).extract().path("id");
        f.answer(
                        removal,
                        "{\"outcome\": \"UPHELD\", \"answer\": \"Đã chuyển đi\", \"listChange\": "
                                + "{\"kind\": \"REMOVE\", \"citizenId\": \"" + wrong + "\"}}")
                .statusCode(200)
                .body("complaint.listChange", equalTo("REMOVE"));
        given().header(Tokens.NEC).get(f.in("/voters/" + wrong)).then().statusCode(404);

        String correction = f.fileAboutList(misspelt).statusCode(201).extract().path("id");
        // an answer changing another voter than the one complained about is refused, and changes nothing
        f.answer(
                        correction,
                        "{\"outcome\": \"UPHELD\", \"answer\": \"Sửa\", \"listChange\": {\"kind\": \"CORRECT\", "
                                + "\"voter\": {\"citizenId\": \"" + wrong + "\", \"fullName\": \"Ai Đó\", "
                                + "\"birthDate\": \"1970-01-01\"}}}")
                .statusCode(422)
                .body("errors[0].code", equalTo("V-8"));
        // a correction is checked as a row of the list: under 18 on election day (born after 15 March 2008)
        f.answer(
                        correction,
                        "{\"outcome\": \"UPHELD\", \"answer\": \"Sửa\", \"listChange\": {\"kind\": \"CORRECT\", "
                                + "\"voter\": {\"citizenId\": \"" + misspelt + "\", \"fullName\": \"Nguyễn Văn Cừ\", "
                                + "\"birthDate\": \"2008-03-16\"}}}")
                .statusCode(422)
                .body("errors[0].field", equalTo("birthDate"))
                .body("errors[0].code", equalTo("V-1"));
        f.answer(
                        correction,
                        "{\"outcome\": \"UPHELD\", \"answer\": \"Sửa\", \"listChange\": {\"kind\": \"CORRECT\", "
                                + "\"voter\": {\"citizenId\": \"" + misspelt + "\", \"fullName\": \"Nguyễn Văn Cừ\", "
                                + "\"birthDate\": \"2008-03-15\"}}}")
                .statusCode(200)
                .body("voter.fullName", equalTo("Nguyễn Văn Cừ"))
                .body("voter.birthDate", equalTo("2008-03-15"));
    }

    @Test
    void aVoterUnderAnUnresolvedComplaintIsFlaggedForOfficialsOnly_D37() {
        String voter = ComplaintFixture.nextCitizenId();
        ComplaintFixture f = postedList(voter);
        clock.set(OffsetDateTime.parse("2026-02-20T09:00:00+07:00"));
        String complaint = f.fileAboutList(voter).statusCode(201).extract().path("id");

        given().header(f.communeCommittee())
                .get(f.in("/voters/" + voter))
                .then()
                .statusCode(200)
                .body("underComplaint", equalTo(true));
        given().header(Tokens.of(Roles.TEAM, "polling-area:" + f.area))
                .queryParam("pollingAreaId", f.area)
                .get(f.in("/voters"))
                .then()
                .statusCode(200)
                .body("items[0].underComplaint", equalTo(true));
        // the public lookup answers where to vote, nothing about complaints or complainants
        given().contentType("application/json")
                .body("{\"citizenId\": \"" + voter + "\", \"birthDate\": \"1970-01-01\"}")
                .post(f.in("/voter-lookup"))
                .then()
                .statusCode(200)
                .body("underComplaint", nullValue())
                .body(not(containsString("Khiếu")));
        given().get(f.in("/complaints/" + complaint)).then().statusCode(401);

        f.answer(complaint, "{\"outcome\": \"REJECTED\", \"answer\": \"Không có căn cứ\"}")
                .statusCode(200);
        given().header(f.communeCommittee())
                .get(f.in("/voters/" + voter))
                .then()
                .body("underComplaint", equalTo(false));
    }

    @Test
    void anAnsweredListComplaintGoesToCourtOnce_V8_D36() {
        ComplaintFixture f = postedList(ComplaintFixture.nextCitizenId());
        clock.set(OffsetDateTime.parse("2026-02-20T09:00:00+07:00"));
        String complaint = f.fileAboutList(null).statusCode(201).extract().path("id");
        String appeal = "{\"court\": \"Tòa án nhân dân khu vực 1\", \"appealedOn\": \"2026-02-23\"}";
        given().header(f.communeCommittee())
                .contentType("application/json")
                .body(appeal)
                .post(f.in("/complaints/" + complaint + "/appeal"))
                .then()
                .statusCode(409)
                .body("errors[0].code", equalTo("D-36"));
        f.answer(complaint, "{\"outcome\": \"REJECTED\", \"answer\": \"Không có căn cứ\"}")
                .statusCode(200);
        f.answer(complaint, "{\"outcome\": \"REJECTED\", \"answer\": \"Lần hai\"}")
                .statusCode(409)
                .body("errors[0].code", equalTo("D-36"));

        clock.set(OffsetDateTime.parse("2026-02-24T09:00:00+07:00"));
        given().header(f.communeCommittee())
                .contentType("application/json")
                .body(appeal)
                .post(f.in("/complaints/" + complaint + "/appeal"))
                .then()
                .statusCode(200)
                .body("state", equalTo("APPEALED"))
                .body("court", equalTo("Tòa án nhân dân khu vực 1"))
                .body("appealedOn", equalTo("2026-02-23"));
        given().header(f.communeCommittee())
                .contentType("application/json")
                .body("{\"decision\": \"Bác yêu cầu khởi kiện\", \"decidedOn\": \"2026-02-24\"}")
                .post(f.in("/complaints/" + complaint + "/court-decision"))
                .then()
                .statusCode(200)
                .body("state", equalTo("COURT_DECIDED"))
                .body("courtDecidedOn", equalTo("2026-02-24"))
                .body("steps.action", contains("FILE", "REJECT", "APPEAL", "RECORD_COURT_DECISION"));
    }

    private static ValidatableResponse overdue(ComplaintFixture f) {
        return given().header(f.communeCommittee())
                .queryParam("overdue", true)
                .get(f.in("/complaints"))
                .then()
                .statusCode(200);
    }

    private static boolean countOfTwo(List<ConsumerRecord<String, String>> records, String area) {
        return records.stream()
                .anyMatch(r -> VoterListFinalized.TYPE.equals(TestEvents.header(r, CloudEventHeaders.TYPE))
                        && r.value().contains(area)
                        && r.value().contains("\"NATIONAL_ASSEMBLY\":2"));
    }

    private static long stepsOf(List<ConsumerRecord<String, String>> records, String complaint) {
        return records.stream()
                .filter(r -> ComplaintStepTaken.TYPE.equals(TestEvents.header(r, CloudEventHeaders.TYPE))
                        && r.value().contains(complaint))
                .count();
    }
}
