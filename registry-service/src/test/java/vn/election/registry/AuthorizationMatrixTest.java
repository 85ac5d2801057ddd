package vn.election.registry;

import static io.restassured.RestAssured.given;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import vn.election.events.access.Roles;
import vn.election.testing.authorization.AuthorizationMatrix;
import vn.election.testing.authorization.Route;

/**
 * The authorization matrix of the registry (the roles and jurisdictions of {@code docs/architecture.md}), walked
 * by {@link AuthorizationMatrix}: every write route with every role of the suite, in every kind of jurisdiction
 * inside and outside its target, and without a token. Reads of personal data (the voter lists) are walked the same
 * way; the published structure, official candidate lists and the voter self-lookup are open to anyone. The tables
 * must list every operation of the service's own OpenAPI document, so a new route cannot escape them.
 *
 * <p>The targets lie in a province P and its commune C; the jurisdictions walked are the nation, P, C, another
 * province Q, the commune council's electoral unit of C, a polling area A of C, and none.
 */
@QuarkusTest
class AuthorizationMatrixTest {

    static final AuthorizationMatrix MATRIX = AuthorizationMatrix.forEveryRoleOf(Roles.class);
    static final Set<String> NEC = Set.of(Roles.NEC);
    static final Set<String> NEC_COMMITTEE = Set.of(Roles.NEC, Roles.COMMITTEE);
    static final Set<String> LIST_READERS = Set.of(Roles.NEC, Roles.COMMITTEE, Roles.TEAM);
    static final String CSV = TestData.CSV;
    static final String COMMUNE_NAME = "Xã Thẩm Quyền";
    private static final String REJECTION = "{\"outcome\": \"REJECTED\", \"answer\": \"Không có căn cứ\"}";
    private static final String COMPLAINANT = "\"complainant\": {\"citizenId\": \"001085009999\", "
            + "\"fullName\": \"Đinh Thị Khiếu\"}, \"grounds\": \"Sai sót\"}";
    private static final AtomicLong CITIZEN_IDS = new AtomicLong(900_000_000_000L);

    /** Which of the walked jurisdictions hold a route's target. */
    enum Scope {
        /** Only the nation (elections, administrative units, the council, the provinces' committees). */
        NATION,
        /** Province P: its committee (exactly, or as the founder of what lies in it) and the nation. */
        PROVINCE,
        /** Exactly commune C's committee and the nation: its council's units, candidates and lists (EU-1, C-7). */
        COMMUNE_LEVEL,
        /** Inside commune C: its committee, P's, the nation (PA-3, its boards and teams). */
        COMMUNE,
        /** Polling area A and everything that holds it: A, its commune unit, C, P, the nation (V-5). */
        AREA;

        Set<String> inside(Targets t) {
            return switch (this) {
                case NATION -> Set.of(AuthorizationMatrix.NATION);
                case PROVINCE -> Set.of(AuthorizationMatrix.NATION, t.p());
                case COMMUNE_LEVEL -> Set.of(AuthorizationMatrix.NATION, t.c());
                case COMMUNE -> Set.of(AuthorizationMatrix.NATION, t.p(), t.c());
                case AREA -> Set.of(AuthorizationMatrix.NATION, t.p(), t.c(), t.communeUnit(), t.area());
            };
        }
    }

    /**
     * What the requests act on, as ids and as jurisdiction claims: P, C, Q are {@code admin-unit:} claims,
     * {@code communeUnit} and {@code area} the claims of C's council unit and of A.
     */
    record Targets(
            String election,
            String provinceCode,
            String communeCode,
            String nationalUnit,
            String provincialUnit,
            String communeUnitId,
            String areaId,
            String otherAreaId,
            String transferable,
            String listed,
            String listedBirthDate,
            String standing,
            String withdrawing,
            String organization,
            String member) {
        String p() {
            return "admin-unit:" + provinceCode;
        }

        String c() {
            return "admin-unit:" + communeCode;
        }

        String communeUnit() {
            return "electoral-unit:" + communeUnitId;
        }

        String area() {
            return "polling-area:" + areaId;
        }

        String in(String path) {
            return "/api/v1/elections/" + election + path;
        }
    }

