package vn.election.registry.complaint;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import vn.election.events.CloudEventHeaders;
import vn.election.events.Topics;
import vn.election.events.registry.CandidateWithdrawn;
import vn.election.testing.TestClock;
import vn.election.testing.TestEvents;

/**
 * R-3 on the 2026 calendar: complaints about candidates are settled by 5 March 2026, 10 days before election day
 * (15 March); each is answered within 5 days of its filing and by then (D-35). The unit is a commune council unit
 * of 2 seats, whose official list needs 3 candidates (C-7: 1-2 seats, seats + 1).
 */
@QuarkusTest
class CandidateComplaintTest {

    @Inject
    TestClock clock;

    @AfterEach
    void systemClock() {
        clock.reset();
    }

    /** The fixture with the 2-seat unit's official list of three, published on the setup day. */
    private record Unit(ComplaintFixture f, List<String> candidates) {}

    private Unit listOfThree() {
        ComplaintFixture f = ComplaintFixture.of(clock, 2);
        List<String> candidates = List.of(file(f, "Vi Thị Hoa"), file(f, "Nông Văn Dũng"), file(f, "Hà Thị Lan"));
        given().header(f.communeCommittee())
                .post(f.in("/electoral-units/" + f.communeUnit + "/candidate-list"))
                .then()
                .statusCode(200)
                .body("activeCandidates", equalTo(3))
                .body("minimumCandidates", equalTo(3));
        return new Unit(f, candidates);
    }

    @Test
    void anUpheldComplaintStrikesTheCandidateAndTheListFallsBelowC7_R3_C7() {
        Unit u = listOfThree();
        ComplaintFixture f = u.f();
        String struck = u.candidates().get(0);
        clock.set(OffsetDateTime.parse("2026-03-01T09:00:00+07:00"));
        // 1 March + 5 days = 6 March, past the R-3 limit: 5 March
        String complaint = f.fileAboutCandidate(struck)
                .statusCode(201)
                .body("deadline", equalTo("2026-03-05"))
                .extract()
                .path("id");

        clock.set(OffsetDateTime.parse("2026-03-05T20:00:00+07:00"));
        f.answer(complaint, "{\"outcome\": \"UPHELD\", \"answer\": \"Kê khai tài sản không trung thực\"}")
                .statusCode(200)
                .body("complaint.state", equalTo("RESOLVED_UPHELD"))
                .body("candidateList.activeCandidates", equalTo(2))
                .body("candidateList.minimumCandidates", equalTo(3))
                .body("candidateList.belowMinimum", equalTo(true));
        given().get(f.in("/candidates/" + struck))
                .then()
                .statusCode(200)
                .body("withdrawalReason", equalTo("R-3: Kê khai tài sản không trung thực"));

        List<ConsumerRecord<String, String>> records = TestEvents.readUntil(
                Topics.REGISTRY_CANDIDATES, Duration.ofSeconds(60), seen -> withdrawn(seen, struck));
        assertTrue(withdrawn(records, struck), "CandidateWithdrawn of " + struck + " for the tally");
    }

    @Test
    void aComplaintAfterTheLimitIsRefused_andSoIsALateAnswer_R3_D35() {
        Unit u = listOfThree();
        ComplaintFixture f = u.f();
        clock.set(OffsetDateTime.parse("2026-03-04T09:00:00+07:00"));
        String complaint = f.fileAboutCandidate(u.candidates().get(1))
                .statusCode(201)
                .body("deadline", equalTo("2026-03-05"))
                .extract()
                .path("id");

        clock.set(OffsetDateTime.parse("2026-03-06T08:00:00+07:00"));
        f.fileAboutCandidate(u.candidates().get(2))
                .statusCode(422)
                .body("errors[0].field", equalTo("candidateId"))
                .body("errors[0].code", equalTo("R-3"));
        given().header(f.communeCommittee())
                .queryParam("overdue", true)
                .get(f.in("/complaints"))
                .then()
                .statusCode(200)
                .body("id", contains(complaint));
        f.answer(complaint, "{\"outcome\": \"UPHELD\", \"answer\": \"Quá hạn\"}")
                .statusCode(422)
                .body("errors[0].code", equalTo("R-3"));
        given().get(f.in("/electoral-units/" + f.communeUnit + "/candidate-list"))
                .then()
                .body("activeCandidates", equalTo(3));
    }

    @Test
    void aCandidateUnderComplaintIsFlaggedForOfficialsOnly_D37() {
        Unit u = listOfThree();
        ComplaintFixture f = u.f();
        String candidate = u.candidates().get(2);
        clock.set(OffsetDateTime.parse("2026-02-20T09:00:00+07:00"));
        String complaint =
                f.fileAboutCandidate(candidate).statusCode(201).extract().path("id");

        given().header(f.communeCommittee())
                .get(f.in("/candidates/" + candidate))
                .then()
                .statusCode(200)
                .body("underComplaint", equalTo(true));
        given().get(f.in("/candidates/" + candidate)).then().statusCode(200).body("$", not(hasKey("underComplaint")));
        given().get(f.in("/electoral-units/" + f.communeUnit + "/candidate-list"))
                .then()
                .statusCode(200)
                .body("candidates[0]", not(hasKey("underComplaint")));

        // a candidate's complaint has no court step here (D-36)
        f.answer(complaint, "{\"outcome\": \"REJECTED\", \"answer\": \"Không có căn cứ\"}")
                .statusCode(200);
        given().header(f.communeCommittee())
                .contentType(ContentType.JSON)
                .body("{\"court\": \"Tòa án nhân dân khu vực 1\", \"appealedOn\": \"2026-02-20\"}")
                .post(f.in("/complaints/" + complaint + "/appeal"))
                .then()
                .statusCode(409)
                .body("errors[0].code", equalTo("D-36"));
        given().header(f.communeCommittee())
                .get(f.in("/candidates/" + candidate))
                .then()
                .body("underComplaint", equalTo(false));
    }

    private static String file(ComplaintFixture f, String name) {
        return given().header(f.communeCommittee())
                .contentType(ContentType.JSON)
                .body("""
                        {"electoralUnitId": "%s", "citizenId": "%s", "fullName": "%s", "birthDate": "1975-08-19",
                         "gender": "FEMALE", "ethnicity": "Tày", "religion": "Không", "hometown": "Xã Khiếu Nại",
                         "residence": "Xã Khiếu Nại", "education": "Đại học", "occupation": "Giáo viên",
                         "workplace": "Trường tiểu học", "partyMember": false, "nomination": "NOMINATED",
                         "biography": "Sinh tại xã.", "residenceCode": "%s"}""".formatted(f.communeUnit, ComplaintFixture.nextCitizenId(), name, f.communeCode))
                .post(f.in("/candidates"))
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    private static boolean withdrawn(List<ConsumerRecord<String, String>> records, String candidate) {
        return records.stream()
                .anyMatch(r -> CandidateWithdrawn.TYPE.equals(TestEvents.header(r, CloudEventHeaders.TYPE))
                        && r.value().contains(candidate)
                        && r.value().contains("R-3"));
    }
}
