package vn.election.gateway.openapi;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@code GET /openapi} merges the fake registry's and tally's documents ({@code FakeDocuments}); the
 * awards service is down and must be listed, not break the document.
 */
@QuarkusTest
class MergedOpenApiTest {

    private JsonNode document;

    @BeforeEach
    void fetch() throws Exception {
        String body = given().when()
                .get("/openapi")
                .then()
                .statusCode(200)
                .contentType("application/json")
                .extract()
                .asString();
        document = new ObjectMapper().readTree(body);
    }

    @Test
    void theTitleIsTheSuites() {
        assertEquals("Election suite API", document.at("/info/title").asText());
    }

    @Test
    void everyLiveServicesPathsAppearUnderItsPrefix() {
        JsonNode paths = document.get("paths");
        assertTrue(paths.has("/api/v1/registry/elections/{id}"), paths.toString());
        assertTrue(paths.has("/api/v1/tally/elections/{id}/results"), paths.toString());
        assertFalse(paths.has("/api/v1/elections/{id}"), "unprefixed path left in: " + paths);
        assertEquals(2, paths.size(), "only the two /api/v1 paths, not the tally's /internal/ping: " + paths);
    }

    @Test
    void aSchemaNameUsedDifferentlyByTwoServicesIsRenamedForTheLaterOne() {
        JsonNode schemas = document.at("/components/schemas");
        assertTrue(schemas.at("/Election/properties").has("name"), "the registry's Election stays: " + schemas);
        assertTrue(schemas.at("/TallyElection/properties").has("votes"), "the tally's is renamed: " + schemas);
        assertEquals(
                "#/components/schemas/TallyElection",
                schemas.at("/ElectionList/items/$ref").asText());
    }

    @Test
    void anIdenticalSchemaIsKeptOnce() {
        JsonNode schemas = document.at("/components/schemas");
        List<String> names = new ArrayList<>();
        schemas.fieldNames().forEachRemaining(names::add);
        assertEquals(List.of("Election", "Problem", "TallyElection", "ElectionList"), names);
        assertEquals(
                "#/components/schemas/Problem",
                document.at(
                                "/paths/~1api~1v1~1tally~1elections~1{id}~1results/get/responses/404/content/application~1problem+json/schema/$ref")
                        .asText());
    }

    @Test
    void tagsAreMergedByName() {
        assertEquals(
                "[{\"name\":\"Elections\",\"description\":\"from the registry\"},{\"name\":\"Results\"}]",
                document.get("tags").toString());
    }

    @Test
    void theServiceThatIsDownIsListedAsUnavailable() {
        assertEquals("[\"awards\"]", document.get("x-unavailable-services").toString());
    }

    @Test
    void theDocumentIsAlsoServedAsYaml() {
        given().queryParam("format", "yaml")
                .when()
                .get("/openapi")
                .then()
                .statusCode(200)
                .contentType("application/yaml")
                .body(containsString("title: \"Election suite API\""))
                .body(containsString("/api/v1/tally/elections/{id}/results:"));
    }

    @Test
    void anUnknownFormatIsAProblem() {
        given().queryParam("format", "xml")
                .when()
                .get("/openapi")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("/problems/bad-request"));
    }

    @Test
    void theGatewaysOwnDocumentStaysAtQOpenapi() {
        given().queryParam("format", "json")
                .when()
                .get("/q/openapi")
                .then()
                .statusCode(200)
                .body("info.title", equalTo("Gateway"))
                .body("paths", hasKey("/openapi"));
    }

    @Test
    void theDocumentIsCachedNotFetchedFromTheBackendsEachTime() {
        // fetch() has just made sure that a merged document is cached
        int before = openApiRequestsAtTheRegistry();
        given().when().get("/openapi").then().statusCode(200);
        given().when().get("/openapi").then().statusCode(200);
        assertEquals(before, openApiRequestsAtTheRegistry());
    }

    private static int openApiRequestsAtTheRegistry() {
        return given().when()
                .get("/api/v1/registry/stats/openapi-requests")
                .then()
                .statusCode(200)
                .extract()
                .path("count");
    }

    @Test
    void swaggerUiOpensOnTheMergedDocument() {
        // Quarkus writes the configured documents into the page's script
        given().when()
                .get("/q/swagger-ui/")
                .then()
                .statusCode(200)
                .body(containsString("{url: \"/openapi\", name: \"suite\"}"))
                .body(containsString("\"urls.primaryName\": 'suite'"));
    }
}
