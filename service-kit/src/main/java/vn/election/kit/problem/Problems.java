package vn.election.kit.problem;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;

/** Builds problem responses; shared by the exception mappers of this package. */
final class Problems {

    private Problems() {}

    static Response respond(Problem problem, UriInfo uri) {
        String path = uri == null ? null : "/" + uri.getPath().replaceFirst("^/", "");
        return Response.status(problem.status())
                .type(Problem.MEDIA_TYPE)
                .entity(problem.withInstance(path))
                .build();
    }

    static Problem of(ProblemType type, String detail) {
        return of(type, detail, List.of());
    }

    static Problem of(ProblemType type, String detail, List<Problem.FieldError> errors) {
        return new Problem(type.uri(), type.title(), type.status(), detail, null, errors);
    }
}
