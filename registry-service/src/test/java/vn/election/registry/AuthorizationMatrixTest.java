package vn.election.registry;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import vn.election.kit.security.Roles;
import vn.election.testing.TestTokens;

/**
 * The authorization matrix of the registry (DESIGN.md section 6). Every write route is walked with every
 * role of the suite, in every kind of jurisdiction inside and outside its target, and without a token: no
 * token is 401, a role the route does not allow is 403, an allowed role outside its jurisdiction is 403, an
 * allowed role inside it is neither (the body may still be refused for what it says: 200/201/204/404/409/422
 * are all authorized). Reads of personal data (the voter lists) are walked the same way; the published
 * structure, official candidate lists and the voter self-lookup are public. The tables must list every
 * operation of the service's own OpenAPI document, so a new route cannot escape them.
 *
 * <p>The targets lie in a province P and its commune C; the jurisdictions walked are the nation, P, C,
 * another province Q, the commune council's electoral unit of C, and a polling area A of C.
 */
@QuarkusTest
class AuthorizationMatrixTest {

    /** Every role of DESIGN.md section 6. */
    static final List<String> ROLES = List.of(
            Roles.NEC,
            Roles.COMMITTEE,
            Roles.BOARD,
            Roles.TEAM,
            Roles.AWARDS_OFFICER,
            Roles.AWARDS_APPROVER,
            Roles.PARTNER);

