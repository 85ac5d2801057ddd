package vn.election.tally;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.io.InputStream;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.election.kit.security.Roles;
import vn.election.testing.TestTokens;

/**
 * The authorization matrix of the tally service (DESIGN.md section 6). Every write route is walked with every
 * role of the suite, with every jurisdiction claim around its target (inside it and outside it) and none, and
 * without a token: no token is 401, a role the route does not allow is 403, an allowed role outside its
 * jurisdiction is 403 (per item in the batch), an allowed role inside it is neither (the body may still be
 * refused for what it says: 200/201/404/409/422 are all authorized). Reads are walked by role: published
 * results and what the public may know are open to anyone; one polling area's minutes and turnout reports
 * are the election organizations'. The tables must list every operation of the service's own OpenAPI
 * document, so that a new route cannot escape them.
 *
 * <p>The targets lie in {@link SmallElection}: PA1 in commune 1 of the province, voting in the NA unit, the
 * provincial council unit and commune 1's council unit; PA3 in commune 2.
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
    /** The election organizations, from the team of a polling area up to the council. */
    static final Set<String> ORGANIZATIONS = Set.of(Roles.TEAM, Roles.BOARD, Roles.COMMITTEE, Roles.NEC);
    /** Certification is the competent committee's, or the council's (W-8); never the board's. */
    static final Set<String> CERTIFIERS = Set.of(Roles.COMMITTEE, Roles.NEC);

    /**
     * One write route: its template and method as the OpenAPI document names them, the roles allowed, the
     * jurisdiction claims that hold its target, a concrete request, and whether the route answers per item.
     */
    record Write(
            String method,
            String template,
            Set<String> allowed,
            Function<SmallElection, Set<String>> inside,
            Function<SmallElection, String> path,
            Function<SmallElection, Object> body,
            boolean perItem) {
        String name() {
            return method + " " + template;
        }
    }

    /** One read route; {@code allowed} null is public. */
    record Read(String template, Set<String> allowed, Function<SmallElection, String> path) {}

    static final List<Write> WRITES = List.of(
            // PA1's NA minutes: its team, the NA unit's board, commune 1's and the province's committees
            new Write(
                    "POST",
                    "/api/v1/elections/{electionId}/minutes",
                    ORGANIZATIONS,
                    AuthorizationMatrixTest::naAtPa1,
                    e -> "/api/v1/elections/" + e.id + "/minutes",
                    AuthorizationMatrixTest::naMinutesAtPa1,
                    false),
            new Write(
                    "POST",
                    "/api/v1/elections/{electionId}/minutes/batch",
                    ORGANIZATIONS,
                    AuthorizationMatrixTest::naAtPa1,
                    e -> "/api/v1/elections/" + e.id + "/minutes/batch",
                    e -> Map.of("minutes", List.of(naMinutesAtPa1(e))),
                    true),
            // turnout is not per body: the board of any unit PA1 votes in is above its team
            new Write(
                    "POST",
                    "/api/v1/elections/{electionId}/polling-areas/{pollingAreaId}/turnout",
                    ORGANIZATIONS,
                    e -> Set.of(
                            "nation",
                            "polling-area:" + e.pa1,
                            "electoral-unit:" + e.na.id(),
                            "electoral-unit:" + e.provincial.id(),
                            "admin-unit:" + e.commune1,
                            "admin-unit:" + e.province),
                    e -> "/api/v1/elections/" + e.id + "/polling-areas/" + e.pa1 + "/turnout",
                    e -> Map.of("checkpoint", "09:00", "voted", 100),
                    false),
            // the NA unit is the province's: its committee certifies it, a commune's does not
            new Write(
                    "POST",
                    "/api/v1/elections/{electionId}/results/units/{unitId}/certification",
                    CERTIFIERS,
                    e -> Set.of("nation", "electoral-unit:" + e.na.id(), "admin-unit:" + e.province),
                    e -> "/api/v1/elections/" + e.id + "/results/units/" + e.na.id() + "/certification",
                    e -> Map.of(),
                    false));

    static final List<Read> READS = List.of(
            new Read("/api/v1/elections/{id}", null, e -> "/api/v1/elections/" + e.id),
            new Read("/api/v1/elections/{id}/units", null, e -> "/api/v1/elections/" + e.id + "/units"),
            new Read(
                    "/api/v1/elections/{id}/units/{unitId}",
                    null,
                    e -> "/api/v1/elections/" + e.id + "/units/" + e.na.id()),
            new Read("/api/v1/elections/{electionId}/turnout", null, e -> "/api/v1/elections/" + e.id + "/turnout"),
            new Read(
                    "/api/v1/elections/{electionId}/turnout/administrative-units/{code}",
                    null,
                    e -> "/api/v1/elections/" + e.id + "/turnout/administrative-units/" + e.province),
            new Read(
                    "/api/v1/elections/{electionId}/turnout/checkpoints",
                    null,
                    e -> "/api/v1/elections/" + e.id + "/turnout/checkpoints"),
            new Read(
                    "/api/v1/elections/{electionId}/results/summary",
                    null,
                    e -> "/api/v1/elections/" + e.id + "/results/summary"),
            new Read(
                    "/api/v1/elections/{electionId}/results/units/{unitId}",
                    null,
                    e -> "/api/v1/elections/" + e.id + "/results/units/" + e.na.id()),
            new Read("/api/v1/elections/{electionId}/published", null, e -> "/api/v1/elections/" + e.id + "/published"),
            new Read(
                    "/api/v1/elections/{electionId}/published/bodies/{body}",
                    null,
                    e -> "/api/v1/elections/" + e.id + "/published/bodies/NATIONAL_ASSEMBLY"),
            new Read(
                    "/api/v1/elections/{electionId}/published/administrative-units/{code}",
                    null,
                    e -> "/api/v1/elections/" + e.id + "/published/administrative-units/" + e.province),
            new Read(
                    "/api/v1/elections/{electionId}/published/units/{unitId}",
                    null,
                    e -> "/api/v1/elections/" + e.id + "/published/units/" + e.na.id()),
            new Read(
                    "/api/v1/elections/{electionId}/published/changes",
                    null,
                    e -> "/api/v1/elections/" + e.id + "/published/changes"),
            new Read(
                    "/api/v1/elections/{electionId}/published/stream",
                    null,
                    e -> "/api/v1/elections/" + e.id + "/published/stream"),
            new Read(
                    "/api/v1/elections/{electionId}/exports/nist-err.json",
                    null,
                    e -> "/api/v1/elections/" + e.id + "/exports/nist-err.json"),
            new Read(
                    "/api/v1/elections/{electionId}/exports/results.csv",
                    null,
                    e -> "/api/v1/elections/" + e.id + "/exports/results.csv"),
            new Read(
                    "/api/v1/elections/{electionId}/polling-areas/{pollingAreaId}/minutes/{body}",
                    ORGANIZATIONS,
                    e -> "/api/v1/elections/" + e.id + "/polling-areas/" + e.pa1 + "/minutes/NATIONAL_ASSEMBLY"),
            new Read(
                    "/api/v1/elections/{electionId}/polling-areas/{pollingAreaId}/minutes/{body}/history",
                    ORGANIZATIONS,
                    e -> "/api/v1/elections/" + e.id + "/polling-areas/" + e.pa1
                            + "/minutes/NATIONAL_ASSEMBLY/history"),
            new Read(
                    "/api/v1/elections/{electionId}/polling-areas/{pollingAreaId}/turnout",
                    ORGANIZATIONS,
                    e -> "/api/v1/elections/" + e.id + "/polling-areas/" + e.pa1 + "/turnout"),
            new Read(
                    "/api/v1/elections/{electionId}/polling-areas/{pollingAreaId}/turnout/history",
                    ORGANIZATIONS,
                    e -> "/api/v1/elections/" + e.id + "/polling-areas/" + e.pa1 + "/turnout/history"));

    private static final HttpClient HTTP =
            HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private static SmallElection e;

    @Inject
    ObjectMapper json;

    @TestHTTPResource("/")
    URL base;

    @BeforeEach
    void election() {
        if (e == null) {
            e = SmallElection.define(json);
        }
    }

    @Test
    void everyWriteRouteAgainstEveryRoleInsideAndOutsideItsJurisdiction() {
        List<String> wrong = new ArrayList<>();
        for (Write route : WRITES) {
            check(wrong, route.name() + " without a token", 401, send(route, null), false);
            Set<String> inside = route.inside().apply(e);
            for (String role : ROLES) {
                for (String jurisdiction : claims()) {
                    String who = route.name() + " as " + role + " of " + jurisdiction;
                    Response response = send(route, TestTokens.bearer(role, jurisdiction));
                    if (!route.allowed().contains(role)) {
                        check(wrong, who, 403, response, false);
                    } else if (jurisdiction == null || !inside.contains(jurisdiction)) {
                        check(wrong, who, 403, response, route.perItem());
                    } else {
                        int status = status(response, route.perItem());
                        if (status == 401 || status == 403 || status >= 500) {
                            wrong.add(who + ": authorized, but got " + status + " " + response.asString());
                        }
                    }
                }
            }
        }
        assertEquals(List.of(), wrong);
    }

    @Test
    void everyReadRouteAgainstEveryRole() throws Exception {
        List<String> wrong = new ArrayList<>();
        for (Read route : READS) {
            int anonymous = read(route, null, wrong);
            String path = route.template();
            if (route.allowed() == null && anonymous != 200) {
                wrong.add(path + " is public, but without a token got " + anonymous);
            } else if (route.allowed() != null && anonymous != 401) {
                wrong.add(path + " without a token: expected 401, got " + anonymous);
            }
            for (String role : ROLES) {
                int status = read(route, TestTokens.bearer(role, "nation"), wrong);
                boolean allowed = route.allowed() == null || route.allowed().contains(role);
                if (allowed && (status == 401 || status == 403 || status >= 500)) {
                    wrong.add(path + " as " + role + ": allowed, but got " + status);
                } else if (!allowed && status != 403) {
                    wrong.add(path + " as " + role + ": expected 403, got " + status);
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
        WRITES.forEach(w -> tabled.add(w.name()));
        READS.forEach(r -> tabled.add("GET " + r.template()));
        assertTrue(
                documented.stream().anyMatch(o -> o.startsWith("POST ")),
                "the document lists the writes: " + documented);
        assertEquals(documented, tabled);
    }

    /** Every claim around the targets: the nation, places holding them, places beside them, and none. */
    private static List<String> claims() {
        return Arrays.asList(
                "nation",
                "polling-area:" + e.pa1,
                "polling-area:" + e.pa3,
                "electoral-unit:" + e.na.id(),
                "electoral-unit:" + e.provincial.id(),
                "electoral-unit:" + e.commune2Unit.id(),
                "admin-unit:" + e.province,
                "admin-unit:" + e.commune1,
                "admin-unit:" + e.commune2,
                null);
    }

    /** Where PA1's NA minutes lie; the provincial council's board, though PA1 votes in its unit, is not above them. */
    private static Set<String> naAtPa1(SmallElection e) {
        return Set.of(
                "nation",
                "polling-area:" + e.pa1,
                "electoral-unit:" + e.na.id(),
                "admin-unit:" + e.commune1,
                "admin-unit:" + e.province);
    }

    private static Map<String, Object> naMinutesAtPa1(SmallElection e) {
        return e.minutes(e.pa1, e.na, 900, 20, List.of(380, 500), 600, 500, 200, 80);
    }

    private static Response send(Write route, String authorization) {
        RequestSpecification request =
                given().contentType(ContentType.JSON).body(route.body().apply(e));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return request.post(route.path().apply(e));
    }

    /** The route's answer, or the item's in a batch that was let in. */
    private static int status(Response response, boolean perItem) {
        return perItem && response.statusCode() == 200 ? response.path("items[0].status") : response.statusCode();
    }

    /** 401 and 403 are problem+json, the batch's item problem included. */
    private static void check(List<String> wrong, String who, int expected, Response response, boolean perItem) {
        int status = status(response, perItem);
        String type = perItem && response.statusCode() == 200
                ? response.path("items[0].problem.type")
                : response.contentType();
        boolean problem =
                perItem && response.statusCode() == 200 ? type != null : type.startsWith("application/problem+json");
        if (status != expected || !problem) {
            wrong.add(who + ": expected " + expected + ", got " + status + " " + type);
        }
    }

    /**
     * The status of a read, from its headers only (the stream never ends); a refusal must be problem+json.
     * With the JDK's client: RestAssured would wait for the end of the stream.
     */
    private int read(Read route, String authorization, List<String> wrong) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(
                        URI.create(base + route.path().apply(e).substring(1)))
                .timeout(Duration.ofSeconds(30))
                .header("Accept", "*/*");
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        HttpResponse<InputStream> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofInputStream());
        try (InputStream body = response.body()) {
            int status = response.statusCode();
            String type = response.headers().firstValue("Content-Type").orElse("");
            if ((status == 401 || status == 403) && !type.startsWith("application/problem+json")) {
                wrong.add(route.template() + " answered " + status + " as " + type + ", not problem+json");
            }
            return status;
        }
    }
}
