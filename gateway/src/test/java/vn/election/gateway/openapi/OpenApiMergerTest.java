package vn.election.gateway.openapi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The merge rules on small hand-written documents (JSON with ' for ", to keep them readable). */
class OpenApiMergerTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final OpenApiMerger merger = new OpenApiMerger("Election suite API", "1.2.3");

    private static JsonNode json(String singleQuoted) {
        try {
            return JSON.readTree(singleQuoted.replace('\'', '"'));
        } catch (Exception e) {
            throw new IllegalArgumentException(e);
        }
    }

    private static ServiceDocument service(String name, String document) {
        return new ServiceDocument(name, "/api/v1/" + name, json(document));
    }

    @Test
    void aSchemaThatOnlyRefersToARenamedOneIsRenamedToo() {
        // Both define Unit (different) and Ballot (same text, but each refers to its own Unit)
        String registry = "{'components': {'schemas': {'Unit': {'type': 'string'},"
                + " 'Ballot': {'properties': {'unit': {'$ref': '#/components/schemas/Unit'}}}}}}";
        String tally = "{'paths': {'/api/v1/ballots': {'get': {'responses': {'200': {'description': 'OK',"
                + " 'content': {'application/json': {'schema': {'$ref': '#/components/schemas/Ballot'}}}}}}}},"
                + " 'components': {'schemas': {'Unit': {'type': 'integer'},"
                + " 'Ballot': {'properties': {'unit': {'$ref': '#/components/schemas/Unit'}}}}}}";

        ObjectNode merged = merger.merge(List.of(service("registry", registry), service("tally", tally)));

        JsonNode schemas = merged.at("/components/schemas");
        assertEquals("string", schemas.at("/Unit/type").asText());
        assertEquals("integer", schemas.at("/TallyUnit/type").asText());
        assertEquals(
                "#/components/schemas/Unit",
                schemas.at("/Ballot/properties/unit/$ref").asText());
        assertEquals(
                "#/components/schemas/TallyUnit",
                schemas.at("/TallyBallot/properties/unit/$ref").asText());
        assertEquals(
                "#/components/schemas/TallyBallot",
                merged.at("/paths/~1api~1v1~1tally~1ballots/get/responses/200/content/application~1json/schema/$ref")
                        .asText());
    }

    @Test
    void aRenamedNameThatIsTakenGetsANumber() {
        String registry = "{'components': {'schemas': {'Unit': {'type': 'string'}, 'TallyUnit': {'type': 'boolean'}}}}";
        String tally = "{'components': {'schemas': {'Unit': {'type': 'integer'}}}}";

        JsonNode schemas = merger.merge(List.of(service("registry", registry), service("tally", tally)))
                .at("/components/schemas");

        assertEquals("boolean", schemas.at("/TallyUnit/type").asText());
        assertEquals("integer", schemas.at("/TallyUnit2/type").asText());
    }

    @Test
    void otherComponentSectionsAreRenamedLikeSchemas() {
        String registry = "{'components': {'parameters': {'Id': {'name': 'id', 'in': 'path'}}}}";
        String tally = "{'paths': {'/api/v1/x/{id}': {'parameters': [{'$ref': '#/components/parameters/Id'}]}},"
                + " 'components': {'parameters': {'Id': {'name': 'electionId', 'in': 'path'}}}}";

        ObjectNode merged = merger.merge(List.of(service("registry", registry), service("tally", tally)));

        assertEquals(
                "electionId", merged.at("/components/parameters/TallyId/name").asText());
        assertEquals(
                "#/components/parameters/TallyId",
                merged.at("/paths/~1api~1v1~1tally~1x~1{id}/parameters/0/$ref").asText());
    }

    @Test
    void aTopLevelSecurityRequirementMovesToTheOperationsThatHaveNone() {
        String registry = "{'security': [{'jwt': []}], 'paths': {'/api/v1/a': {"
                + "'get': {'responses': {}}, 'post': {'security': [], 'responses': {}}}},"
                + " 'components': {'securitySchemes': {'jwt': {'type': 'http', 'scheme': 'bearer'}}}}";

        ObjectNode merged = merger.merge(List.of(service("registry", registry)));

        assertEquals(
                "[{\"jwt\":[]}]",
                merged.at("/paths/~1api~1v1~1registry~1a/get/security").toString());
        assertEquals(
                "[]", merged.at("/paths/~1api~1v1~1registry~1a/post/security").toString());
        assertFalse(merged.has("security"));
        assertEquals(
                "bearer", merged.at("/components/securitySchemes/jwt/scheme").asText());
    }

    @Test
    void aClashingOperationIdGetsTheServiceName() {
        String registry = "{'paths': {'/api/v1/elections/{id}': {'get': {'operationId': 'getElection'}}}}";
        String tally = "{'paths': {'/api/v1/elections/{id}': {'get': {'operationId': 'getElection'}}}}";

        ObjectNode merged = merger.merge(List.of(service("registry", registry), service("tally", tally)));

        assertEquals(
                "getElection",
                merged.at("/paths/~1api~1v1~1registry~1elections~1{id}/get/operationId")
                        .asText());
        assertEquals(
                "tallyGetElection",
                merged.at("/paths/~1api~1v1~1tally~1elections~1{id}/get/operationId")
                        .asText());
    }

    @Test
    void theApiRootItselfIsPrefixedAndOtherPathsAreLeftOut() {
        String registry = "{'paths': {'/api/v1': {'get': {}}, '/api/v10/x': {'get': {}}, '/q/health': {'get': {}}}}";

        JsonNode paths = merger.merge(List.of(service("registry", registry))).get("paths");

        assertEquals(1, paths.size(), paths.toString());
        assertTrue(paths.has("/api/v1/registry"));
    }

    @Test
    void theOneServerIsTheGatewayItselfNotTheServices() {
        String registry = "{'servers': [{'url': 'http://localhost:8081'}], 'paths': {}}";

        ObjectNode merged = merger.merge(List.of(service("registry", registry)));

        assertEquals(
                "[{\"url\":\"/\",\"description\":\"The gateway serving this document\"}]",
                merged.get("servers").toString());
    }

    @Test
    void withEveryServiceDownTheDocumentIsEmptyButValid() {
        ObjectNode merged = merger.merge(List.of(new ServiceDocument("registry", "/api/v1/registry", null)));

        assertEquals("3.1.0", merged.get("openapi").asText());
        assertEquals("Election suite API", merged.at("/info/title").asText());
        assertEquals("1.2.3", merged.at("/info/version").asText());
        assertEquals(0, merged.get("paths").size());
        assertEquals("[\"registry\"]", merged.get("x-unavailable-services").toString());
    }

    @Test
    void theInputDocumentsAreNotChanged() {
        String text = "{'paths': {'/api/v1/a': {'get': {'operationId': 'a'}}},"
                + " 'components': {'schemas': {'A': {'type': 'string'}}}}";
        ServiceDocument registry = service("registry", text);
        ServiceDocument tally =
                new ServiceDocument("tally", "/api/v1/tally", json(text.replace("'string'", "'integer'")));
        JsonNode tallyBefore = tally.document().deepCopy();

        merger.merge(List.of(registry, tally));

        assertEquals(json(text), registry.document());
        assertEquals(tallyBefore, tally.document());
    }
}