    static final List<Route<Targets>> WRITES = List.of(
            Route.<Targets>post("/api/v1/elections")
                    .allow(NEC)
                    .inside(Scope.NATION::inside)
                    .path(t -> "/api/v1/elections")
                    .body(t -> "{\"name\": \"Bầu cử bổ sung\", \"electionDay\": \"" + TestData.FUTURE_SUNDAY
                            + "\", \"ruleset\": \"2026\", \"bodies\": [\"NATIONAL_ASSEMBLY\"]}"),
            Route.<Targets>post("/api/v1/administrative-units")
                    .note("JSON")
                    .allow(NEC)
                    .inside(Scope.NATION::inside)
                    .path(t -> "/api/v1/administrative-units")
                    .body(t -> "{\"code\": \"" + TestData.nextCommuneCode() + "\", \"name\": \"Xã Mới\", \"level\": "
                            + "\"COMMUNE\", \"parentCode\": \"" + t.provinceCode() + "\"}"),
            Route.<Targets>post("/api/v1/administrative-units")
                    .note("CSV")
                    .allow(NEC)
                    .inside(Scope.NATION::inside)
                    .contentType(CSV)
                    .path(t -> "/api/v1/administrative-units")
                    .body(t -> "code,name,level,parent_code\n" + t.communeCode() + "," + COMMUNE_NAME + ",COMMUNE,"
                            + t.provinceCode() + "\n"),
            // EU-1: the NA's units are the council's; a People's Council's those of the committee of that level
            Route.<Targets>post("/api/v1/elections/{electionId}/electoral-units")
                    .note("NA")
                    .allow(NEC)
                    .inside(Scope.PROVINCE::inside)
                    .path(t -> t.in("/electoral-units"))
                    .body(t -> unit("NATIONAL_ASSEMBLY", 3, t.provinceCode())),
            Route.<Targets>post("/api/v1/elections/{electionId}/electoral-units")
                    .note("provincial council")
                    .allow(NEC_COMMITTEE)
                    .inside(Scope.PROVINCE::inside)
                    .path(t -> t.in("/electoral-units"))
                    .body(t -> unit("PROVINCIAL_COUNCIL", 5, t.provinceCode())),
            Route.<Targets>post("/api/v1/elections/{electionId}/electoral-units")
                    .note("commune council")
                    .allow(NEC_COMMITTEE)
                    .inside(Scope.COMMUNE_LEVEL::inside)
                    .path(t -> t.in("/electoral-units"))
                    .body(t -> unit("COMMUNE_COUNCIL", 5, t.communeCode())),
            // PA-3: the commune decides its polling areas
            Route.<Targets>post("/api/v1/elections/{electionId}/polling-areas")
                    .allow(NEC_COMMITTEE)
                    .inside(Scope.COMMUNE::inside)
                    .path(t -> t.in("/polling-areas"))
                    .body(t -> TestData.pollingAreaJson(
                            t.communeCode(),
                            7,
                            true,
                            false,
                            List.of(t.nationalUnit(), t.provincialUnit(), t.communeUnitId()))),
            // ORG-1: the council sets up itself and the provinces' committees; the committees what lies below them
            Route.<Targets>post("/api/v1/elections/{electionId}/organizations")
                    .note("council")
                    .allow(NEC)
                    .inside(Scope.NATION::inside)
                    .path(t -> t.in("/organizations"))
                    .body(t -> organization("NATIONAL_ELECTION_COUNCIL", "")),
            Route.<Targets>post("/api/v1/elections/{electionId}/organizations")
                    .note("province committee")
                    .allow(NEC)
                    .inside(Scope.NATION::inside)
                    .path(t -> t.in("/organizations"))
                    .body(t -> organization(
                            "ELECTION_COMMITTEE", "\"administrativeUnitCode\": \"" + t.provinceCode() + "\", ")),
            Route.<Targets>post("/api/v1/elections/{electionId}/organizations")
                    .note("commune committee")
                    .allow(NEC_COMMITTEE)
                    .inside(Scope.PROVINCE::inside)
                    .path(t -> t.in("/organizations"))
                    .body(t -> organization(
                            "ELECTION_COMMITTEE", "\"administrativeUnitCode\": \"" + t.communeCode() + "\", ")),
            Route.<Targets>post("/api/v1/elections/{electionId}/organizations")
                    .note("board")
                    .allow(NEC_COMMITTEE)
                    .inside(Scope.COMMUNE::inside)
                    .path(t -> t.in("/organizations"))
                    .body(t -> organization("ELECTION_BOARD", "\"electoralUnitId\": \"" + t.communeUnitId() + "\", ")),
            Route.<Targets>post("/api/v1/elections/{electionId}/organizations")
                    .note("team")
                    .allow(NEC_COMMITTEE)
                    .inside(Scope.COMMUNE::inside)
                    .path(t -> t.in("/organizations"))
                    .body(t -> organization("ELECTION_TEAM", "\"pollingAreaId\": \"" + t.areaId() + "\", ")),
            // D-33: the founding body changes the members; the team of the second area of C is founded from C
            Route.<Targets>post("/api/v1/elections/{electionId}/organizations/{organizationId}/members")
                    .allow(NEC_COMMITTEE)
                    .inside(Scope.COMMUNE::inside)
                    .path(t -> t.in("/organizations/" + t.organization() + "/members"))
                    .body(t -> member(nextCitizenId())),
            // the first allowed request withdraws the member, the others find none (404): neither 401 nor 403
            Route.<Targets>post(
                            "/api/v1/elections/{electionId}/organizations/{organizationId}/members/{memberId}/withdrawal")
                    .allow(NEC_COMMITTEE)
                    .inside(Scope.COMMUNE::inside)
                    .path(t -> t.in("/organizations/" + t.organization() + "/members/" + t.member() + "/withdrawal"))
                    .body(t -> "{\"reason\": \"Chuyển công tác\"}"),
            Route.<Targets>post(
                            "/api/v1/elections/{electionId}/organizations/{organizationId}/members/{memberId}/replacement")
                    .allow(NEC_COMMITTEE)
                    .inside(Scope.COMMUNE::inside)
                    .path(t -> t.in("/organizations/" + t.organization() + "/members/" + t.member() + "/replacement"))
                    .body(t -> "{\"reason\": \"Chuyển công tác\", \"replacement\": " + member(nextCitizenId()) + "}"),
            // V-5: the commune draws up its areas' lists; a committee above it, the nation
            Route.<Targets>post("/api/v1/elections/{electionId}/polling-areas/{areaId}/voters")
                    .allow(NEC_COMMITTEE)
                    .inside(Scope.AREA::inside)
                    .contentType(CSV)
                    .path(t -> t.in("/polling-areas/" + t.areaId() + "/voters"))
                    .body(t -> voterCsv(nextCitizenId(), "")),
            Route.<Targets>post("/api/v1/elections/{electionId}/voters")
                    .allow(NEC_COMMITTEE)
                    .inside(Scope.PROVINCE::inside)
                    .contentType(CSV)
                    .path(t -> t.in("/voters?province=" + t.provinceCode()))
                    .body(t -> voterCsv(nextCitizenId(), t.areaId())),
            // a removed voter is gone: each request removes a voter of its own
            Route.<Targets>delete("/api/v1/elections/{electionId}/voters/{citizenId}")
                    .allow(NEC_COMMITTEE)
                    .inside(Scope.AREA::inside)
                    .path(t -> t.in("/voters/" + listVoter(t.election(), t.areaId()))),
            Route.<Targets>post("/api/v1/elections/{electionId}/voters/{citizenId}/transfer")
                    .allow(NEC_COMMITTEE)
                    .inside(Scope.AREA::inside)
                    .path(t -> t.in("/voters/" + t.transferable() + "/transfer"))
                    .body(t -> "{\"toPollingAreaId\": \"" + t.otherAreaId() + "\"}"),
            Route.<Targets>post("/api/v1/elections/{electionId}/polling-areas/{areaId}/voter-list/finalization")
                    .allow(NEC_COMMITTEE)
                    .inside(Scope.AREA::inside)
                    .path(t -> t.in("/polling-areas/" + t.areaId() + "/voter-list/finalization")),
            // C-7: candidates, lists and withdrawals are the business of the committee of the unit's level
            Route.<Targets>post("/api/v1/elections/{electionId}/candidates")
                    .allow(NEC_COMMITTEE)
                    .inside(Scope.COMMUNE_LEVEL::inside)
                    .path(t -> t.in("/candidates"))
                    .body(t -> dossier(t.communeUnitId(), t.communeCode(), nextCitizenId())),
            // D-32: a C-5 finding is the council's; a person standing nowhere is a 404 (neither 401 nor 403)
            Route.<Targets>post("/api/v1/elections/{electionId}/level-violations")
                    .allow(NEC)
                    .inside(Scope.NATION::inside)
                    .path(t -> t.in("/level-violations"))
                    .body(t -> "{\"citizenId\": \"" + nextCitizenId() + "\", \"finding\": \"Ứng cử ba cấp\"}"),
            Route.<Targets>post("/api/v1/elections/{electionId}/electoral-units/{unitId}/candidate-list")
                    .allow(NEC_COMMITTEE)
                    .inside(Scope.COMMUNE_LEVEL::inside)
                    .path(t -> t.in("/electoral-units/" + t.communeUnitId() + "/candidate-list")),
            Route.<Targets>post("/api/v1/elections/{electionId}/candidates/{candidateId}/withdrawal")
                    .allow(NEC_COMMITTEE)
                    .inside(Scope.COMMUNE_LEVEL::inside)
                    .path(t -> t.in("/candidates/" + t.withdrawing() + "/withdrawal"))
                    .body(t -> "{\"reason\": \"Sức khỏe\"}"),
            // D-34: a list's complaint is the business of the body that makes the list (V-5), a candidate's of
            // the committee of the unit's level; each answer, appeal and judgment acts on a complaint of its own
            Route.<Targets>post("/api/v1/elections/{electionId}/complaints")
                    .note("voter list")
                    .allow(NEC_COMMITTEE)
                    .inside(Scope.AREA::inside)
                    .path(t -> t.in("/complaints"))
                    .body(AuthorizationMatrixTest::listComplaint),
            Route.<Targets>post("/api/v1/elections/{electionId}/complaints")
                    .note("candidate")
                    .allow(NEC_COMMITTEE)
                    .inside(Scope.COMMUNE_LEVEL::inside)
                    .path(t -> t.in("/complaints"))
                    .body(AuthorizationMatrixTest::candidateComplaint),
            Route.<Targets>post("/api/v1/elections/{electionId}/complaints/{complaintId}/answer")
                    .note("voter list")
                    .allow(NEC_COMMITTEE)
                    .inside(Scope.AREA::inside)
                    .path(t -> t.in("/complaints/" + complaint(t, listComplaint(t)) + "/answer"))
                    .body(t -> REJECTION),
            Route.<Targets>post("/api/v1/elections/{electionId}/complaints/{complaintId}/answer")
                    .note("candidate")
                    .allow(NEC_COMMITTEE)
                    .inside(Scope.COMMUNE_LEVEL::inside)
                    .path(t -> t.in("/complaints/" + complaint(t, candidateComplaint(t)) + "/answer"))
                    .body(t -> REJECTION),
            Route.<Targets>post("/api/v1/elections/{electionId}/complaints/{complaintId}/appeal")
                    .allow(NEC_COMMITTEE)
                    .inside(Scope.AREA::inside)
                    .path(t -> t.in("/complaints/" + answeredListComplaint(t) + "/appeal"))
                    .body(t -> "{\"court\": \"Tòa án nhân dân khu vực 1\", \"appealedOn\": \"" + today() + "\"}"),
            Route.<Targets>post("/api/v1/elections/{electionId}/complaints/{complaintId}/court-decision")
                    .allow(NEC_COMMITTEE)
                    .inside(Scope.AREA::inside)
                    .path(t -> t.in("/complaints/" + appealedListComplaint(t) + "/court-decision"))
                    .body(t -> "{\"decision\": \"Bác yêu cầu\", \"decidedOn\": \"" + today() + "\"}"));

