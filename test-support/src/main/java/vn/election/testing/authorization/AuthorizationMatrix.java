package vn.election.testing.authorization;

import static io.restassured.RestAssured.given;

import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import vn.election.testing.TestTokens;

/**
 * Walks a service's authorization matrix through its HTTP API (in a {@code @QuarkusTest}, RestAssured points at
 * the application) and reports every mismatch at once. Each {@link Route} is called without a token, then with a
 * token of every role of the suite, with each jurisdiction claim the test names (null: a token without one):
 *
 * <ul>
 *   <li>no token: an open route answers 200, any other 401;
 *   <li>a role whose claim does not fit it (the token contract, D-22 to D-24: a team with anything but a polling
 *       area, a committee without a claim ...): 403 naming the {@code jurisdiction} claim, on every route, open
 *       ones included, and for a batch as a whole;
 *   <li>a role the route does not allow: 403;
 *   <li>an allowed role whose claim does not hold the target: 403 (per item in a {@linkplain Route#perItem()
 *       batch});
 *   <li>an allowed role inside the target's jurisdiction, or any role on an open route: neither 401 nor 403, and
 *       no server error (the body may still be refused for what it says: 404, 409, 422 are authorized answers).
 * </ul>
 *
 * 401 and 403 must be problem+json. A service's test keeps only its matrix: the routes, the targets it makes for
 * them and the claims around them; {@link #assertTablesListEveryOperation} holds the tables to the service's own
 * OpenAPI document, so that a new route cannot escape them.
 */
public final class AuthorizationMatrix {

    /** The claim of the National Election Council, which holds every target. */
    public static final String NATION = "nation";

    /**
     * The token contract of docs/architecture.md (D-22, D-24), written out here rather than taken from the code
     * under test: the claims each role fits, by prefix; {@code ""} stands for a token without a claim.
     */
    private static final Map<String, List<String>> FITTING_CLAIMS = Map.of(
            "nec", List.of(NATION),
            "committee", List.of("admin-unit:"),
            "board", List.of("electoral-unit:"),
            "team", List.of("polling-area:"),
            "awards-officer", List.of("admin-unit:", NATION),
            "awards-approver", List.of("admin-unit:", NATION),
            "partner", List.of("", NATION));

    private static final String PROBLEM_JSON = "application/problem+json";
    private static final HttpClient HTTP =
            HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    private final List<String> roles;

    private AuthorizationMatrix(List<String> roles) {
        List<String> unknown =
                roles.stream().filter(r -> !FITTING_CLAIMS.containsKey(r)).toList();
        if (!unknown.isEmpty()) {
            throw new IllegalArgumentException("the token contract names no claim for the roles " + unknown);
        }
        this.roles = List.copyOf(roles);
    }

    /**
     * A matrix walked with every role of the suite: the {@code String} constants of {@code roles} (the suite's
     * {@code Roles}), so that a new role is walked without editing any matrix.
     */
    public static AuthorizationMatrix forEveryRoleOf(Class<?> roles) {
        List<String> names = new ArrayList<>();
        for (Field field : roles.getDeclaredFields()) {
            int modifiers = field.getModifiers();
            if (Modifier.isPublic(modifiers) && Modifier.isStatic(modifiers) && field.getType() == String.class) {
                try {
                    names.add((String) field.get(null));
                } catch (IllegalAccessException e) {
                    throw new IllegalStateException(field + " is public", e);
                }
            }
        }
        if (names.isEmpty()) {
            throw new IllegalArgumentException(roles + " declares no role");
        }
        return new AuthorizationMatrix(names);
    }

    /** Walks {@code routes} on {@code targets} with tokens holding each of {@code claims}; fails listing every mismatch. */
    public <T> void walk(Collection<Route<T>> routes, T targets, List<String> claims) {
        List<String> wrong = new ArrayList<>();
        for (Route<T> route : routes) {
            route.validate();
            Answer anonymous = send(route, targets, null);
            if (route.isOpen()) {
                expectStatus(wrong, route.name() + " without a token", 200, anonymous);
            } else {
                expectRefusal(wrong, route.name() + " without a token", 401, anonymous, false);
            }
            for (String role : roles) {
                for (String claim : claims) {
                    String who = route.name() + " as " + role + " of " + claim;
                    Answer answer = send(route, targets, TestTokens.bearer(role, claim));
                    if (!fits(role, claim)) {
                        expectRefusal(wrong, who + " (does not fit the role)", 403, answer, false);
                        expectJurisdictionNamed(wrong, who, answer);
                    } else if (!route.allows(role)) {
                        expectRefusal(wrong, who, 403, answer, false);
                    } else if (!route.isOpen() && !route.holds(targets, claim)) {
                        expectRefusal(wrong, who, 403, answer, route.isPerItem());
                    } else {
                        expectAuthorized(wrong, who, answer, route.isPerItem());
                    }
                }
            }
        }
        if (!wrong.isEmpty()) {
            throw new AssertionError(
                    wrong.size() + " answers differ from the matrix:\n  " + String.join("\n  ", wrong));
        }
    }

