package vn.election.tally;

import static io.restassured.RestAssured.given;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.election.events.access.Roles;
import vn.election.tally.announcement.AnnouncementTestSupport;
import vn.election.testing.authorization.AuthorizationMatrix;
import vn.election.testing.authorization.Route;

/**
 * The authorization matrix of the tally service (the roles and jurisdictions of {@code docs/architecture.md}),
 * walked by {@link AuthorizationMatrix}: every write route with every role of the suite, with every jurisdiction
 * claim around its target (inside it and outside it) and none, and without a token; a batch answers per item. A
 * claim that does not fit the role (D-22, D-24) is refused on every route, reads included.
 * Reads are walked by role: published results and what the public may know are open to anyone; one polling area's
 * minutes and turnout reports are the election organizations'. The tables must list every operation of the
 * service's own OpenAPI document, so that a new route cannot escape them.
 *
 * <p>The targets lie in {@link SmallElection}: PA1 in commune 1 of the province, voting in the NA unit, the
 * provincial council unit and commune 1's council unit; PA3 in commune 2.
 */
@QuarkusTest
class AuthorizationMatrixTest {

    static final AuthorizationMatrix MATRIX = AuthorizationMatrix.forEveryRoleOf(Roles.class);
    /** The election organizations, from the team of a polling area up to the council. */
    static final Set<String> ORGANIZATIONS = Set.of(Roles.TEAM, Roles.BOARD, Roles.COMMITTEE, Roles.NEC);
    /** Certification is the competent committee's, or the council's (W-8); never the board's. */
    static final Set<String> CERTIFIERS = Set.of(Roles.COMMITTEE, Roles.NEC);
    /** Vacancies and by-elections (W-7, D-13): the council, or the committee of the council's own level. */
    static final Set<String> TERM = Set.of(Roles.COMMITTEE, Roles.NEC);
    /** Every role of the suite. */
    static final Set<String> ALL_ROLES = Set.of(
            Roles.NEC,
            Roles.COMMITTEE,
            Roles.BOARD,
            Roles.TEAM,
            Roles.AWARDS_OFFICER,
            Roles.AWARDS_APPROVER,
            Roles.PARTNER);

