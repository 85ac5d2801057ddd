package vn.election.kit.openapi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.junit.jupiter.api.Test;

class ProblemResponsesTest {

    private final ProblemResponses filter = new ProblemResponses();

    @Test
    void aPublicReadOfOneThingMayAnswer404AndSaysItNeedsNoToken() {
        Operation read = operation();
        filter.filterOpenAPI(document("/api/v1/elections/{id}", item -> item.GET(read)));

        assertEquals(Set.of("200", "404"), read.getResponses().getAPIResponses().keySet());
        assertEquals(List.of(), read.getSecurity());
    }

    @Test
    void aSecuredWriteWithABodyMayAnswerEveryProblem() {
        Operation write = operation()
                .requestBody(OASFactory.createRequestBody())
                .security(List.of(OASFactory.createSecurityRequirement().addScheme("jwt", "nec")));
        filter.filterOpenAPI(document("/api/v1/elections", item -> item.POST(write)));

        assertEquals(
                List.of("200", "400", "401", "403", "409", "413", "415", "422"),
                List.copyOf(write.getResponses().getAPIResponses().keySet()),
                "in the order of their status");
        var problem = write.getResponses().getAPIResponse("409").getContent().getMediaType("application/problem+json");
        assertNotNull(problem, "problem+json");
        assertEquals("#/components/schemas/Problem", problem.getSchema().getRef());
        assertEquals(1, write.getSecurity().size(), "its security requirement stays");
    }

    @Test
    void aReadWithQueryParametersMayAnswer422ForAParameterOutOfRange() {
        Operation search = operation()
                .addParameter(OASFactory.createParameter().name("limit").in(Parameter.In.QUERY));
        filter.filterOpenAPI(document("/api/v1/administrative-units", item -> item.GET(search)));

        assertEquals(
                Set.of("200", "422"), search.getResponses().getAPIResponses().keySet());
    }

    @Test
    void aWriteWithoutABodyAnswersNoBodyProblems() {
        Operation publish = operation();
        filter.filterOpenAPI(document("/api/v1/units/{id}/candidate-list", item -> item.POST(publish)));

        assertEquals(
                Set.of("200", "404", "409", "422"),
                publish.getResponses().getAPIResponses().keySet());
    }

    @Test
    void theFilterOwnsTheProblemStatusesItAdds() {
        Operation read = operation();
        read.getResponses().addAPIResponse("404", OASFactory.createAPIResponse().description("Not Found"));
        filter.filterOpenAPI(document("/api/v1/elections/{id}", item -> item.GET(read)));

        assertEquals(
                ProblemResponses.Answer.NOT_FOUND.description,
                read.getResponses().getAPIResponse("404").getDescription());
    }

    @Test
    void aDocumentSecuredAsAWholeKeepsItsOperationsSecured() {
        Operation read = operation();
        OpenAPI document = document("/api/v1/things", item -> item.GET(read))
                .security(List.of(OASFactory.createSecurityRequirement().addScheme("jwt")));
        filter.filterOpenAPI(document);

        assertNull(read.getSecurity(), "no explicit empty security");
        assertEquals(
                Set.of("200", "401", "403"),
                read.getResponses().getAPIResponses().keySet());
    }

    private static Operation operation() {
        return OASFactory.createOperation()
                .responses(OASFactory.createAPIResponses()
                        .addAPIResponse("200", OASFactory.createAPIResponse().description("OK")));
    }

    private static OpenAPI document(String path, Consumer<PathItem> operations) {
        PathItem item = OASFactory.createPathItem();
        operations.accept(item);
        return OASFactory.createOpenAPI().paths(OASFactory.createPaths().addPathItem(path, item));
    }
}