    /** Reads of voters' personal data (V-5; a team reads its own polling area's list). */
    static final List<Route<Targets>> PERSONAL_READS = List.of(
            Route.<Targets>get("/api/v1/elections/{electionId}/voters")
                    .note("of A")
                    .allow(LIST_READERS)
                    .inside(Scope.AREA::inside)
                    .path(t -> t.in("/voters?pollingAreaId=" + t.areaId())),
            Route.<Targets>get("/api/v1/elections/{electionId}/voters/{citizenId}")
                    .allow(LIST_READERS)
                    .inside(Scope.AREA::inside)
                    .path(t -> t.in("/voters/" + t.listed())),
            // complaints hold the complainant's personal data (D-34)
            Route.<Targets>get("/api/v1/elections/{electionId}/complaints")
                    .note("of A")
                    .allow(NEC_COMMITTEE)
                    .inside(Scope.AREA::inside)
                    .path(t -> t.in("/complaints?pollingAreaId=" + t.areaId())),
            Route.<Targets>get("/api/v1/elections/{electionId}/complaints/{complaintId}")
                    .allow(NEC_COMMITTEE)
                    .inside(Scope.AREA::inside)
                    .path(t -> t.in("/complaints/" + complaint(t, listComplaint(t)))));

    /** Published structure, official candidate lists, the self-lookup: no token needed. */
    static final List<Route<Targets>> PUBLIC = List.of(
            Route.<Targets>get("/api/v1/elections/{id}").open().path(t -> "/api/v1/elections/" + t.election()),
            Route.<Targets>get("/api/v1/elections/{electionId}/calendar").open().path(t -> t.in("/calendar")),
            Route.<Targets>get("/api/v1/elections/{electionId}/calendar.ics")
                    .open()
                    .path(t -> t.in("/calendar.ics")),
            Route.<Targets>get("/api/v1/administrative-units").open().path(t -> "/api/v1/administrative-units"),
            Route.<Targets>get("/api/v1/administrative-units/{code}")
                    .open()
                    .path(t -> "/api/v1/administrative-units/" + t.communeCode()),
            Route.<Targets>get("/api/v1/elections/{electionId}/electoral-units")
                    .open()
                    .path(t -> t.in("/electoral-units")),
            Route.<Targets>get("/api/v1/elections/{electionId}/electoral-units/{unitId}")
                    .open()
                    .path(t -> t.in("/electoral-units/" + t.communeUnitId())),
            Route.<Targets>get("/api/v1/elections/{electionId}/polling-areas")
                    .open()
                    .path(t -> t.in("/polling-areas")),
            Route.<Targets>get("/api/v1/elections/{electionId}/polling-areas/{areaId}")
                    .open()
                    .path(t -> t.in("/polling-areas/" + t.areaId())),
            Route.<Targets>get("/api/v1/elections/{electionId}/organizations/{organizationId}")
                    .open()
                    .path(t -> t.in("/organizations/" + t.organization())),
            Route.<Targets>get("/api/v1/elections/{electionId}/organizations/{organizationId}/member-changes")
                    .open()
                    .path(t -> t.in("/organizations/" + t.organization() + "/member-changes")),
            Route.<Targets>get("/api/v1/elections/{electionId}/electoral-units/{unitId}/candidate-list")
                    .open()
                    .path(t -> t.in("/electoral-units/" + t.communeUnitId() + "/candidate-list")),
            Route.<Targets>get("/api/v1/elections/{electionId}/candidate-lists/women")
                    .open()
                    .path(t -> t.in("/candidate-lists/women")),
            Route.<Targets>get("/api/v1/elections/{electionId}/candidates/{candidateId}")
                    .open()
                    .path(t -> t.in("/candidates/" + t.standing())),
            Route.<Targets>post("/api/v1/elections/{electionId}/voter-lookup")
                    .open()
                    .path(t -> t.in("/voter-lookup"))
                    .body(t ->
                            "{\"citizenId\": \"" + t.listed() + "\", \"birthDate\": \"" + t.listedBirthDate() + "\"}"));