    static final List<Route<SmallElection>> WRITES = List.of(
            // PA1's NA minutes: its team, the NA unit's board, commune 1's and the province's committees
            Route.<SmallElection>post("/api/v1/elections/{electionId}/minutes")
                    .allow(ORGANIZATIONS)
                    .inside(AuthorizationMatrixTest::naAtPa1)
                    .path(e -> "/api/v1/elections/" + e.id + "/minutes")
                    .body(AuthorizationMatrixTest::naMinutesAtPa1),
            Route.<SmallElection>post("/api/v1/elections/{electionId}/minutes/batch")
                    .allow(ORGANIZATIONS)
                    .inside(AuthorizationMatrixTest::naAtPa1)
                    .path(e -> "/api/v1/elections/" + e.id + "/minutes/batch")
                    .body(e -> Map.of("minutes", List.of(naMinutesAtPa1(e))))
                    .perItem(),
            // turnout is not per body: the board of any unit PA1 votes in is above its team
            Route.<SmallElection>post("/api/v1/elections/{electionId}/polling-areas/{pollingAreaId}/turnout")
                    .allow(ORGANIZATIONS)
                    .inside(e -> Set.of(
                            AuthorizationMatrix.NATION,
                            "polling-area:" + e.pa1,
                            "electoral-unit:" + e.na.id(),
                            "electoral-unit:" + e.provincial.id(),
                            "admin-unit:" + e.commune1,
                            "admin-unit:" + e.province))
                    .path(e -> "/api/v1/elections/" + e.id + "/polling-areas/" + e.pa1 + "/turnout")
                    .body(e -> Map.of("checkpoint", "09:00", "voted", 100)),
            // the NA unit is the province's: its committee certifies it, a commune's does not
            Route.<SmallElection>post("/api/v1/elections/{electionId}/results/units/{unitId}/certification")
                    .allow(CERTIFIERS)
                    .inside(e -> Set.of(
                            AuthorizationMatrix.NATION, "electoral-unit:" + e.na.id(), "admin-unit:" + e.province))
                    .path(e -> "/api/v1/elections/" + e.id + "/results/units/" + e.na.id() + "/certification")
                    .body(e -> Map.of()),
            // D-9: an NA unit's second round and tie are the council's alone, wherever its token says it sits
            Route.<SmallElection>post("/api/v1/elections/{electionId}/results/units/{unitId}/rounds")
                    .allow(Set.of(Roles.NEC))
                    .anywhere()
                    .path(e -> "/api/v1/elections/" + e.id + "/results/units/" + e.na.id() + "/rounds")
                    .body(e -> Map.of("date", "2026-03-29")),
            Route.<SmallElection>post("/api/v1/elections/{electionId}/results/units/{unitId}/tie-decision")
                    .allow(Set.of(Roles.NEC))
                    .anywhere()
                    .path(e -> "/api/v1/elections/" + e.id + "/results/units/" + e.na.id() + "/tie-decision")
                    .body(AuthorizationMatrixTest::tieDecision),
            // D-9: a council unit's are a committee's whose administrative unit is or contains the unit's
            Route.<SmallElection>post("/api/v1/elections/{electionId}/results/units/{unitId}/rounds")
                    .allow(Set.of(Roles.COMMITTEE))
                    .inside(AuthorizationMatrixTest::aboveCommune1Unit)
                    .path(e -> "/api/v1/elections/" + e.id + "/results/units/" + e.commune1Unit.id() + "/rounds")
                    .body(e -> Map.of("date", "2026-03-29")),
            Route.<SmallElection>post("/api/v1/elections/{electionId}/results/units/{unitId}/tie-decision")
                    .allow(Set.of(Roles.COMMITTEE))
                    .inside(AuthorizationMatrixTest::aboveCommune1Unit)
                    .path(e -> "/api/v1/elections/" + e.id + "/results/units/" + e.commune1Unit.id() + "/tie-decision")
                    .body(AuthorizationMatrixTest::tieDecision),
            // W-6: annulment is the council's alone
            Route.<SmallElection>post("/api/v1/elections/{electionId}/annulments")
                    .allow(Set.of(Roles.NEC))
                    .inside(e -> Set.of(
                            AuthorizationMatrix.NATION, "electoral-unit:" + e.na.id(), "admin-unit:" + e.province))
                    .path(e -> "/api/v1/elections/" + e.id + "/annulments")
                    .body(e -> Map.of("unitId", e.na.id(), "reason", "Vi phạm nghiêm trọng")),
            // D-13: a commune council's term is its own committee's (not the province's) or the council's
            Route.<SmallElection>post("/api/v1/elections/{electionId}/vacancies")
                    .allow(TERM)
                    .inside(AuthorizationMatrixTest::commune2Council)
                    .path(e -> "/api/v1/elections/" + e.id + "/vacancies")
                    .body(e -> Map.of(
                            "candidateId", e.commune2Unit.candidate(0), "leftOn", "2026-06-01", "reason", "Từ trần")),
            Route.<SmallElection>post("/api/v1/elections/{electionId}/by-elections")
                    .allow(TERM)
                    .inside(AuthorizationMatrixTest::commune2Council)
                    .path(e -> "/api/v1/elections/" + e.id + "/by-elections")
                    .body(AuthorizationMatrixTest::newCommuneByElection),
            // the NA's results are the council's to announce (D-14)
            Route.<SmallElection>post("/api/v1/elections/{electionId}/announcements")
                    .note("National Assembly")
                    .allow(Set.of(Roles.NEC))
                    .inside(e -> Set.of(AuthorizationMatrix.NATION))
                    .path(e -> "/api/v1/elections/" + e.id + "/announcements")
                    .body(e -> Map.of("body", "NATIONAL_ASSEMBLY")),
            // a commune's council results: its own committee's (not the province's), or the council's (D-14)
            Route.<SmallElection>post("/api/v1/elections/{electionId}/announcements")
                    .note("a commune's council")
                    .allow(CERTIFIERS)
                    .inside(e -> Set.of(AuthorizationMatrix.NATION, "admin-unit:" + e.commune2))
                    .path(e -> "/api/v1/elections/" + e.id + "/announcements")
                    .body(e -> Map.of("body", "COMMUNE_COUNCIL", "administrativeUnitCode", e.commune2)),
            // D-16: any holder of a token files a complaint about results
            Route.<SmallElection>post("/api/v1/elections/{electionId}/complaints")
                    .allow(ALL_ROLES)
                    .anywhere()
                    .path(e -> "/api/v1/elections/" + e.id + "/complaints")
                    .body(e -> Map.of(
                            "unitId", e.na.id(),
                            "text", "Kết quả bị ghi sai",
                            "complainantName", "Trần Văn Bình",
                            "complainantContact", "0912 345 678")),
            // a complaint about the NA's results is the council's to settle
            Route.<SmallElection>post("/api/v1/elections/{electionId}/complaints/{complaintId}/decision")
                    .allow(Set.of(Roles.NEC))
                    .inside(e -> Set.of(AuthorizationMatrix.NATION))
                    .path(e -> "/api/v1/elections/" + e.id + "/complaints/" + AuthorizationMatrixTest.naComplaint
                            + "/decision")
                    .body(e -> Map.of("outcome", "DISMISSED", "reason", "Không có căn cứ")));

