package vn.election.awards;

import java.util.List;
import vn.election.kit.problem.Problem;
import vn.election.kit.problem.ProblemException;
import vn.election.kit.problem.ProblemType;

/** A well-formed request body that names something this service does not know: 422 on that field. */
public final class UnknownReference {

    private UnknownReference() {}

    public static ProblemException of(String field, String what, Object id) {
        return new ProblemException(
                ProblemType.VALIDATION,
                what + " " + id + " is not known here",
                List.of(new Problem.FieldError(field, "Unknown", "no " + what + " " + id)));
    }
}