    @Test
    void everyWriteRouteAgainstEveryRoleInsideAndOutsideItsJurisdiction() {
        Targets t = targets();
        MATRIX.walk(WRITES, t, claimsAround(t));
    }

    @Test
    void personalDataReadsAgainstEveryRoleInsideAndOutsideItsJurisdiction_V5() {
        Targets t = targets();
        MATRIX.walk(PERSONAL_READS, t, claimsAround(t));
    }

    @Test
    void publicRoutesAnswerAnyoneWithOrWithoutAToken() {
        Targets t = targets();
        // every role with each claim: the fitting ones read, the others are refused (D-22, D-24)
        MATRIX.walk(PUBLIC, t, claimsAround(t));
    }

    @Test
    void theTablesListEveryOperationOfTheOpenApiDocument() {
        AuthorizationMatrix.assertTablesListEveryOperation(List.of(WRITES, PERSONAL_READS, PUBLIC));
    }

    /** The nation, P, C, another province, C's council unit, A, and no claim. */
    private static List<String> claimsAround(Targets t) {
        String outside = "admin-unit:" + TestData.province("Tỉnh Khác");
        return AuthorizationMatrix.andNone(
                AuthorizationMatrix.NATION, t.p(), t.c(), outside, t.communeUnit(), t.area());
    }