    static final List<Route<SmallElection>> READS = List.of(
            Route.<SmallElection>get("/api/v1/elections/{id}").open().path(e -> "/api/v1/elections/" + e.id),
            Route.<SmallElection>get("/api/v1/elections/{id}/units")
                    .open()
                    .path(e -> "/api/v1/elections/" + e.id + "/units"),
            Route.<SmallElection>get("/api/v1/elections/{id}/units/{unitId}")
                    .open()
                    .path(e -> "/api/v1/elections/" + e.id + "/units/" + e.na.id()),
            Route.<SmallElection>get("/api/v1/elections/{electionId}/turnout")
                    .open()
                    .path(e -> "/api/v1/elections/" + e.id + "/turnout"),
            Route.<SmallElection>get("/api/v1/elections/{electionId}/turnout/administrative-units/{code}")
                    .open()
                    .path(e -> "/api/v1/elections/" + e.id + "/turnout/administrative-units/" + e.province),
            Route.<SmallElection>get("/api/v1/elections/{electionId}/turnout/checkpoints")
                    .open()
                    .path(e -> "/api/v1/elections/" + e.id + "/turnout/checkpoints"),
            Route.<SmallElection>get("/api/v1/elections/{electionId}/results/summary")
                    .open()
                    .path(e -> "/api/v1/elections/" + e.id + "/results/summary"),
            Route.<SmallElection>get("/api/v1/elections/{electionId}/results/units/{unitId}")
                    .open()
                    .path(e -> "/api/v1/elections/" + e.id + "/results/units/" + e.na.id()),
            Route.<SmallElection>get("/api/v1/elections/{electionId}/results/units/{unitId}/rounds/{round}")
                    .open()
                    .path(e -> "/api/v1/elections/" + e.id + "/results/units/" + e.na.id() + "/rounds/1"),
            Route.<SmallElection>get("/api/v1/elections/{electionId}/published")
                    .open()
                    .path(e -> "/api/v1/elections/" + e.id + "/published"),
            Route.<SmallElection>get("/api/v1/elections/{electionId}/published/bodies/{body}")
                    .open()
                    .path(e -> "/api/v1/elections/" + e.id + "/published/bodies/NATIONAL_ASSEMBLY"),
            Route.<SmallElection>get("/api/v1/elections/{electionId}/published/administrative-units/{code}")
                    .open()
                    .path(e -> "/api/v1/elections/" + e.id + "/published/administrative-units/" + e.province),
            Route.<SmallElection>get("/api/v1/elections/{electionId}/published/units/{unitId}")
                    .open()
                    .path(e -> "/api/v1/elections/" + e.id + "/published/units/" + e.na.id()),
            Route.<SmallElection>get("/api/v1/elections/{electionId}/published/changes")
                    .open()
                    .path(e -> "/api/v1/elections/" + e.id + "/published/changes"),
            Route.<SmallElection>get("/api/v1/elections/{electionId}/published/stream")
                    .open()
                    .headersOnly()
                    .path(e -> "/api/v1/elections/" + e.id + "/published/stream"),
            Route.<SmallElection>get("/api/v1/elections/{electionId}/exports/nist-err.json")
                    .open()
                    .path(e -> "/api/v1/elections/" + e.id + "/exports/nist-err.json"),
            Route.<SmallElection>get("/api/v1/elections/{electionId}/exports/results.csv")
                    .open()
                    .path(e -> "/api/v1/elections/" + e.id + "/exports/results.csv"),
            Route.<SmallElection>get("/api/v1/elections/{electionId}/annulments")
                    .open()
                    .path(e -> "/api/v1/elections/" + e.id + "/annulments"),
            Route.<SmallElection>get("/api/v1/elections/{electionId}/annulments/{annulmentId}")
                    .open()
                    .path(e -> "/api/v1/elections/" + e.id + "/annulments/" + AuthorizationMatrixTest.annulment),
            Route.<SmallElection>get("/api/v1/elections/{electionId}/vacancies")
                    .open()
                    .path(e -> "/api/v1/elections/" + e.id + "/vacancies"),
            Route.<SmallElection>get("/api/v1/elections/{electionId}/vacancies/{vacancyId}")
                    .open()
                    .path(e -> "/api/v1/elections/" + e.id + "/vacancies/" + AuthorizationMatrixTest.vacancy),
            Route.<SmallElection>get("/api/v1/elections/{electionId}/by-elections")
                    .open()
                    .path(e -> "/api/v1/elections/" + e.id + "/by-elections"),
            Route.<SmallElection>get("/api/v1/elections/{electionId}/by-elections/{byElectionId}")
                    .open()
                    .path(e -> "/api/v1/elections/" + e.id + "/by-elections/" + AuthorizationMatrixTest.byElection),
            Route.<SmallElection>get("/api/v1/elections/{electionId}/polling-areas/{pollingAreaId}/minutes/{body}")
                    .allow(ORGANIZATIONS)
                    .anywhere()
                    .path(e -> "/api/v1/elections/" + e.id + "/polling-areas/" + e.pa1 + "/minutes/NATIONAL_ASSEMBLY"),
            Route.<SmallElection>get(
                            "/api/v1/elections/{electionId}/polling-areas/{pollingAreaId}/minutes/{body}/history")
                    .allow(ORGANIZATIONS)
                    .anywhere()
                    .path(e -> "/api/v1/elections/" + e.id + "/polling-areas/" + e.pa1
                            + "/minutes/NATIONAL_ASSEMBLY/history"),
            Route.<SmallElection>get("/api/v1/elections/{electionId}/polling-areas/{pollingAreaId}/turnout")
                    .allow(ORGANIZATIONS)
                    .anywhere()
                    .path(e -> "/api/v1/elections/" + e.id + "/polling-areas/" + e.pa1 + "/turnout"),
            Route.<SmallElection>get("/api/v1/elections/{electionId}/announcements")
                    .open()
                    .path(e -> "/api/v1/elections/" + e.id + "/announcements"),
            Route.<SmallElection>get("/api/v1/elections/{electionId}/announcements/overdue")
                    .open()
                    .path(e -> "/api/v1/elections/" + e.id + "/announcements/overdue"),
            Route.<SmallElection>get("/api/v1/elections/{electionId}/elected")
                    .open()
                    .path(e -> "/api/v1/elections/" + e.id + "/elected?body=NATIONAL_ASSEMBLY"),
            Route.<SmallElection>get("/api/v1/elections/{electionId}/complaints/decisions")
                    .open()
                    .path(e -> "/api/v1/elections/" + e.id + "/complaints/decisions"),
            // complaints with the complainants' personal data: the committees and the council (D-16)
            Route.<SmallElection>get("/api/v1/elections/{electionId}/complaints")
                    .allow(CERTIFIERS)
                    .anywhere()
                    .path(e -> "/api/v1/elections/" + e.id + "/complaints"),
            Route.<SmallElection>get("/api/v1/elections/{electionId}/complaints/overdue")
                    .allow(CERTIFIERS)
                    .anywhere()
                    .path(e -> "/api/v1/elections/" + e.id + "/complaints/overdue"),
            Route.<SmallElection>get("/api/v1/elections/{electionId}/polling-areas/{pollingAreaId}/turnout/history")
                    .allow(ORGANIZATIONS)
                    .anywhere()
                    .path(e -> "/api/v1/elections/" + e.id + "/polling-areas/" + e.pa1 + "/turnout/history"));