    static final Set<String> NEC = Set.of(Roles.NEC);
    static final Set<String> NEC_COMMITTEE = Set.of(Roles.NEC, Roles.COMMITTEE);
    static final Set<String> LIST_READERS = Set.of(Roles.NEC, Roles.COMMITTEE, Roles.TEAM);
    static final String JSON = "application/json";
    static final String CSV = TestData.CSV;
    static final String COMMUNE_NAME = "Xã Thẩm Quyền";
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
                case NATION -> Set.of("nation");
                case PROVINCE -> Set.of("nation", t.p());
                case COMMUNE_LEVEL -> Set.of("nation", t.c());
                case COMMUNE -> Set.of("nation", t.p(), t.c());
                case AREA -> Set.of("nation", t.p(), t.c(), t.communeUnit(), t.area());
            };
        }
    }

    /**
     * One guarded route: its method and template as the OpenAPI document names them, the roles allowed, the
     * scope, and a concrete request on the targets (the path may make a fresh target for each request).
     */
    record Write(
            String method,
            String template,
            String note,
            Set<String> allowed,
            Scope scope,
            String contentType,
            Function<Targets, String> path,
            Function<Targets, String> body) {
        String name() {
            return method + " " + template + (note == null ? "" : " (" + note + ")");
        }
    }

    /** One public route (no token needed), with a request that succeeds. */
    record Public(String method, String template, Function<Targets, String> path, Function<Targets, String> body) {}

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
            String organization) {
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

    static final List<Write> WRITES = List.of(
            new Write(
                    "POST",
                    "/api/v1/elections",
                    null,
                    NEC,
                    Scope.NATION,
                    JSON,
                    t -> "/api/v1/elections",
                    t -> "{\"name\": \"Bầu cử bổ sung\", \"electionDay\": \"" + TestData.FUTURE_SUNDAY
                            + "\", \"ruleset\": \"2026\", \"bodies\": [\"NATIONAL_ASSEMBLY\"]}"),
            new Write(
                    "POST",
                    "/api/v1/administrative-units",
                    "JSON",
                    NEC,
                    Scope.NATION,
                    JSON,
                    t -> "/api/v1/administrative-units",
                    t -> "{\"code\": \"" + TestData.nextCommuneCode() + "\", \"name\": \"Xã Mới\", \"level\": "
                            + "\"COMMUNE\", \"parentCode\": \"" + t.provinceCode() + "\"}"),
            new Write(
                    "POST",
                    "/api/v1/administrative-units",
                    "CSV",
                    NEC,
                    Scope.NATION,
                    CSV,
                    t -> "/api/v1/administrative-units",
                    t -> "code,name,level,parent_code\n" + t.communeCode() + "," + COMMUNE_NAME + ",COMMUNE,"
                            + t.provinceCode() + "\n"),
            // EU-1: the NA's units are the council's; a People's Council's those of the committee of that level
            new Write(
                    "POST",
                    "/api/v1/elections/{electionId}/electoral-units",
                    "NA",
                    NEC,
                    Scope.PROVINCE,
                    JSON,
                    t -> t.in("/electoral-units"),
                    t -> unit("NATIONAL_ASSEMBLY", 3, t.provinceCode())),
            new Write(
                    "POST",
                    "/api/v1/elections/{electionId}/electoral-units",
                    "provincial council",
                    NEC_COMMITTEE,
                    Scope.PROVINCE,
                    JSON,
                    t -> t.in("/electoral-units"),
                    t -> unit("PROVINCIAL_COUNCIL", 5, t.provinceCode())),
            new Write(
                    "POST",
                    "/api/v1/elections/{electionId}/electoral-units",
                    "commune council",
                    NEC_COMMITTEE,
                    Scope.COMMUNE_LEVEL,
                    JSON,
                    t -> t.in("/electoral-units"),
                    t -> unit("COMMUNE_COUNCIL", 5, t.communeCode())),
            // PA-3: the commune decides its polling areas
            new Write(
                    "POST",
                    "/api/v1/elections/{electionId}/polling-areas",
                    null,
                    NEC_COMMITTEE,
                    Scope.COMMUNE,
                    JSON,
                    t -> t.in("/polling-areas"),
                    t -> TestData.pollingAreaJson(
                            t.communeCode(),
                            7,
                            true,
                            false,
                            List.of(t.nationalUnit(), t.provincialUnit(), t.communeUnitId()))),
            // ORG-1: the council sets up itself and the provinces' committees; the committees what lies below them
            new Write(
                    "POST",
                    "/api/v1/elections/{electionId}/organizations",
                    "council",
                    NEC,
                    Scope.NATION,
                    JSON,
                    t -> t.in("/organizations"),
                    t -> organization("NATIONAL_ELECTION_COUNCIL", "")),
            new Write(
                    "POST",
                    "/api/v1/elections/{electionId}/organizations",
                    "province committee",
                    NEC,
                    Scope.NATION,
                    JSON,
                    t -> t.in("/organizations"),
                    t -> organization(
                            "ELECTION_COMMITTEE", "\"administrativeUnitCode\": \"" + t.provinceCode() + "\", ")),
            new Write(
                    "POST",
                    "/api/v1/elections/{electionId}/organizations",
                    "commune committee",
                    NEC_COMMITTEE,
                    Scope.PROVINCE,
                    JSON,
                    t -> t.in("/organizations"),
                    t -> organization(
                            "ELECTION_COMMITTEE", "\"administrativeUnitCode\": \"" + t.communeCode() + "\", ")),
            new Write(
                    "POST",
                    "/api/v1/elections/{electionId}/organizations",
                    "board",
                    NEC_COMMITTEE,
                    Scope.COMMUNE,
                    JSON,
                    t -> t.in("/organizations"),
                    t -> organization("ELECTION_BOARD", "\"electoralUnitId\": \"" + t.communeUnitId() + "\", ")),
            new Write(
                    "POST",
                    "/api/v1/elections/{electionId}/organizations",
                    "team",
                    NEC_COMMITTEE,
                    Scope.COMMUNE,
                    JSON,
                    t -> t.in("/organizations"),
                    t -> organization("ELECTION_TEAM", "\"pollingAreaId\": \"" + t.areaId() + "\", ")),
            // V-5: the commune draws up its areas' lists; a committee above it, the nation
            new Write(
                    "POST",
                    "/api/v1/elections/{electionId}/polling-areas/{areaId}/voters",
                    null,
                    NEC_COMMITTEE,
                    Scope.AREA,
                    CSV,
                    t -> t.in("/polling-areas/" + t.areaId() + "/voters"),
                    t -> voterCsv(nextCitizenId(), "")),
            new Write(
                    "POST",
                    "/api/v1/elections/{electionId}/voters",
                    null,
                    NEC_COMMITTEE,
                    Scope.PROVINCE,
                    CSV,
                    t -> t.in("/voters?province=" + t.provinceCode()),
                    t -> voterCsv(nextCitizenId(), t.areaId())),
            // a removed voter is gone: each request removes a voter of its own
            new Write(
                    "DELETE",
                    "/api/v1/elections/{electionId}/voters/{citizenId}",
                    null,
                    NEC_COMMITTEE,
                    Scope.AREA,
                    JSON,
                    t -> t.in("/voters/" + listVoter(t.election(), t.areaId())),
                    t -> null),
            new Write(
                    "POST",
                    "/api/v1/elections/{electionId}/voters/{citizenId}/transfer",
                    null,
                    NEC_COMMITTEE,
                    Scope.AREA,
                    JSON,
                    t -> t.in("/voters/" + t.transferable() + "/transfer"),
                    t -> "{\"toPollingAreaId\": \"" + t.otherAreaId() + "\"}"),
            new Write(
                    "POST",
                    "/api/v1/elections/{electionId}/polling-areas/{areaId}/voter-list/finalization",
                    null,
                    NEC_COMMITTEE,
                    Scope.AREA,
                    JSON,
                    t -> t.in("/polling-areas/" + t.areaId() + "/voter-list/finalization"),
                    t -> null),
            // C-7: candidates, lists and withdrawals are the business of the committee of the unit's level
            new Write(
                    "POST",
                    "/api/v1/elections/{electionId}/candidates",
                    null,
                    NEC_COMMITTEE,
                    Scope.COMMUNE_LEVEL,
                    JSON,
                    t -> t.in("/candidates"),
                    t -> dossier(t.communeUnitId(), nextCitizenId())),
            new Write(
                    "POST",
                    "/api/v1/elections/{electionId}/electoral-units/{unitId}/candidate-list",
                    null,
                    NEC_COMMITTEE,
                    Scope.COMMUNE_LEVEL,
                    JSON,
                    t -> t.in("/electoral-units/" + t.communeUnitId() + "/candidate-list"),
                    t -> null),
            new Write(
                    "POST",
                    "/api/v1/elections/{electionId}/candidates/{candidateId}/withdrawal",
                    null,
                    NEC_COMMITTEE,
                    Scope.COMMUNE_LEVEL,
                    JSON,
                    t -> t.in("/candidates/" + t.withdrawing() + "/withdrawal"),
                    t -> "{\"reason\": \"Sức khỏe\"}"));

    /** Reads of voters' personal data (V-5; a team reads its own polling area's list). */
    static final List<Write> PERSONAL_READS = List.of(
            new Write(
                    "GET",
                    "/api/v1/elections/{electionId}/voters",
                    "of A",
                    LIST_READERS,
                    Scope.AREA,
                    JSON,
                    t -> t.in("/voters?pollingAreaId=" + t.areaId()),
                    t -> null),
            new Write(
                    "GET",
                    "/api/v1/elections/{electionId}/voters/{citizenId}",
                    null,
                    LIST_READERS,
                    Scope.AREA,
                    JSON,
                    t -> t.in("/voters/" + t.listed()),
                    t -> null));

    /** Published structure, official candidate lists, the self-lookup: no token needed. */
    static final List<Public> PUBLIC = List.of(
            new Public("GET", "/api/v1/elections/{id}", t -> "/api/v1/elections/" + t.election(), t -> null),
            new Public("GET", "/api/v1/administrative-units", t -> "/api/v1/administrative-units", t -> null),
            new Public(
                    "GET",
                    "/api/v1/administrative-units/{code}",
                    t -> "/api/v1/administrative-units/" + t.communeCode(),
                    t -> null),
            new Public(
                    "GET", "/api/v1/elections/{electionId}/electoral-units", t -> t.in("/electoral-units"), t -> null),
            new Public(
                    "GET",
                    "/api/v1/elections/{electionId}/electoral-units/{unitId}",
                    t -> t.in("/electoral-units/" + t.communeUnitId()),
                    t -> null),
            new Public("GET", "/api/v1/elections/{electionId}/polling-areas", t -> t.in("/polling-areas"), t -> null),
            new Public(
                    "GET",
                    "/api/v1/elections/{electionId}/polling-areas/{areaId}",
                    t -> t.in("/polling-areas/" + t.areaId()),
                    t -> null),
            new Public(
                    "GET",
                    "/api/v1/elections/{electionId}/organizations/{organizationId}",
                    t -> t.in("/organizations/" + t.organization()),
                    t -> null),
            new Public(
                    "GET",
                    "/api/v1/elections/{electionId}/electoral-units/{unitId}/candidate-list",
                    t -> t.in("/electoral-units/" + t.communeUnitId() + "/candidate-list"),
                    t -> null),
            new Public(
                    "GET",
                    "/api/v1/elections/{electionId}/candidate-lists/women",
                    t -> t.in("/candidate-lists/women"),
                    t -> null),
            new Public(
                    "GET",
                    "/api/v1/elections/{electionId}/candidates/{candidateId}",
                    t -> t.in("/candidates/" + t.standing()),
                    t -> null),
            new Public(
                    "POST",
                    "/api/v1/elections/{electionId}/voter-lookup",
                    t -> t.in("/voter-lookup"),
                    t -> "{\"citizenId\": \"" + t.listed() + "\", \"birthDate\": \"" + t.listedBirthDate() + "\"}"));

    @Inject
    ObjectMapper json;

    @Test
    void everyWriteRouteAgainstEveryRoleInsideAndOutsideItsJurisdiction() {
        assertEquals(List.of(), walk(WRITES, targets()));
    }

    @Test
    void personalDataReadsAgainstEveryRoleInsideAndOutsideItsJurisdiction_V5() {
        assertEquals(List.of(), walk(PERSONAL_READS, targets()));
    }

    @Test
    void publicRoutesAnswerWithoutAToken() {
        Targets t = targets();
        List<String> wrong = new ArrayList<>();
        for (Public route : PUBLIC) {
            RequestSpecification request = given().contentType(ContentType.JSON);
            String body = route.body().apply(t);
            if (body != null) {
                request.body(body);
            }
            Response response = request.request(route.method(), route.path().apply(t));
            if (response.statusCode() != 200) {
                wrong.add(route.method() + " " + route.template() + ": " + response.statusCode() + " "
                        + response.asString());
            }
        }
        assertEquals(List.of(), wrong);
    }

    @Test
    void theTablesListEveryOperationOfTheOpenApiDocument() throws Exception {
        JsonNode paths = json.readTree(given().accept(ContentType.JSON)
                        .get("/q/openapi?format=json")
                        .then()
                        .statusCode(200)
                        .extract()
                        .asString())
                .get("paths");
        Set<String> documented = new TreeSet<>();
        paths.fields()
                .forEachRemaining(path -> path.getValue()
                        .fieldNames()
                        .forEachRemaining(method -> documented.add(method.toUpperCase() + " " + path.getKey())));
        Set<String> tabled = new TreeSet<>();
        WRITES.forEach(w -> tabled.add(w.method() + " " + w.template()));
        PERSONAL_READS.forEach(r -> tabled.add(r.method() + " " + r.template()));
        PUBLIC.forEach(p -> tabled.add(p.method() + " " + p.template()));
        assertTrue(
                documented.stream().anyMatch(o -> o.startsWith("DELETE ")),
                "the document lists the writes: " + documented);
        assertEquals(documented, tabled);
    }

    private List<String> walk(List<Write> routes, Targets t) {
        String outside = "admin-unit:" + TestData.province("Tỉnh Khác");
        List<String> wrong = new ArrayList<>();
        for (Write route : routes) {
            check(wrong, route.name() + " without a token", 401, send(route, t, null));
            Set<String> inside = route.scope().inside(t);
            for (String role : ROLES) {
                for (String jurisdiction :
                        Arrays.asList("nation", t.p(), t.c(), outside, t.communeUnit(), t.area(), null)) {
                    String who = route.name() + " as " + role + " of " + jurisdiction;
                    Response response = send(route, t, TestTokens.bearer(role, jurisdiction));
                    if (!route.allowed().contains(role) || jurisdiction == null || !inside.contains(jurisdiction)) {
                        check(wrong, who, 403, response);
                    } else if (response.statusCode() == 401
                            || response.statusCode() == 403
                            || response.statusCode() >= 500) {
                        wrong.add(who + ": authorized, but got " + response.statusCode() + " " + response.asString());
                    }
                }
            }
        }
        return wrong;
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
        String standing = fileCandidate(election, cc);
        fileCandidate(election, cc);
        String withdrawing = fileCandidate(election, cc);
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
                team);
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

    private static String fileCandidate(String election, String unit) {
        return given().header(Tokens.NEC)
                .contentType(ContentType.JSON)
                .body(dossier(unit, nextCitizenId()))
                .post("/api/v1/elections/" + election + "/candidates")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
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
        return "{\"kind\": \"" + kind + "\", \"name\": \"Tổ chức phụ trách bầu cử\", " + place + "\"members\": "
                + "[{\"fullName\": \"Hoàng Văn Minh\", \"role\": \"Trưởng ban\", \"birthDate\": \"1970-02-14\", "
                + "\"workplace\": \"UBND xã\"}]}";
    }

    private static String dossier(String unit, String citizenId) {
        return """
                {"electoralUnitId": "%s", "citizenId": "%s", "fullName": "Lương Thị Mai", "birthDate": "1982-09-01",
                 "gender": "FEMALE", "ethnicity": "Tày", "religion": "Không", "hometown": "Xã Thẩm Quyền",
                 "residence": "Xã Thẩm Quyền", "education": "Đại học", "occupation": "Giáo viên",
                 "workplace": "Trường tiểu học", "partyMember": false, "nomination": "NOMINATED",
                 "biography": "Sinh tại xã."}""".formatted(unit, citizenId);
    }

    private static Response send(Write route, Targets t, String authorization) {
        RequestSpecification request = given().contentType(route.contentType());
        String body = route.body().apply(t);
        if (body != null) {
            request.body(body);
        }
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return request.request(route.method(), route.path().apply(t));
    }

    /** 401 and 403 are problem+json. */
    private static void check(List<String> wrong, String who, int expected, Response response) {
        if (response.statusCode() != expected || !response.contentType().startsWith("application/problem+json")) {
            wrong.add(who + ": expected " + expected + ", got " + response.statusCode() + " " + response.contentType());
        }
    }
}
