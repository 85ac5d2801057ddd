package vn.election.kit.problem;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Path;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Every error answer of every service is {@code application/problem+json} (RFC 9457), with the field
 * and the rule or constraint that was broken, and never a stack trace or a class name. Bad input is
 * 400/413/422, never 500.
 */
public class ProblemExceptionMappers {

    private static final Logger LOG = Logger.getLogger(ProblemExceptionMappers.class);

    @ServerExceptionMapper
    public Response domainProblem(ProblemException e, UriInfo uri) {
        return Problems.respond(e.toProblem(), uri);
    }

    /** Bean Validation on request bodies and parameters: 422 with every violated field. */
    @ServerExceptionMapper(priority = jakarta.ws.rs.Priorities.USER - 100)
    public Response constraintViolation(ConstraintViolationException e, UriInfo uri) {
        List<Problem.FieldError> errors = e.getConstraintViolations().stream()
                .map(ProblemExceptionMappers::fieldError)
                .sorted(Comparator.comparing(Problem.FieldError::field))
                .toList();
        String detail = errors.stream().map(f -> f.field() + ": " + f.message()).collect(Collectors.joining("; "));
        return Problems.respond(Problems.of(ProblemType.VALIDATION, detail, errors), uri);
    }

    /** A body that is not JSON at all. */
    @ServerExceptionMapper
    public Response malformedJson(JsonParseException e, UriInfo uri) {
        String detail = "the body is not valid JSON (line " + e.getLocation().getLineNr() + ", column "
                + e.getLocation().getColumnNr() + ")";
        return Problems.respond(Problems.of(ProblemType.MALFORMED_JSON, detail), uri);
    }

    /**
     * Valid JSON whose value does not fit the field: a string where a date is due, an unknown enum ...
     * Declared for the exact type so that it wins over Quarkus's own mapper, which answers plain JSON.
     */
    @ServerExceptionMapper(priority = jakarta.ws.rs.Priorities.USER - 100)
    public Response mismatchedInput(MismatchedInputException e, UriInfo uri) {
        return unreadableField(e, uri);
    }

    @ServerExceptionMapper
    public Response unreadableInput(JsonMappingException e, UriInfo uri) {
        return unreadableField(e, uri);
    }

    private Response unreadableField(JsonMappingException e, UriInfo uri) {
        String field = fieldPath(e);
        String code = e instanceof UnrecognizedPropertyException
                ? "UnknownField"
                : e instanceof InvalidFormatException || e instanceof MismatchedInputException
                        ? "InvalidType"
                        : "InvalidInput";
        String message = e instanceof InvalidFormatException invalid
                ? "value '" + invalid.getValue() + "' cannot be read as " + simpleTypeName(invalid.getTargetType())
                : e instanceof MismatchedInputException mismatch && mismatch.getTargetType() != null
                        ? "expected " + simpleTypeName(mismatch.getTargetType())
                        : "cannot be read";
        var error = new Problem.FieldError(field, code, message);
        return Problems.respond(Problems.of(ProblemType.INVALID_INPUT, field + ": " + message, List.of(error)), uri);
    }

    /** JAX-RS errors (unknown path 404, 405, 406, 415, 413 ...) keep their status but get a problem body. */
    @ServerExceptionMapper
    public Response webApplication(WebApplicationException e, UriInfo uri) {
        int status = e.getResponse().getStatus();
        if (e.getCause() instanceof JsonParseException parse) {
            return malformedJson(parse, uri);
        }
        if (e.getCause() instanceof JsonMappingException databind) {
            return unreadableField(databind, uri);
        }
        ProblemType type = ProblemType.forStatus(status);
        Problem problem = new Problem(type.uri(), type.title(), status, type.title(), null, List.of());
        return Problems.respond(problem, uri);
    }

    /** No token, or one that fails verification (with {@code quarkus.http.auth.proactive=false}). */
    @ServerExceptionMapper(priority = jakarta.ws.rs.Priorities.USER - 100)
    public Response unauthenticated(io.quarkus.security.AuthenticationFailedException e, UriInfo uri) {
        return unauthorized(uri);
    }

