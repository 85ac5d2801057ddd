package vn.election.kit.openapi;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;
import vn.election.kit.problem.Problem;
import vn.election.kit.problem.ProblemExceptionMappers;

/**
 * Adds to every operation of a service's OpenAPI document the problem answers ({@code application/problem+json},
 * the {@link Problem} schema) it can give, so that no resource declares them by hand. Registered for every
 * service by {@code mp.openapi.filter} in the kit's {@code META-INF/microprofile-config.properties}; it runs when
 * the document is built, after Quarkus has added the security requirements of {@code @RolesAllowed}.
 *
 * <p>Which answers an operation gets follows from what {@link ProblemExceptionMappers} and the kit's body limit
 * answer, decided from the operation alone:
 *
 * <ul>
 *   <li>401 and 403 when it needs a bearer token (it has a security requirement); an operation without one is
 *       public and says so with an explicit empty {@code security};
 *   <li>404 when its path names something ({@code /elections/{id}});
 *   <li>409 and 422 when it writes (POST, PUT, PATCH, DELETE); 422 also when it takes query parameters, which
 *       are validated;
 *   <li>400, 413 and 415 when it takes a body.
 * </ul>
 *
 * The filter owns these statuses: a description an operation gave for one of them is replaced, so what is
 * particular to an operation belongs in its own description.
 */
public class ProblemResponses implements OASFilter {

    static final String PROBLEM_SCHEMA = "#/components/schemas/" + Problem.class.getSimpleName();

    private static final Set<PathItem.HttpMethod> WRITES = Set.of(
            PathItem.HttpMethod.POST, PathItem.HttpMethod.PUT, PathItem.HttpMethod.PATCH, PathItem.HttpMethod.DELETE);

    /** The problem statuses, each with what it means on any operation that can give it. */
    enum Answer {
        BAD_REQUEST("400", "The body cannot be read: not JSON, or a field of the wrong type"),
        UNAUTHORIZED("401", "No bearer token, or one that fails verification"),
        FORBIDDEN("403", "The token's role or jurisdiction does not allow this operation"),
        NOT_FOUND("404", "Nothing of that id (or code) exists"),
        CONFLICT("409", "The current state does not allow it (it exists already, or it is closed)"),
        PAYLOAD_TOO_LARGE("413", "The body is larger than the service accepts"),
        UNSUPPORTED_MEDIA_TYPE("415", "The body's media type is not one the operation takes"),
        UNPROCESSABLE("422", "A field is missing or breaks a rule; errors names each field and the rule");

        final String status;
        final String description;

        Answer(String status, String description) {
            this.status = status;
            this.description = description;
        }
    }

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        boolean securedByDefault =
                openAPI.getSecurity() != null && !openAPI.getSecurity().isEmpty();
        openAPI.getPaths()
                .getPathItems()
                .forEach((path, item) -> item.getOperations()
                        .forEach((method, operation) -> describe(path, method, operation, securedByDefault)));
    }

    private static void describe(
            String path, PathItem.HttpMethod method, Operation operation, boolean securedByDefault) {
        boolean secured = operation.getSecurity() == null
                ? securedByDefault
                : !operation.getSecurity().isEmpty();
        if (!secured) {
            operation.setSecurity(new ArrayList<>());
        }
        Set<Answer> answers = EnumSet.noneOf(Answer.class);
        if (operation.getRequestBody() != null) {
            answers.addAll(List.of(Answer.BAD_REQUEST, Answer.PAYLOAD_TOO_LARGE, Answer.UNSUPPORTED_MEDIA_TYPE));
        }
        if (secured) {
            answers.addAll(List.of(Answer.UNAUTHORIZED, Answer.FORBIDDEN));
        }
        if (path.contains("{")) {
            answers.add(Answer.NOT_FOUND);
        }
        if (WRITES.contains(method)) {
            answers.addAll(List.of(Answer.CONFLICT, Answer.UNPROCESSABLE));
        }
        if (hasQueryParameters(operation)) {
            answers.add(Answer.UNPROCESSABLE);
        }
        if (operation.getResponses() == null) {
            operation.setResponses(OASFactory.createAPIResponses());
        }
        APIResponses responses = operation.getResponses();
        answers.forEach(answer -> responses.addAPIResponse(answer.status, problem(answer.description)));
        // in the order of their status, as a reader looks them up
        responses.setAPIResponses(new TreeMap<>(responses.getAPIResponses()));
    }

    private static boolean hasQueryParameters(Operation operation) {
        return operation.getParameters() != null
                && operation.getParameters().stream().anyMatch(p -> p.getIn() == Parameter.In.QUERY);
    }

    private static org.eclipse.microprofile.openapi.models.responses.APIResponse problem(String description) {
        return OASFactory.createAPIResponse()
                .description(description)
                .content(OASFactory.createContent()
                        .addMediaType(
                                Problem.MEDIA_TYPE,
                                OASFactory.createMediaType()
                                        .schema(OASFactory.createSchema().ref(PROBLEM_SCHEMA))));
    }
}