    /** Whether a token of {@code role} with {@code claim} (null: none) fits the token contract (D-22, D-24). */
    static boolean fits(String role, String claim) {
        return FITTING_CLAIMS.get(role).stream()
                .anyMatch(form -> claim == null
                        ? form.isEmpty()
                        : !form.isEmpty() && (form.endsWith(":") ? claim.startsWith(form) : claim.equals(form)));
    }

    /** The claims in {@code claims} and a token without any (null), in that order. */
    public static List<String> andNone(String... claims) {
        List<String> all = new ArrayList<>(Arrays.asList(claims));
        all.add(null);
        return all;
    }

    /**
     * The tables list exactly the operations of the service's OpenAPI document ({@code /q/openapi}), each by
     * method and template.
     */
    public static void assertTablesListEveryOperation(List<? extends Collection<? extends Route<?>>> tables) {
        Map<String, Map<String, Object>> paths = given().accept(ContentType.JSON)
                .get("/q/openapi?format=json")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getMap("paths");
        Set<String> documented = new TreeSet<>();
        paths.forEach((path, operations) ->
                operations.keySet().forEach(method -> documented.add(method.toUpperCase() + " " + path)));
        Set<String> tabled = new TreeSet<>();
        tables.forEach(table -> table.forEach(route -> tabled.add(route.operation())));
        if (!documented.equals(tabled)) {
            Set<String> untabled = new TreeSet<>(documented);
            untabled.removeAll(tabled);
            Set<String> undocumented = new TreeSet<>(tabled);
            undocumented.removeAll(documented);
            throw new AssertionError("the tables and the OpenAPI document differ: documented but not in a table "
                    + untabled + "; in a table but not documented " + undocumented);
        }
    }

    private static void expectStatus(List<String> wrong, String who, int expected, Answer answer) {
        if (answer.status() != expected) {
            wrong.add(who + ": expected " + expected + ", got " + answer.status() + " " + answer.body());
        }
    }

    /** 401 and 403 are problem+json, a batch's item problem included. */
    private static void expectRefusal(List<String> wrong, String who, int expected, Answer answer, boolean perItem) {
        boolean item = perItem && answer.status() == 200;
        int status = item ? answer.itemStatus() : answer.status();
        String type = item ? answer.itemProblemType() : answer.contentType();
        boolean problem = item ? type != null : type.startsWith(PROBLEM_JSON);
        if (status != expected || !problem) {
            wrong.add(who + ": expected " + expected + ", got " + status + " " + type);
        }
    }

    /** A refusal for a token that does not fit names the claim, when the answer has a body to read. */
    private static void expectJurisdictionNamed(List<String> wrong, String who, Answer answer) {
        if (answer.response() != null && answer.status() == 403) {
            Object field = answer.response().path("errors[0].field");
            if (!"jurisdiction".equals(field)) {
                wrong.add(who + ": refused, but not naming the jurisdiction claim: " + answer.body());
            }
        }
    }

    private static void expectAuthorized(List<String> wrong, String who, Answer answer, boolean perItem) {
        int status = perItem && answer.status() == 200 ? answer.itemStatus() : answer.status();
        if (status == 401 || status == 403 || status >= 500) {
            wrong.add(who + ": authorized, but got " + status + " " + answer.body());
        }
    }

    private static <T> Answer send(Route<T> route, T targets, String authorization) {
        return route.isHeadersOnly()
                ? sendForHeaders(route, targets, authorization)
                : sendWithRestAssured(route, targets, authorization);
    }

    private static <T> Answer sendWithRestAssured(Route<T> route, T targets, String authorization) {
        RequestSpecification request = given();
        if (route.contentType() != null) {
            request.contentType(route.contentType());
        }
        if (route.accept() != null) {
            request.accept(route.accept());
        }
        Object body = route.body(targets);
        if (body != null) {
            request.body(body);
        }
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return Answer.of(request.request(route.method(), route.path(targets)));
    }

    /**
     * With the JDK's client, which hands over the answer once its headers are in (RestAssured would wait for the
     * end of a stream); the body is closed unread.
     */
    private static <T> Answer sendForHeaders(Route<T> route, T targets, String authorization) {
        URI uri = URI.create(RestAssured.baseURI + ":" + RestAssured.port + RestAssured.basePath + route.path(targets));
        HttpRequest.Builder request = HttpRequest.newBuilder(uri)
                .timeout(Duration.ofSeconds(30))
                .header("Accept", route.accept() != null ? route.accept() : "*/*")
                .method(route.method(), HttpRequest.BodyPublishers.noBody());
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        try {
            HttpResponse<InputStream> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofInputStream());
            try (InputStream unread = response.body()) {
                String type = response.headers().firstValue("Content-Type").orElse("");
                return new Answer(response.statusCode(), type, null);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(uri.toString(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while calling " + uri, e);
        }
    }

    /** An answer: its status and media type, and the RestAssured response when there is a body to read. */
    private record Answer(int status, String contentType, Response response) {

        static Answer of(Response response) {
            String type = response.contentType();
            return new Answer(response.statusCode(), type == null ? "" : type, response);
        }

        String body() {
            return response == null ? "(" + contentType + ", not read)" : response.asString();
        }

        int itemStatus() {
            return response.path("items[0].status");
        }

        String itemProblemType() {
            return response.path("items[0].problem.type");
        }
    }
}
