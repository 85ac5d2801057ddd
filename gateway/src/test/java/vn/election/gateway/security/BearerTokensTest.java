package vn.election.gateway.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.smallrye.jwt.build.Jwt;
import java.nio.charset.StandardCharsets;
import java.security.KeyPairGenerator;
import java.time.Duration;
import java.util.Base64;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.election.kit.problem.Problem;
import vn.election.testing.TestTokens;

/**
 * Token checks (docs/architecture.md) at the gateway (defense in depth): a token that is present is verified, writes need
 * one, reads and the voter self-lookup do not, and a valid token reaches the service unchanged.
 */
@QuarkusTest
class BearerTokensTest {

    private static final String AUTHORIZATION = "Authorization";

    @Test
    void aValidTokenIsForwardedUnchanged() {
        String bearer = TestTokens.bearer("team", "polling-area:0b6f3c1e-0000-4000-8000-000000000001");
        given().header(AUTHORIZATION, bearer)
                .contentType(ContentType.JSON)
                .body("{}")
                .when()
                .post("/api/v1/tally/echo/minutes")
                .then()
                .statusCode(200)
                .body("method", equalTo("POST"))
                .body("authorization", equalTo(bearer));
    }

    @Test
    void aWriteWithoutATokenGets401AndNeverReachesTheService() {
        for (String method : new String[] {"POST", "PUT", "PATCH", "DELETE"}) {
            given().contentType(ContentType.JSON)
                    .body("{}")
                    .when()
                    .request(method, "/api/v1/registry/echo/elections/1")
                    .then()
                    .statusCode(401)
                    .contentType(Problem.MEDIA_TYPE)
                    .header("WWW-Authenticate", equalTo("Bearer"))
                    .body("type", equalTo("/problems/unauthorized"))
                    .body("status", equalTo(401))
                    .body("instance", equalTo("/api/v1/registry/echo/elections/1"))
                    // the fake's echo would carry "service"; the gateway's problem does not
                    .body("service", nullValue());
        }
    }

    @Test
    void theVoterSelfLookupIsPublicWithoutAToken() {
        // the fake registry answers 404 naming itself: the request got through the gateway
        given().contentType(ContentType.JSON)
                .body("{\"citizenId\":\"001090000001\",\"dateOfBirth\":\"1990-01-01\"}")
                .when()
                .post("/api/v1/registry/elections/7d2c9a40-0000-4000-8000-000000000001/voter-lookup")
                .then()
                .statusCode(404)
                .body("service", equalTo("registry"))
                .body("path", equalTo("/api/v1/elections/7d2c9a40-0000-4000-8000-000000000001/voter-lookup"));
    }

    @Test
    void onlyThatExactPathIsPublicNotOneBelowIt() {
        given().contentType(ContentType.JSON)
                .body("{}")
                .when()
                .post("/api/v1/registry/elections/7d2c9a40/voter-lookup/extra")
                .then()
                .statusCode(401);
        given().contentType(ContentType.JSON)
                .body("{}")
                .when()
                .post("/api/v1/tally/elections/7d2c9a40/voter-lookup")
                .then()
                .statusCode(401);
    }

    @Test
    void readsPassAnonymous() {
        given().when()
                .get("/api/v1/tally/echo/published")
                .then()
                .statusCode(200)
                .body("authorization", nullValue());
    }

    @Test
    void aTokenFromAnotherKeyIsRefusedEvenOnAReadAndNotForwarded() throws Exception {
        var generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        String forged = Jwt.issuer(TestTokens.ISSUER)
                .subject("mallory")
                .groups(Set.of("nec"))
                .claim("jurisdiction", "nation")
                .expiresIn(Duration.ofHours(1))
                .sign(generator.generateKeyPair().getPrivate());
        given().header(AUTHORIZATION, "Bearer " + forged)
                .when()
                .get("/api/v1/registry/echo/elections")
                .then()
                .statusCode(401)
                .contentType(Problem.MEDIA_TYPE)
                .header("WWW-Authenticate", startsWith("Bearer"))
                .body("type", equalTo("/problems/unauthorized"))
                .body("service", nullValue());
    }

    /** D-22: a team acts in its polling area only; a team token claiming the nation ends at the gateway. */
    @Test
    void aTokenWhoseRoleDoesNotFitItsJurisdictionIsRefusedAndNotForwarded_D22() {
        given().header(AUTHORIZATION, TestTokens.bearer("team", "nation"))
                .contentType(ContentType.JSON)
                .body("{}")
                .when()
                .post("/api/v1/tally/echo/minutes")
                .then()
                .statusCode(403)
                .contentType(Problem.MEDIA_TYPE)
                .body("type", equalTo("/problems/forbidden"))
                .body("errors[0].field", equalTo("jurisdiction"))
                .body("errors[0].code", equalTo("D-22"))
                .body("service", nullValue());
        // a read too: the token is wrongly issued wherever it is shown
        given().header(AUTHORIZATION, TestTokens.bearer("committee", null))
                .when()
                .get("/api/v1/registry/echo/elections")
                .then()
                .statusCode(403)
                .body("errors[0].code", equalTo("D-22"))
                .body("service", nullValue());
    }

    @Test
    void aTamperedTokenIsRefused() {
        // a team token whose payload is swapped for one claiming nec: the signature no longer matches
        String[] parts = TestTokens.token("team", "polling-area:0b6f3c1e-0000-4000-8000-000000000001")
                .split("\\.");
        String payload = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8)
                .replace("\"team\"", "\"nec\"");
        String tampered = parts[0] + "."
                + Base64.getUrlEncoder().withoutPadding().encodeToString(payload.getBytes(StandardCharsets.UTF_8)) + "."
                + parts[2];
        given().header(AUTHORIZATION, "Bearer " + tampered)
                .contentType(ContentType.JSON)
                .body("{}")
                .when()
                .post("/api/v1/tally/echo/minutes")
                .then()
                .statusCode(401)
                .header("WWW-Authenticate", startsWith("Bearer"));
    }

    @Test
    void garbageAndOtherSchemesAreRefused() {
        given().header(AUTHORIZATION, "Bearer not.a.jwt")
                .when()
                .get("/api/v1/tally/echo/x")
                .then()
                .statusCode(401)
                .contentType(Problem.MEDIA_TYPE);
        given().header(AUTHORIZATION, "Basic YWxhZGRpbjpvcGVuc2VzYW1l")
                .when()
                .get("/api/v1/tally/echo/x")
                .then()
                .statusCode(401)
                .header("WWW-Authenticate", equalTo("Bearer"));
    }
}