    /**
     * A 2026 election over P and C: one unit per body (the commune council's of one seat, so that two
     * candidates make its official list, C-7), polling areas A (remote: a list of a few voters may be
     * finalized, PA-1) and a second one of C, voters on A's list, a published list of three and the team of A.
     */
    private Targets targets() {
        String election = TestData.election2026();
        String province = TestData.province("Tỉnh Thẩm Quyền");
        String commune = TestData.commune(COMMUNE_NAME, province);
        String na = TestData.electoralUnit(election, "NATIONAL_ASSEMBLY", 1, 3, province);
        String pc = TestData.electoralUnit(election, "PROVINCIAL_COUNCIL", 1, 5, province);
        String cc = TestData.electoralUnit(election, "COMMUNE_COUNCIL", 1, 1, commune);
        String area = TestData.pollingArea(election, commune, 1, true, false, List.of(na, pc, cc));
        String other = TestData.pollingArea(election, commune, 2, true, false, List.of(na, pc, cc));
        String transferable = listVoter(election, area);
        String listed = nextCitizenId();
        String birthDate = "1980-06-15";
        given().header(Tokens.NEC)
                .contentType(CSV)
                .body(voterCsv(listed, "").replace("1975-03-09", birthDate))
                .post("/api/v1/elections/" + election + "/polling-areas/" + area + "/voters")
                .then()
                .statusCode(200);
        // A's list is posted: complaints about it may be made (V-8)
        given().header(Tokens.NEC)
                .post("/api/v1/elections/" + election + "/polling-areas/" + area + "/voter-list/finalization")
                .then()
                .statusCode(200);
        String standing = fileCandidate(election, cc, commune);
        fileCandidate(election, cc, commune);
        String withdrawing = fileCandidate(election, cc, commune);
        given().header(Tokens.NEC)
                .post("/api/v1/elections/" + election + "/electoral-units/" + cc + "/candidate-list")
                .then()
                .statusCode(200);
        String team = given().header(Tokens.NEC)
                .contentType(ContentType.JSON)
                .body(organization("ELECTION_TEAM", "\"pollingAreaId\": \"" + other + "\", "))
                .post("/api/v1/elections/" + election + "/organizations")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        String member = given().header(Tokens.NEC)
                .get("/api/v1/elections/" + election + "/organizations/" + team)
                .then()
                .statusCode(200)
                .extract()
                .path("members[0].memberId");
        return new Targets(
                election,
                province,
                commune,
                na,
                pc,
                cc,
                area,
                other,
                transferable,
                listed,
                birthDate,
                standing,
                withdrawing,
                team,
                member);
    }

