package vn.election.awards;

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
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import vn.election.events.Ruleset;
import vn.election.kit.security.Roles;
import vn.election.testing.TestTokens;

/**
 * The authorization matrix of the awards service (DESIGN.md section 6). Every write route is walked with
 * every role of the suite, inside and outside its jurisdiction, and without a token: no token is 401, a role
 * the route does not allow is 403, an allowed role outside its jurisdiction is 403, an allowed role inside
 * it is neither (the body may still be refused for what it says: 200/201/404/409/422 are all authorized).
 * Awards writes have a place only through a campaign whose issuer is a province's: its province's tokens
 * ({@code admin-unit:<code>}) and the nation's act on it, no other. Reads are walked the same way. The
 * tables must list every operation of the service's own OpenAPI document, so a new route cannot escape.
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

    static final Set<String> OFFICER = Set.of(Roles.AWARDS_OFFICER);
    static final Set<String> APPROVER = Set.of(Roles.AWARDS_APPROVER);
    static final Set<String> AWARDS = Set.of(Roles.AWARDS_OFFICER, Roles.AWARDS_APPROVER);
    static final Set<String> READERS = Set.of(Roles.AWARDS_OFFICER, Roles.AWARDS_APPROVER, Roles.NEC);

    /** Where a route's target lies. */
    enum Scope {
        /** Nowhere: any jurisdiction of an allowed role may act (nominees, their achievements and restrictions). */
        NONE,
        /** In the province of the campaign's issuer (a provincial chairman's campaign). */
        ISSUER_PROVINCE
    }

    /**
     * One write route: its template and method as the OpenAPI document names them, the roles allowed (for a
     * transition of K-9, the role {@code Action} gives it), the scope, and a concrete request on the targets.
     */
    record Write(
            String method,
            String template,
            String note,
            Set<String> allowed,
            Scope scope,
            Function<Targets, String> path,
            Function<Targets, Object> body) {
        String name() {
            return method + " " + template + (note == null ? "" : " (" + note + ")");
        }
    }

    /** One read route; {@code allowed} null is public. */
    record Read(String template, Set<String> allowed, String accept, Function<Targets, String> path) {}

    /** What the requests act on: a campaign of a provincial chairman, with a nomination and a decision. */
    record Targets(
            UUID election,
            String province,
            UUID campaign,
            UUID nominee,
            UUID achievement,
            UUID nomination,
            UUID decision,
            UUID awarded) {}

    static final List<Write> WRITES = List.of(
            new Write(
                    "POST",
                    "/api/v1/campaigns",
                    null,
                    APPROVER,
                    Scope.ISSUER_PROVINCE,
                    t -> "/api/v1/campaigns",
                    t -> Map.of(
                            "electionId",
                            t.election(),
                            "name",
                            "Khen thưởng",
                            "authority",
                            "PROVINCIAL_CHAIRMAN",
                            "issuerName",
                            "Chủ tịch UBND tỉnh",
                            "issuerScope",
                            t.province())),
            new Write(
                    "POST",
                    "/api/v1/nominees",
                    null,
                    OFFICER,
                    Scope.NONE,
                    t -> "/api/v1/nominees",
                    t -> Map.of("electionId", t.election(), "kind", "INDIVIDUAL", "name", "Lý Văn Phúc")),
            new Write(
                    "POST",
                    "/api/v1/nominees/{id}/achievements",
                    null,
                    OFFICER,
                    Scope.NONE,
                    t -> "/api/v1/nominees/" + t.nominee() + "/achievements",
                    t -> Map.of("description", "Hoàn thành tốt nhiệm vụ")),
            new Write(
                    "PUT",
                    "/api/v1/nominees/{id}/restrictions",
                    null,
                    AWARDS,
                    Scope.NONE,
                    t -> "/api/v1/nominees/" + t.nominee() + "/restrictions",
                    t -> Map.of("restrictions", List.of())),
            new Write(
                    "POST",
                    "/api/v1/nominations",
                    null,
                    OFFICER,
                    Scope.ISSUER_PROVINCE,
                    t -> "/api/v1/nominations",
                    t -> Map.of(
                            "campaignId",
                            t.campaign(),
                            "nomineeId",
                            t.nominee(),
                            "achievementId",
                            t.achievement(),
                            "form",
                            "PROVINCIAL_CERTIFICATE_OF_MERIT")),
            new Write(
                    "PUT",
                    "/api/v1/nominations/{id}/dossier",
                    null,
                    OFFICER,
                    Scope.ISSUER_PROVINCE,
                    t -> "/api/v1/nominations/" + t.nomination() + "/dossier",
                    t -> Fixtures.completeDossier()),
            // K-9: the proposing body submits, the bodies that judge the dossier check it
            new Write(
                    "POST",
                    "/api/v1/nominations/{id}/transitions",
                    "SUBMIT",
                    OFFICER,
                    Scope.ISSUER_PROVINCE,
                    t -> "/api/v1/nominations/" + t.nomination() + "/transitions",
                    t -> Map.of("action", "SUBMIT")),
            new Write(
                    "POST",
                    "/api/v1/nominations/{id}/transitions",
                    "CHECK",
                    APPROVER,
                    Scope.ISSUER_PROVINCE,
                    t -> "/api/v1/nominations/" + t.nomination() + "/transitions",
                    t -> Map.of("action", "CHECK")),
            new Write(
                    "POST",
                    "/api/v1/decisions",
                    null,
                    APPROVER,
                    Scope.ISSUER_PROVINCE,
                    t -> "/api/v1/decisions",
                    t -> Map.of(
                            "campaignId",
                            t.campaign(),
                            "nominationIds",
                            List.of(t.nomination()),
                            "signedOn",
                            "2021-06-20",
                            "signedBy",
                            "Chủ tịch UBND tỉnh")),
            new Write(
                    "POST",
                    "/api/v1/decisions/{id}/publication",
                    null,
                    APPROVER,
                    Scope.ISSUER_PROVINCE,
                    t -> "/api/v1/decisions/" + t.decision() + "/publication",
                    t -> Map.of("publishedOn", "2021-06-22")),
            new Write(
                    "POST",
                    "/api/v1/decisions/{id}/conferrals",
                    null,
                    APPROVER,
                    Scope.ISSUER_PROVINCE,
                    t -> "/api/v1/decisions/" + t.decision() + "/conferrals",
                    t -> Map.of("nomineeId", t.awarded(), "conferredOn", "2021-06-25")),
            new Write(
                    "POST",
                    "/api/v1/decisions/{id}/revocations",
                    null,
                    APPROVER,
                    Scope.ISSUER_PROVINCE,
                    t -> "/api/v1/decisions/" + t.decision() + "/revocations",
                    t -> Map.of(
                            "nomineeId",
                            t.awarded(),
                            "ground",
                            "FALSE_INFORMATION_OR_FORGED_PAPERS",
                            "reason",
                            "Giấy tờ giả mạo",
                            "revokedOn",
                            "2021-09-01")),
            // the campaign is checked before the suggestion: an unknown suggestion is 404 inside, 403 outside
            new Write(
                    "POST",
                    "/api/v1/suggestions/{id}/nomination",
                    null,
                    OFFICER,
                    Scope.ISSUER_PROVINCE,
                    t -> "/api/v1/suggestions/" + UUID.randomUUID() + "/nomination",
                    t -> Map.of("campaignId", t.campaign(), "form", "PROVINCIAL_CERTIFICATE_OF_MERIT")));

    static final List<Read> READS = List.of(
            new Read("/api/v1/catalogue/{ruleset}", null, "application/json", t -> "/api/v1/catalogue/2026"),
            new Read("/api/v1/nominations/workflow", null, "application/json", t -> "/api/v1/nominations/workflow"),
            new Read("/api/v1/elections/{id}", null, "application/json", t -> "/api/v1/elections/" + t.election()),
            new Read("/api/v1/campaigns/{id}", READERS, "application/json", t -> "/api/v1/campaigns/" + t.campaign()),
            new Read(
                    "/api/v1/nominees",
                    READERS,
                    "application/json",
                    t -> "/api/v1/nominees?electionId=" + t.election()),
            new Read("/api/v1/nominees/{id}", READERS, "application/json", t -> "/api/v1/nominees/" + t.nominee()),
            new Read(
                    "/api/v1/nominations",
                    READERS,
                    "application/json",
                    t -> "/api/v1/nominations?campaignId=" + t.campaign()),
            new Read(
                    "/api/v1/nominations/{id}",
                    READERS,
                    "application/json",
                    t -> "/api/v1/nominations/" + t.nomination()),
            new Read("/api/v1/decisions/{id}", READERS, "application/json", t -> "/api/v1/decisions/" + t.decision()),
            new Read(
                    "/api/v1/suggestions",
                    READERS,
                    "application/json",
                    t -> "/api/v1/suggestions?electionId=" + t.election()),
            new Read(
                    "/api/v1/reports/campaigns/{id}",
                    READERS,
                    "text/csv",
                    t -> "/api/v1/reports/campaigns/" + t.campaign()),
            new Read(
                    "/api/v1/reports/decisions/{id}",
                    READERS,
                    "text/csv",
                    t -> "/api/v1/reports/decisions/" + t.decision()),
            new Read(
                    "/api/v1/reports/decisions/{id}/certificates/{nomineeId}",
                    READERS,
                    "application/pdf",
                    t -> "/api/v1/reports/decisions/" + t.decision() + "/certificates/" + t.awarded()));

    @Inject
    ObjectMapper json;

    @Test
    void everyWriteRouteAgainstEveryRoleInsideAndOutsideItsJurisdiction() {
        Targets t = targets();
        String inside = "admin-unit:" + t.province();
        String outside = "admin-unit:O" + t.province();
        List<String> wrong = new ArrayList<>();
        for (Write route : WRITES) {
            check(wrong, route.name() + " without a token", 401, send(route, t, null));
            for (String role : ROLES) {
                // nation, the campaign's province, another province, no jurisdiction at all
                for (String jurisdiction : Arrays.asList("nation", inside, outside, null)) {
                    String who = route.name() + " as " + role + " of " + jurisdiction;
                    Response response = send(route, t, TestTokens.bearer(role, jurisdiction));
                    boolean placed =
                            route.scope() == Scope.NONE || "nation".equals(jurisdiction) || inside.equals(jurisdiction);
                    if (!route.allowed().contains(role) || !placed) {
                        check(wrong, who, 403, response);
                    } else if (response.statusCode() == 401
                            || response.statusCode() == 403
                            || response.statusCode() >= 500) {
                        wrong.add(who + ": authorized, but got " + response.statusCode() + " " + response.asString());
                    }
                }
            }
        }
        assertEquals(List.of(), wrong);
    }

    @Test
    void everyReadRouteAgainstEveryRole() {
        Targets t = targets();
        List<String> wrong = new ArrayList<>();
        for (Read route : READS) {
            Response anonymous = read(route, t, null);
            if (route.allowed() == null) {
                check(wrong, route.template() + " without a token", 200, anonymous);
                continue;
            }
            check(wrong, route.template() + " without a token", 401, anonymous);
            for (String role : ROLES) {
                Response response = read(route, t, TestTokens.bearer(role, "nation"));
                String who = route.template() + " as " + role;
                if (!route.allowed().contains(role)) {
                    check(wrong, who, 403, response);
                } else if (response.statusCode() == 401 || response.statusCode() == 403) {
                    wrong.add(who + ": allowed, but got " + response.statusCode());
                }
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
        READS.forEach(r -> tabled.add("GET " + r.template()));
        assertTrue(
                documented.stream().anyMatch(o -> o.startsWith("POST ")),
                "the document lists the writes: " + documented);
        assertEquals(documented, tabled);
    }

    /** A provincial chairman's campaign of a province of its own, a draft nomination and a decided award. */
    private Targets targets() {
        Fixtures fx = new Fixtures(json);
        UUID election = fx.election(Ruleset.R2021);
        String province = "P" + UUID.randomUUID().toString().substring(0, 6);
        UUID campaign = fx.campaign(election, "PROVINCIAL_CHAIRMAN", province, List.of());
        UUID nominee = fx.enteredNominee(election, "INDIVIDUAL", "Trương Thị Yến");
        UUID nomination = fx.nominate(
                campaign, fx.enteredNominee(election, "INDIVIDUAL", "Hồ Văn Nam"), "PROVINCIAL_CERTIFICATE_OF_MERIT");
        UUID awarded = fx.enteredNominee(election, "COLLECTIVE", "Tổ bầu cử số 11");
        UUID reviewed = fx.nominate(campaign, awarded, "PROVINCIAL_CERTIFICATE_OF_MERIT");
        fx.toCouncilReviewed(reviewed, 9);
        UUID decision = UUID.fromString(fx.decide(campaign, "2021-06-20", List.of(reviewed))
                .statusCode(201)
                .extract()
                .path("id"));
        return new Targets(
                election, province, campaign, nominee, fx.achievement(nominee, "Tốt"), nomination, decision, awarded);
    }

    private static Response send(Write route, Targets t, String authorization) {
        RequestSpecification request =
                given().contentType(ContentType.JSON).body(route.body().apply(t));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return "PUT".equals(route.method())
                ? request.put(route.path().apply(t))
                : request.post(route.path().apply(t));
    }

    private static Response read(Read route, Targets t, String authorization) {
        RequestSpecification request = given().accept(route.accept());
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return request.get(route.path().apply(t));
    }

    /** 401 and 403 are problem+json; anything else is compared by status only. */
    private static void check(List<String> wrong, String who, int expected, Response response) {
        boolean problem = expected == 200 || response.contentType().startsWith("application/problem+json");
        if (response.statusCode() != expected || !problem) {
            wrong.add(who + ": expected " + expected + ", got " + response.statusCode() + " " + response.contentType());
        }
    }
}
