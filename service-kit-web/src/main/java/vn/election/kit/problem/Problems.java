package vn.election.kit.problem;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;

/** Builds problems and problem responses: the services' exception mappers and the gateway's answers. */
public final class Problems {

    private Problems() {}

    static Response respond(Problem problem, UriInfo uri) {
        String path = uri == null ? null : "/" + uri.getPath().replaceFirst("^/", "");
        return Response.status(problem.status())
                .type(Problem.MEDIA_TYPE)
                .entity(problem.withInstance(path))
                .build();
    }

    public static Problem of(ProblemType type, String detail) {
        return of(type, detail, List.of());
    }

    public static Problem of(ProblemType type, String detail, List<Problem.FieldError> errors) {
        return new Problem(type.uri(), type.title(), type.status(), detail, null, errors);
    }
}