    private static SmallElection e;
    /** What the reads of one annulment, vacancy and by-election find, made with the election. */
    private static String annulment;

    private static String vacancy;
    private static String byElection;
    /** A complaint about the NA's results, announced for it: the target of a decision. */
    private static String naComplaint;

    @Inject
    ObjectMapper json;

    @BeforeEach
    void election() {
        if (e == null) {
            e = SmallElection.define(json);
            term(e);
            AnnouncementTestSupport.certifyNa(e);
            AnnouncementTestSupport.announce(e, Tokens.NEC, "NATIONAL_ASSEMBLY", null)
                    .statusCode(201);
            naComplaint = given().header(Tokens.NEC)
                    .contentType(ContentType.JSON)
                    .body(Map.of(
                            "unitId", e.na.id(),
                            "text", "Kết quả bị ghi sai",
                            "complainantName", "Trần Văn Bình",
                            "complainantContact", "0912 345 678"))
                    .post("/api/v1/elections/" + e.id + "/complaints")
                    .then()
                    .statusCode(201)
                    .extract()
                    .path("id");
        }
    }

    /**
     * Commune 2's council elects candidate 0 and is certified: a deputy whose vacancy the matrix records; commune
     * 1's council is determined and annulled. Each kind of record exists once, for the reads of one.
     */
    private static void term(SmallElection e) {
        e.submit(e.minutes(e.pa3, e.commune2Unit, 500, 0, List.of(500), 300, 200))
                .statusCode(201);
        e.certify(e.commune2Unit).statusCode(200);
        e.submit(e.minutes(e.pa1, e.commune1Unit, 900, 0, List.of(400, 500), 600, 500, 300))
                .statusCode(201);
        e.submit(e.minutes(e.pa2, e.commune1Unit, 700, 0, List.of(400, 300), 500, 400, 100))
                .statusCode(201);
        annulment = asCouncil("/annulments", Map.of("unitId", e.commune1Unit.id(), "reason", "Vi phạm nghiêm trọng"));
        vacancy = asCouncil(
                "/vacancies",
                Map.of("candidateId", e.commune2Unit.candidate(0), "leftOn", "2026-06-01", "reason", "Từ trần"));
        byElection = asCouncil("/by-elections", newCommuneByElection(e));
    }

