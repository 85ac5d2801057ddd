package vn.election.gateway.resultspage;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.emptyString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Where the results page is found, and how long a browser keeps its files. */
@QuarkusTest
class ResultsPageTest {

    private static final Pattern MAX_AGE = Pattern.compile("max-age=(\\d+)");

    @Test
    void theRootRedirectsToThePageKeepingTheQuery() {
        assertRedirect(
                "/?election=7d2c9a40&body=PROVINCIAL_COUNCIL", "/results/?election=7d2c9a40&body=PROVINCIAL_COUNCIL");
        assertRedirect("/", "/results/");
    }

    @Test
    void theAddressWithoutTheTrailingSlashRedirectsToThePage() {
        assertRedirect("/results?election=7d2c9a40", "/results/?election=7d2c9a40");
        assertRedirect("/results", "/results/");
        given().redirects()
                .follow(false)
                .when()
                .head("/results")
                .then()
                .statusCode(302)
                .header("Location", equalTo("/results/"));
    }

    @Test
    void theVoterPageWithoutTheTrailingSlashRedirectsToIt() {
        assertRedirect("/vote?election=7d2c9a40", "/vote/?election=7d2c9a40");
        given().when().get("/vote").then().statusCode(200).body(containsString("Tra cứu nơi bỏ phiếu"));
        given().redirects().follow(false).when().get("/votex").then().statusCode(404);
    }

    @Test
    void thePageItselfAndOtherAddressesAreNotRedirected() {
        given().redirects()
                .follow(false)
                .when()
                .get("/results/?election=7d2c9a40")
                .then()
                .statusCode(200)
                .body(containsString("<html"));
        given().redirects().follow(false).when().get("/resultsx").then().statusCode(404);
    }

    @Test
    void followingTheRedirectFromTheRootOpensThePage() {
        given().when().get("/").then().statusCode(200).body(containsString("<html"));
    }

    /**
     * After an upgrade a browser must not keep the old page for a day (Quarkus's default max-age, 24 h):
     * the files expire after 5 minutes, then revalidate against Last-Modified (304 when unchanged).
     */
    @Test
    void thePagesFilesExpireWithinMinutesAndThenRevalidate() {
        for (String file :
                new String[] {"/results/", "/results/results.js", "/results/results.css", "/vote/", "/vote/vote.js"}) {
            Response response = given().when().get(file);
            response.then().statusCode(200);
            assertEquals(300, maxAgeSeconds(response.header("Cache-Control")), file);
            String lastModified = response.header("Last-Modified");
            assertNotNull(lastModified, file);
            given().header("If-Modified-Since", lastModified)
                    .when()
                    .get(file)
                    .then()
                    .statusCode(304)
                    .body(emptyString());
        }
    }

    private static void assertRedirect(String from, String to) {
        given().redirects()
                .follow(false)
                .urlEncodingEnabled(false)
                .when()
                .get(from)
                .then()
                .statusCode(302)
                .header("Location", equalTo(to));
    }

    private static long maxAgeSeconds(String cacheControl) {
        assertNotNull(cacheControl, "Cache-Control");
        Matcher matcher = MAX_AGE.matcher(cacheControl);
        if (!matcher.find()) {
            throw new AssertionError("no max-age in Cache-Control: " + cacheControl);
        }
        return Long.parseLong(matcher.group(1));
    }
}