    /** A voter of its own on {@code area}'s list (a removal needs one per request). */
    private static String listVoter(String election, String area) {
        String citizen = nextCitizenId();
        given().header(Tokens.NEC)
                .contentType(CSV)
                .body(voterCsv(citizen, ""))
                .post("/api/v1/elections/" + election + "/polling-areas/" + area + "/voters")
                .then()
                .statusCode(200);
        return citizen;
    }

    private static String fileCandidate(String election, String unit, String commune) {
        return given().header(Tokens.NEC)
                .contentType(ContentType.JSON)
                .body(dossier(unit, commune, nextCitizenId()))
                .post("/api/v1/elections/" + election + "/candidates")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    /** A complaint about A's list (D-34). */
    private static String listComplaint(Targets t) {
        return "{\"subject\": \"VOTER_LIST\", \"pollingAreaId\": \"" + t.areaId() + "\", " + COMPLAINANT;
    }

    /** A complaint about the standing candidate of C's council unit (D-34). */
    private static String candidateComplaint(Targets t) {
        return "{\"subject\": \"CANDIDATE\", \"candidateId\": \"" + t.standing() + "\", " + COMPLAINANT;
    }

    /** A complaint of its own, filed by the council. */
    private static String complaint(Targets t, String json) {
        return given().header(Tokens.NEC)
                .contentType(ContentType.JSON)
                .body(json)
                .post(t.in("/complaints"))
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    private static String answeredListComplaint(Targets t) {
        String id = complaint(t, listComplaint(t));
        given().header(Tokens.NEC)
                .contentType(ContentType.JSON)
                .body(REJECTION)
                .post(t.in("/complaints/" + id + "/answer"))
                .then()
                .statusCode(200);
        return id;
    }

    private static String appealedListComplaint(Targets t) {
        String id = answeredListComplaint(t);
        given().header(Tokens.NEC)
                .contentType(ContentType.JSON)
                .body("{\"court\": \"Tòa án nhân dân khu vực 1\", \"appealedOn\": \"" + today() + "\"}")
                .post(t.in("/complaints/" + id + "/appeal"))
                .then()
                .statusCode(200);
        return id;
    }

    /** Today on the elections' clock: an appeal and a judgment are not in the future. */
    private static LocalDate today() {
        return LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));
    }

