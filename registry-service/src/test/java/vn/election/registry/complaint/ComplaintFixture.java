package vn.election.registry.complaint;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.http.Header;
import io.restassured.response.ValidatableResponse;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import vn.election.events.access.Roles;
import vn.election.registry.TestData;
import vn.election.registry.Tokens;
import vn.election.testing.TestClock;

/**
 * The 2026 election on its real calendar (election day Sunday 15 March 2026) over a fresh province P and commune C:
 * its units and a remote polling area A of C (a list of a few voters may be finalized, PA-1) are defined on
 * 1 November 2025, well before any binding date; the caller moves the clock on from there.
 */
final class ComplaintFixture {

    static final String ELECTION_DAY = "2026-03-15";
    /** Early enough for every step of the calendar. */
    static final OffsetDateTime SETUP = OffsetDateTime.parse("2025-11-01T09:00:00+07:00");
    /** V-7: the lists are posted by 3 February 2026. */
    static final OffsetDateTime POSTING = OffsetDateTime.parse("2026-02-03T09:00:00+07:00");

    private static final AtomicLong CITIZEN_IDS = new AtomicLong(7_026_000_000L);

    final String election;
    final String provinceCode;
    final String communeCode;
    final String communeUnit;
    final String area;
    /** One token: its subject is who took each step. */
    private final Header committee;

    private ComplaintFixture(TestClock clock, int communeSeats) {
        clock.set(SETUP);
        election = TestData.election(
                "2026", ELECTION_DAY, List.of("NATIONAL_ASSEMBLY", "PROVINCIAL_COUNCIL", "COMMUNE_COUNCIL"));
        provinceCode = TestData.province("Tỉnh Khiếu Nại");
        communeCode = TestData.commune("Xã Khiếu Nại", provinceCode);
        String na = TestData.electoralUnit(election, "NATIONAL_ASSEMBLY", 1, 3, provinceCode);
        String pc = TestData.electoralUnit(election, "PROVINCIAL_COUNCIL", 1, 5, provinceCode);
        communeUnit = TestData.electoralUnit(election, "COMMUNE_COUNCIL", 1, communeSeats, communeCode);
        area = TestData.pollingArea(election, communeCode, 1, true, false, List.of(na, pc, communeUnit));
        committee = Tokens.of(Roles.COMMITTEE, "admin-unit:" + communeCode);
    }

    static ComplaintFixture of(TestClock clock, int communeSeats) {
        return new ComplaintFixture(clock, communeSeats);
    }

    static String nextCitizenId() {
        return String.format("%012d", CITIZEN_IDS.getAndIncrement());
    }

    /** The commune committee of C: it makes A's list (V-5) and settles its council's candidates (C-7). */
    Header communeCommittee() {
        return committee;
    }

    String in(String path) {
        return "/api/v1/elections/" + election + path;
    }

    /** Voters on A's list, as an import by C's committee. */
    void listVoters(String... citizenIds) {
        StringBuilder csv = new StringBuilder("citizen_id,full_name,birth_date\n");
        for (String citizen : citizenIds) {
            csv.append(citizen).append(",Nguyễn Văn Cử,1970-01-01\n");
        }
        given().header(communeCommittee())
                .contentType(TestData.CSV)
                .body(csv.toString())
                .post(in("/polling-areas/" + area + "/voters"))
                .then()
                .statusCode(200);
    }

    /** Finalizes A's list now: its posting (V-8). */
    void post() {
        given().header(communeCommittee())
                .post(in("/polling-areas/" + area + "/voter-list/finalization"))
                .then()
                .statusCode(200);
    }

    ValidatableResponse fileAboutList(String voterCitizenId) {
        String voter = voterCitizenId == null ? "" : "\"voterCitizenId\": \"" + voterCitizenId + "\", ";
        return file("{\"subject\": \"VOTER_LIST\", \"pollingAreaId\": \"" + area + "\", " + voter + COMPLAINANT
                + "\"grounds\": \"Tôi thường trú tại thôn 3 nhưng không có tên trong danh sách\"}");
    }

    ValidatableResponse fileAboutCandidate(String candidateId) {
        return file("{\"subject\": \"CANDIDATE\", \"candidateId\": \"" + candidateId + "\", " + COMPLAINANT
                + "\"grounds\": \"Người ứng cử kê khai không trung thực\"}");
    }

    ValidatableResponse answer(String complaintId, String json) {
        return given().header(communeCommittee())
                .contentType(ContentType.JSON)
                .body(json)
                .post(in("/complaints/" + complaintId + "/answer"))
                .then();
    }

    private static final String COMPLAINANT =
            "\"complainant\": {\"citizenId\": \"001085009999\", \"fullName\": \"Đinh Thị Khiếu\", "
                    + "\"contact\": \"0912 345 678\"}, ";

    private ValidatableResponse file(String json) {
        return given().header(communeCommittee())
                .contentType(ContentType.JSON)
                .body(json)
                .post(in("/complaints"))
                .then()
                .log()
                .ifValidationFails();
    }
}