    @ServerExceptionMapper(priority = jakarta.ws.rs.Priorities.USER - 100)
    public Response unauthorized(io.quarkus.security.UnauthorizedException e, UriInfo uri) {
        return unauthorized(uri);
    }

    /** A valid token whose roles do not allow this operation. */
    @ServerExceptionMapper(priority = jakarta.ws.rs.Priorities.USER - 100)
    public Response forbidden(io.quarkus.security.ForbiddenException e, UriInfo uri) {
        return Problems.respond(
                Problems.of(ProblemType.FORBIDDEN, "the caller's role does not allow this operation"), uri);
    }

    private static Response unauthorized(UriInfo uri) {
        Response problem =
                Problems.respond(Problems.of(ProblemType.UNAUTHORIZED, "a valid bearer token is required"), uri);
        return Response.fromResponse(problem)
                .header("WWW-Authenticate", "Bearer")
                .build();
    }

    /** Anything unforeseen: logged here with its trace, answered without one. */
    @ServerExceptionMapper
    public Response unexpected(Exception e, UriInfo uri) {
        LOG.error("Unexpected error", e);
        return Problems.respond(
                Problems.of(ProblemType.INTERNAL, "an unexpected error occurred; it has been logged"), uri);
    }

    private static Problem.FieldError fieldError(ConstraintViolation<?> violation) {
        String code = violation
                .getConstraintDescriptor()
                .getAnnotation()
                .annotationType()
                .getSimpleName();
        return new Problem.FieldError(fieldName(violation.getPropertyPath()), code, violation.getMessage());
    }

    /** {@code create.request.bodies[1]} becomes {@code bodies[1]}: the path as the client wrote it. */
    private static String fieldName(Path path) {
        List<Path.Node> nodes = StreamSupport.stream(path.spliterator(), false).toList();
        StringBuilder out = new StringBuilder();
        // skip the method and its parameter: the client knows neither
        for (Path.Node node : nodes.subList(Math.min(2, nodes.size()), nodes.size())) {
            appendNode(out, node.getName(), node.getIndex(), node.getKey());
        }
        if (out.isEmpty() && !nodes.isEmpty()) {
            out.append(nodes.get(nodes.size() - 1).getName());
        }
        return out.toString();
    }

    private static String fieldPath(JsonMappingException e) {
        StringBuilder out = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            appendNode(out, ref.getFieldName(), ref.getIndex() >= 0 ? ref.getIndex() : null, null);
        }
        return out.isEmpty() ? "$" : out.toString();
    }

    private static void appendNode(StringBuilder out, String name, Integer index, Object key) {
        if (name != null && !name.startsWith("<")) {
            if (!out.isEmpty()) {
                out.append('.');
            }
            out.append(name);
        }
        if (index != null) {
            out.append('[').append(index).append(']');
        } else if (key != null) {
            out.append('[').append(key).append(']');
        }
    }

    /** The names an enum has in JSON, honouring {@code @JsonProperty} (a ruleset is written "2026"). */
    private static String jsonNames(Class<?> enumType) {
        return java.util.Arrays.stream(enumType.getFields())
                .filter(java.lang.reflect.Field::isEnumConstant)
                .map(f -> {
                    var renamed = f.getAnnotation(com.fasterxml.jackson.annotation.JsonProperty.class);
                    return renamed == null ? f.getName() : renamed.value();
                })
                .collect(Collectors.joining(", ", "[", "]"));
    }

    private static String simpleTypeName(Class<?> type) {
        if (type == null) {
            return "the expected type";
        }
        if (type.isEnum()) {
            return "one of " + jsonNames(type);
        }
        return switch (type.getSimpleName()) {
            case "LocalDate" -> "a date (YYYY-MM-DD)";
            case "OffsetDateTime", "Instant" -> "a date-time with offset (ISO-8601)";
            case "UUID" -> "a UUID";
            case "Integer", "int", "Long", "long" -> "an integer";
            case "List", "Set", "ArrayList" -> "an array";
            default -> "a " + type.getSimpleName();
        };
    }
}