    private static String asCouncil(String path, Map<String, Object> body) {
        return given().header(Tokens.NEC)
                .contentType(ContentType.JSON)
                .body(body)
                .post("/api/v1/elections/" + e.id + path)
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    private static Set<String> commune2Council(SmallElection e) {
        return Set.of(AuthorizationMatrix.NATION, "admin-unit:" + e.commune2);
    }

    /** W-7: a council of a new administrative unit with 19 of its 30 seats, below two thirds (20). */
    private static Map<String, Object> newCommuneByElection(SmallElection e) {
        return Map.of(
                "body", "COMMUNE_COUNCIL",
                "administrativeUnitCode", e.commune2,
                "ground", "NEW_ADMINISTRATIVE_UNIT",
                "date", "2028-03-15",
                "newAdministrativeUnit", Map.of("seats", 30, "sitting", 19));
    }

    @Test
    void everyWriteRouteAgainstEveryRoleInsideAndOutsideItsJurisdiction() {
        MATRIX.walk(WRITES, e, claimsAround(e));
    }

    @Test
    void everyReadRouteAgainstEveryRole() {
        MATRIX.walk(READS, e, claimsOfEveryKind(e));
    }

    @Test
    void theTablesListEveryOperationOfTheOpenApiDocument() {
        AuthorizationMatrix.assertTablesListEveryOperation(List.of(WRITES, READS));
    }

    /** Every claim around the targets: the nation, places holding them, places beside them, and none. */
    private static List<String> claimsAround(SmallElection e) {
        return AuthorizationMatrix.andNone(
                AuthorizationMatrix.NATION,
                "polling-area:" + e.pa1,
                "polling-area:" + e.pa3,
                "electoral-unit:" + e.na.id(),
                "electoral-unit:" + e.provincial.id(),
                "electoral-unit:" + e.commune2Unit.id(),
                "admin-unit:" + e.province,
                "admin-unit:" + e.commune1,
                "admin-unit:" + e.commune2);
    }

    /** A claim of each kind, and none: each role reads with the claims that fit it (D-22, D-24) and no other. */
    private static List<String> claimsOfEveryKind(SmallElection e) {
        return AuthorizationMatrix.andNone(
                AuthorizationMatrix.NATION,
                "admin-unit:" + e.province,
                "electoral-unit:" + e.na.id(),
                "polling-area:" + e.pa1);
    }

    /** Where PA1's NA minutes lie; the provincial council's board, though PA1 votes in its unit, is not above them. */
    private static Set<String> naAtPa1(SmallElection e) {
        return Set.of(
                AuthorizationMatrix.NATION,
                "polling-area:" + e.pa1,
                "electoral-unit:" + e.na.id(),
                "admin-unit:" + e.commune1,
                "admin-unit:" + e.province);
    }

    /** The council's token with a commune's claim, the province's committee ... hold commune 1's council unit. */
    private static Set<String> aboveCommune1Unit(SmallElection e) {
        return Set.of(AuthorizationMatrix.NATION, "admin-unit:" + e.commune1, "admin-unit:" + e.province);
    }

    private static Map<String, Object> tieDecision(SmallElection e) {
        return Map.of("candidateIds", List.of(e.na.candidate(1)), "reason", "Bốc thăm");
    }

    private static Map<String, Object> naMinutesAtPa1(SmallElection e) {
        return e.minutes(e.pa1, e.na, 900, 20, List.of(380, 500), 600, 500, 200, 80);
    }
}