    private static String nextCitizenId() {
        return String.format("%012d", CITIZEN_IDS.getAndIncrement());
    }

    /** A one-voter list; {@code area} fills the polling_area_id column of a province's import. */
    private static String voterCsv(String citizenId, String area) {
        return "citizen_id,full_name,birth_date,category,exclusion" + (area.isEmpty() ? "" : ",polling_area_id") + "\n"
                + citizenId + ",Nguyễn Văn An,1975-03-09,," + (area.isEmpty() ? "" : "," + area) + "\n";
    }

    private static String unit(String body, int seats, String administrativeUnitCode) {
        return "{\"body\": \"" + body + "\", \"number\": 2, \"name\": \"Đơn vị bầu cử số 2\", \"seats\": " + seats
                + ", \"administrativeUnitCode\": \"" + administrativeUnitCode + "\"}";
    }

    private static String organization(String kind, String place) {
        return "{\"kind\": \"" + kind + "\", \"name\": \"Tổ chức phụ trách bầu cử\", " + place + "\"members\": ["
                + member(nextCitizenId()) + "]}";
    }

    private static String member(String citizenId) {
        return "{\"citizenId\": \"" + citizenId + "\", \"fullName\": \"Hoàng Văn Minh\", \"role\": \"Ủy viên\", "
                + "\"birthDate\": \"1970-02-14\", \"workplace\": \"UBND xã\"}";
    }

    /** A commune council candidate who lives in the commune (C-4). */
    private static String dossier(String unit, String commune, String citizenId) {
        return """
                {"electoralUnitId": "%s", "citizenId": "%s", "fullName": "Lương Thị Mai", "birthDate": "1982-09-01",
                 "gender": "FEMALE", "ethnicity": "Tày", "religion": "Không", "hometown": "Xã Thẩm Quyền",
                 "residence": "Xã Thẩm Quyền", "education": "Đại học", "occupation": "Giáo viên",
                 "workplace": "Trường tiểu học", "partyMember": false, "nomination": "NOMINATED",
                 "biography": "Sinh tại xã.", "residenceCode": "%s"}""".formatted(unit, citizenId, commune);
    }
}
